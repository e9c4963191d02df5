<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page around every page of a document: head, navigation, the cite block, and a footer with
  the edition's version and the build date taken from the sources.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- The pages of a document, in navigation order: file, label. -->
  <xsl:variable name="pages" as="map(xs:string, xs:string)*" select="
    map { 'page': 'index.html', 'title': ed:t('page.text') },
    $used-registers ! map { 'page': ?page, 'title': ?title },
    map { 'page': 'overview.html', 'title': ed:t('page.overview') },
    (if (exists($sources)) then map { 'page': $sources-page, 'title': ed:t('page.sources') } else ())"/>

  <xsl:template name="ed:page">
    <!-- The page's file in the document's folder, e.g. persons.html. -->
    <xsl:param name="page" as="xs:string" required="yes"/>
    <!-- The <title>: what the page is, then the document. -->
    <xsl:param name="page-title" as="xs:string" required="yes"/>
    <xsl:param name="content" as="node()*" required="yes"/>
    <!-- What follows <main>, outside the landmarks (card templates). -->
    <xsl:param name="after" as="node()*" select="()"/>
    <xsl:param name="paragraph-citation" as="xs:boolean" select="false()"/>
    <html lang="{$ui-lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$page-title"/></title>
        <meta name="generator" content="tei-edition {$tool-version}"/>
        <xsl:call-template name="ed:head-citation">
          <xsl:with-param name="page" select="$page"/>
        </xsl:call-template>
        <link rel="icon" href="../assets/icon.svg" type="image/svg+xml"/>
        <link rel="stylesheet" href="../assets/edition.css"/>
        <script src="../assets/edition.js" defer="defer"></script>
      </head>
      <body>
        <a class="skip" href="#main"><xsl:value-of select="ed:t('page.skip')"/></a>
        <header class="site">
          <p class="site-title"><a href="../index.html"><xsl:value-of select="ed:t('page.home')"/></a></p>
          <nav aria-label="{ed:t('page.nav')}">
            <ul>
              <xsl:for-each select="$pages">
                <li>
                  <a href="{?page}">
                    <xsl:if test="?page = $page">
                      <xsl:attribute name="aria-current" select="'page'"/>
                    </xsl:if>
                    <xsl:value-of select="?title"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <main id="main">
          <xsl:sequence select="$content"/>
          <xsl:call-template name="ed:cite-block">
            <xsl:with-param name="page" select="$page"/>
            <xsl:with-param name="paragraphs" select="$paragraph-citation"/>
          </xsl:call-template>
        </main>
        <footer class="site">
          <xsl:call-template name="ed:colophon"/>
          <p><a href="{$doc-path}.xml" download="{$doc-id}.xml"><xsl:value-of select="ed:t('page.download-tei')"/></a></p>
        </footer>
        <xsl:sequence select="$after"/>
      </body>
    </html>
  </xsl:template>

  <!-- Version, build date, licence: the same words on every page. -->
  <xsl:template name="ed:colophon">
    <p>
      <xsl:if test="$edition-version">
        <xsl:sequence select="ed:t('colophon.version', $edition-version)"/>
        <xsl:text> · </xsl:text>
      </xsl:if>
      <xsl:if test="$built">
        <xsl:variable name="time" as="element()"><time datetime="{$built}"><xsl:value-of select="$built"/></time></xsl:variable>
        <xsl:sequence select="ed:t('colophon.built', $time)"/>
        <xsl:text> · </xsl:text>
      </xsl:if>
      <xsl:text>tei-edition </xsl:text>
      <xsl:value-of select="$tool-version"/>
      <xsl:if test="$licence">
        <xsl:text> · </xsl:text>
        <!-- the licence's words are the header's: their language where it is not the interface's -->
        <xsl:variable name="lang" as="xs:string?" select="$licence/ancestor-or-self::*[@xml:lang][1]/@xml:lang[. != $ui-lang]"/>
        <xsl:variable name="name" as="node()*">
          <xsl:choose>
            <xsl:when test="exists(ed:safe-href($licence/@target))">
              <a href="{ed:safe-href($licence/@target)}" rel="license">
                <xsl:if test="exists($lang)"><xsl:attribute name="lang" select="$lang"/></xsl:if>
                <xsl:value-of select="normalize-space($licence)"/>
              </a>
            </xsl:when>
            <xsl:when test="exists($lang)"><span lang="{$lang}"><xsl:value-of select="normalize-space($licence)"/></span></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($licence)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:sequence select="ed:t('colophon.licence', ed:slot($name))"/>
      </xsl:if>
    </p>
  </xsl:template>
</xsl:stylesheet>
