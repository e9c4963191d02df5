<?xml version="1.0" encoding="UTF-8"?>
<!--
  Facsimiles (mode text): a page beginning with @facs links, in the margin, to its image. The
  pointer may name a surface (its first graphic), a zone (its surface's graphic), a graphic, or
  be the image's URL itself. The URL passes the edition's URL policy (urls.xsl): a pointer a
  reader may not follow (javascript:, data:…) gives no link.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- The image a @facs pointer leads to, as an href, or nothing. -->
  <xsl:function name="ed:facs-href" as="xs:string?">
    <xsl:param name="facs" as="attribute()?"/>
    <xsl:variable name="first" as="xs:string?" select="tokenize(string($facs))[1]"/>
    <xsl:variable name="target" as="element()?" select="if (starts-with(string($first), '#')) then key('id', substring($first, 2), $tei)[1] else ()"/>
    <xsl:variable name="url" as="xs:string?" select="
      if (not(starts-with(string($first), '#'))) then $first
      else ($target/self::tei:graphic/@url, $target/tei:graphic/@url,
            $target/self::tei:zone/ancestor::tei:surface[1]/tei:graphic/@url)[1] ! string(.)"/>
    <xsl:sequence select="if (exists($url)) then ed:safe-href($url) else ()"/>
  </xsl:function>

  <xsl:template match="tei:pb[@facs]" mode="text">
    <xsl:variable name="href" as="xs:string?" select="ed:facs-href(@facs)"/>
    <xsl:variable name="n" as="xs:string" select="string(@n)"/>
    <xsl:variable name="page" as="element()*"><xsl:next-match/></xsl:variable>
    <xsl:for-each select="$page">
      <xsl:copy>
        <xsl:sequence select="@*, node()"/>
        <xsl:if test="exists($href)">
          <xsl:text> </xsl:text>
          <a class="facs" href="{$href}" lang="{$ui-lang}"><xsl:value-of select="ed:t('facsimile.image')"/><span class="vh"><xsl:text> </xsl:text><xsl:value-of select="ed:ts('facsimile.page', $n)"/></span></a>
        </xsl:if>
      </xsl:copy>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
