<?xml version="1.0" encoding="UTF-8"?>
<!-- Text structure: divisions, headings, numbered paragraphs, line and page beginnings. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:div" mode="reading">
    <section>
      <xsl:apply-templates select="@xml:id" mode="reading"/>
      <xsl:apply-templates mode="reading"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head" mode="reading">
    <h2><xsl:apply-templates mode="reading"/></h2>
  </xsl:template>

  <xsl:template match="tei:p" mode="reading">
    <p>
      <xsl:apply-templates select="@xml:id" mode="reading"/>
      <xsl:if test="@n">
        <a class="n" href="#{@xml:id}">
          <xsl:value-of select="@n"/>
        </a>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates mode="reading"/>
    </p>
  </xsl:template>

  <xsl:template match="@xml:id" mode="reading">
    <xsl:attribute name="id" select="."/>
  </xsl:template>

  <xsl:template match="text()" mode="reading">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- The reading text shows corrections and regularisations, not the source's slips. -->
  <xsl:template match="tei:choice" mode="reading">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="reading"/>
  </xsl:template>

  <xsl:template match="tei:corr | tei:reg | tei:expan | tei:sic | tei:orig | tei:abbr
                       | tei:said | tei:q | tei:quote | tei:hi | tei:title | tei:rs | tei:foreign | tei:label"
                mode="reading">
    <span class="{local-name()}"><xsl:apply-templates mode="reading"/></span>
  </xsl:template>

  <xsl:template match="tei:lb" mode="reading"/>
  <xsl:template match="tei:pb" mode="reading">
    <span class="pb" title="page {@n}">[<xsl:value-of select="@n"/>]</span>
  </xsl:template>
</xsl:stylesheet>
