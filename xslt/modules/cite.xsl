<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Cite this page / this paragraph". The citation is built from the header; the address is the
  page's path in the edition (edition.js puts the address the reader sees in its place), and a
  paragraph is cited by its number and anchor.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="publisher" as="xs:string?"
    select="($header/tei:fileDesc/tei:publicationStmt/(tei:publisher, tei:authority, tei:distributor))[1] ! normalize-space(.)"/>
  <!-- A published address, when the header gives one: then citations carry absolute URLs. -->
  <xsl:variable name="base-url" as="xs:string?" select="
    ($header/tei:fileDesc/tei:publicationStmt/tei:idno[@type = ('URI', 'URL', 'url', 'uri')])[1]
    ! (let $u := normalize-space(.) return if (ends-with($u, '/')) then $u else $u || '/')"/>

  <!-- The citation of the document, up to the address. -->
  <xsl:template name="ed:citation">
    <xsl:if test="exists($authors)">
      <xsl:value-of select="string-join($authors, ', ')"/>
      <xsl:text>. </xsl:text>
    </xsl:if>
    <cite lang="{$text-lang}"><xsl:value-of select="$title"/></cite>
    <xsl:text>. </xsl:text>
    <xsl:if test="$edition-version">
      <xsl:text>Digital edition, version </xsl:text>
      <xsl:value-of select="$edition-version"/>
      <xsl:text>. </xsl:text>
    </xsl:if>
    <xsl:if test="$publisher">
      <xsl:value-of select="$publisher"/>
      <xsl:text>, </xsl:text>
    </xsl:if>
    <xsl:value-of select="$built"/>
    <xsl:text>.</xsl:text>
  </xsl:template>

  <xsl:template name="ed:cite-block">
    <xsl:param name="page" as="xs:string" required="yes"/>
    <xsl:param name="paragraphs" as="xs:boolean" required="yes"/>
    <xsl:variable name="address" as="xs:string" select="($base-url, '')[1] || $doc-id || '/' || $page"/>
    <section class="cite" aria-labelledby="cite-h">
      <h2 id="cite-h">Cite this page</h2>
      <p class="citation" id="cite-page">
        <xsl:call-template name="ed:citation"/>
        <xsl:text> </xsl:text>
        <span class="cite-url" data-page="{$page}"><xsl:value-of select="$address"/></span>
      </p>
      <xsl:if test="$paragraphs">
        <h3 id="cite-para-h">Cite this paragraph</h3>
        <p class="citation" id="cite-para">
          <xsl:call-template name="ed:citation"/>
          <xsl:text> ¶&#160;</xsl:text>
          <span class="cite-n">n</span>
          <xsl:text>, </xsl:text>
          <span class="cite-url" data-page="{$page}#"><xsl:value-of select="$address"/>#p<i>n</i></span>
        </p>
        <p class="hint">Each paragraph's number is its permalink: select it to cite that paragraph.</p>
      </xsl:if>
      <p hidden="hidden" class="cite-copy"><button type="button" data-copy="cite-page">Copy the citation</button></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
