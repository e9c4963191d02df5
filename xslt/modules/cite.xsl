<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citation: what a page's head says to reference managers (Highwire Press and Dublin Core meta
  tags, FAIR Signposting links, schema.org JSON-LD) and the "Cite this page / this paragraph" block
  (the citation in each style, the downloads).

  All of it comes ready-made from src/render/citation/ (the $citation parameter, one JSON object
  per document), so that the meta tags, the downloads and the text a reader copies say the same
  thing: this module only places it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  exclude-result-prefixes="#all">

  <xsl:variable name="kit" as="map(*)" select="parse-json($citation)"/>
  <!-- The citations are written in their styles' locale (src/render/citation/formats.ts), not the interface's. -->
  <xsl:variable name="citation-lang" as="xs:string" select="string(($kit?lang, 'en-US')[1])"/>

  <!-- The citation of a page in the first (default) style, for places with room for one. -->
  <xsl:function name="ed:default-citation" as="node()*">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="parse-xml-fragment(array:head($kit?pages($page)?citations)?html)"/>
  </xsl:function>

  <xsl:template name="ed:head-citation">
    <xsl:param name="page" as="xs:string" required="yes"/>
    <xsl:variable name="head" as="map(*)?" select="$kit?pages($page)?head"/>
    <xsl:for-each select="$head?meta?*">
      <meta>
        <xsl:attribute name="{?attr}" select="?key"/>
        <xsl:attribute name="content" select="?content"/>
      </meta>
    </xsl:for-each>
    <xsl:for-each select="$head?links?*">
      <link rel="{?rel}" href="{?href}">
        <xsl:if test="map:contains(., 'type')">
          <xsl:attribute name="type" select="?type"/>
        </xsl:if>
      </link>
    </xsl:for-each>
    <xsl:if test="exists($head)">
      <script type="application/ld+json"><xsl:value-of select="$head?jsonld"/></script>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:cite-block">
    <xsl:param name="page" as="xs:string" required="yes"/>
    <xsl:param name="paragraphs" as="xs:boolean" required="yes"/>
    <xsl:variable name="this" as="map(*)" select="$kit?pages($page)"/>
    <section class="cite" aria-labelledby="cite-h">
      <h2 id="cite-h"><xsl:value-of select="ed:t('cite.heading')"/></h2>
      <fieldset class="cite-styles">
        <legend><xsl:value-of select="ed:t('cite.style')"/></legend>
        <xsl:for-each select="$this?citations?*">
          <input type="radio" name="cite-style" id="cs-{?style}" value="{?style}">
            <xsl:if test="position() = 1"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
          </input>
          <label for="cs-{?style}"><xsl:value-of select="?label"/></label>
        </xsl:for-each>
      </fieldset>
      <div class="citations" id="cite-page">
        <xsl:call-template name="ed:styled">
          <xsl:with-param name="citations" select="$this?citations"/>
        </xsl:call-template>
      </div>
      <xsl:if test="$kit?translatorUnknown">
        <p class="hint"><xsl:value-of select="ed:t('cite.translator-unknown')"/></p>
      </xsl:if>
      <xsl:call-template name="ed:downloads">
        <xsl:with-param name="downloads" select="$this?downloads"/>
        <xsl:with-param name="what" select="'cite.download'"/>
      </xsl:call-template>
      <xsl:if test="$paragraphs">
        <h3 id="cite-para-h"><xsl:value-of select="ed:t('cite.paragraph')"/></h3>
        <div class="citations" id="cite-para">
          <xsl:call-template name="ed:styled">
            <xsl:with-param name="citations" select="$kit?paragraph?citations"/>
          </xsl:call-template>
        </div>
        <!-- Shown by edition.js once a paragraph is chosen: the links need its anchor. -->
        <div class="para-downloads" hidden="hidden">
          <xsl:call-template name="ed:downloads">
            <xsl:with-param name="downloads" select="$kit?paragraph?downloads"/>
            <xsl:with-param name="what" select="'cite.download-paragraph'"/>
            <xsl:with-param name="template" select="true()"/>
          </xsl:call-template>
        </div>
        <p class="hint"><xsl:value-of select="ed:t('cite.paragraph-hint')"/></p>
        <xsl:call-template name="ed:downloads">
          <xsl:with-param name="downloads" select="$kit?formats"/>
          <xsl:with-param name="what" select="'cite.download-ebook'"/>
        </xsl:call-template>
      </xsl:if>
      <p hidden="hidden" class="cite-copy"><button type="button" data-copy="cite-page"><xsl:value-of select="ed:t('cite.copy')"/></button></p>
    </section>
  </xsl:template>

  <xsl:template name="ed:styled">
    <xsl:param name="citations" as="array(*)" required="yes"/>
    <xsl:for-each select="$citations?*">
      <p class="citation" data-style="{?style}" lang="{$citation-lang}"><xsl:sequence select="parse-xml-fragment(?html)"/></p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="ed:downloads">
    <xsl:param name="downloads" as="array(*)" required="yes"/>
    <!-- The message key of the line's words ({0}: the links). -->
    <xsl:param name="what" as="xs:string" required="yes"/>
    <!-- A template's addresses hold {id}: they are data-href until edition.js fills them in. -->
    <xsl:param name="template" as="xs:boolean" select="false()"/>
    <xsl:if test="array:size($downloads) gt 0">
      <xsl:variable name="links" as="node()*">
        <xsl:for-each select="$downloads?*">
          <xsl:if test="position() > 1"><xsl:text> · </xsl:text></xsl:if>
          <a>
            <xsl:attribute name="{if ($template) then 'data-href' else 'href'}" select="?href"/>
            <xsl:attribute name="{if ($template) then 'data-type' else 'type'}" select="?type"/>
            <xsl:attribute name="{if ($template) then 'data-name' else 'download'}" select="?name"/>
            <xsl:value-of select="?label"/>
          </a>
        </xsl:for-each>
      </xsl:variable>
      <p class="cite-downloads"><xsl:sequence select="ed:t($what, ed:slot($links))"/></p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
