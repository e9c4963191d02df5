<?xml version="1.0" encoding="UTF-8"?>
<!-- The page around the text: head, title, footer with version and build date. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="/tei:TEI">
    <xsl:variable name="title" as="xs:string"
      select="normalize-space(string((tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1]))"/>
    <!-- Build date from the sources (the latest recorded change), never the wall clock. -->
    <xsl:variable name="changes" as="xs:string*"
      select="tei:teiHeader/tei:revisionDesc//tei:change/@when ! string(.)"/>
    <xsl:variable name="built" as="xs:string"
      select="if (exists($changes)) then max($changes) else ''"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
      </head>
      <body>
        <header>
          <p><a href="../index.html">Edition home</a></p>
          <h1 lang="{(@xml:lang, 'und')[1]}"><xsl:value-of select="$title"/></h1>
        </header>
        <main lang="{(@xml:lang, 'und')[1]}">
          <xsl:apply-templates select="tei:text" mode="reading"/>
        </main>
        <footer>
          <p>
            <xsl:text>tei-edition </xsl:text>
            <xsl:value-of select="$tool-version"/>
            <xsl:if test="$built">
              <xsl:text> · sources of </xsl:text>
              <time datetime="{$built}"><xsl:value-of select="$built"/></time>
            </xsl:if>
            <xsl:text> · </xsl:text>
            <a href="{$doc-id}.xml">TEI source</a>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
