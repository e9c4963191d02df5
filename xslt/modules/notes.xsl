<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: the source's notes keep their place and number; editorial notes are set apart. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="reading">
    <aside class="note {@type}">
      <xsl:apply-templates select="@xml:id" mode="reading"/>
      <xsl:apply-templates mode="reading"/>
    </aside>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr" mode="reading">
    <a href="{@target}"><xsl:apply-templates mode="reading"/></a>
  </xsl:template>
</xsl:stylesheet>
