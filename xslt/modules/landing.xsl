<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document's section of the edition's landing page (dist/index.html): what the text is,
  its pages, how to cite it, its downloads. src/render/landing.ts puts the sections of all
  documents into one page; the links are relative to dist/.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:landing-section">
    <xsl:variable name="about" as="element()*" select="$tei/tei:text/tei:front//tei:p"/>
    <xsl:variable name="bibl" as="element()?" select="($header/tei:fileDesc/tei:sourceDesc/(tei:bibl, tei:biblStruct))[1]"/>
    <xsl:variable name="source" as="xs:string?" select="
      if ($bibl) then string-join((($bibl//tei:author)[1], ($bibl//tei:title)[1], $bibl/tei:publisher, $bibl/tei:date) ! normalize-space(.), ', ')
      else ($header/tei:fileDesc/tei:sourceDesc/tei:p)[1] ! normalize-space(.)"/>
    <xsl:variable name="creation" as="element()?" select="$header/tei:profileDesc/tei:creation"/>
    <xsl:result-document href="landing-section.html" format="fragment">
      <!-- in the document's interface language, which may not be the landing page's -->
      <section class="document" lang="{$ui-lang}" aria-labelledby="doc-{$doc-id}">
        <h2 id="doc-{$doc-id}" lang="{$text-lang}"><a href="{$doc-path}/index.html"><xsl:value-of select="$title"/></a></h2>
        <xsl:if test="exists($authors)">
          <p class="byline" lang="{$text-lang}"><xsl:value-of select="string-join($authors, ', ')"/></p>
        </xsl:if>
        <xsl:for-each select="$creation">
          <p lang="{ed:lang-of(.)}">
            <xsl:apply-templates mode="text">
              <xsl:with-param name="base" select="$doc-path || '/'" tunnel="yes"/>
            </xsl:apply-templates>
          </p>
        </xsl:for-each>
        <xsl:for-each select="$about">
          <p lang="{ed:lang-of(.)}"><xsl:value-of select="ed:plain(.)"/></p>
        </xsl:for-each>
        <xsl:if test="$source">
          <xsl:variable name="words" as="element()"><span lang="{$text-lang}"><xsl:value-of select="$source"/></span></xsl:variable>
          <p><xsl:sequence select="ed:t('landing.source', $words)"/></p>
        </xsl:if>
        <p><xsl:value-of select="ed:ts('landing.counts', (ed:num(ed:words-in('body')), count($tei/tei:text/tei:body//tei:p[@n]),
          count($source-notes), count($editorial-notes)))"/></p>
        <h3><xsl:value-of select="ed:t('landing.read')"/></h3>
        <ul class="pages">
          <xsl:for-each select="$pages">
            <li><a href="{$doc-path}/{?page}"><xsl:value-of select="if (?page = 'index.html') then ed:t('landing.text') else ?title"/></a></li>
          </xsl:for-each>
        </ul>
        <h3><xsl:value-of select="ed:t('landing.cite')"/></h3>
        <p class="citation" lang="{$citation-lang}"><xsl:sequence select="ed:default-citation('index.html')"/></p>
        <h3><xsl:value-of select="ed:t('landing.download')"/></h3>
        <ul class="downloads" data-doc="{$doc-id}">
          <xsl:variable name="tei-link" as="element()"><a href="{$doc-path}/{$doc-path}.xml" download="{$doc-id}.xml">TEI P5 XML</a></xsl:variable>
          <li><xsl:sequence select="ed:t('landing.tei', $tei-link)"/></li>
        </ul>
      </section>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
