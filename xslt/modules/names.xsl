<?xml version="1.0" encoding="UTF-8"?>
<!-- Names and dates: names become links to their register entry, dates carry their ISO value. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="reading">
    <a class="{local-name()}" href="{(@ref, '#')[1]}">
      <xsl:apply-templates mode="reading"/>
    </a>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="reading">
    <time>
      <xsl:if test="@when">
        <xsl:attribute name="datetime" select="@when"/>
      </xsl:if>
      <xsl:apply-templates mode="reading"/>
    </time>
  </xsl:template>
</xsl:stylesheet>
