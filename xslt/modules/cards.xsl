<?xml version="1.0" encoding="UTF-8"?>
<!--
  Cards (mode card): for each register entry the text mentions, the small card edition.js shows
  on a name. They sit in a <template>, inert until shown; without JavaScript the name's link
  leads to the register entry, which says the same and more.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:cards">
    <xsl:variable name="mentioned" as="element()*"
      select="$entries[exists(key('mention', @xml:id))]"/>
    <xsl:if test="exists($mentioned)">
      <template id="cards">
        <xsl:apply-templates select="$mentioned" mode="card"/>
      </template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:person | tei:place | tei:org | tei:bibl | tei:event" mode="card">
    <xsl:variable name="dates" as="node()*" select="ed:entry-dates(.)"/>
    <xsl:variable name="description" as="xs:string?" select="ed:entry-description(.)"/>
    <div class="card-body" data-ref="{@xml:id}">
      <p class="card-name" lang="{ed:entry-name-lang(.)}"><xsl:value-of select="ed:entry-name(.)"/></p>
      <p class="card-kind"><xsl:value-of select="ed:register-of(.)?one"/>
        <xsl:if test="exists($dates)"><xsl:text>, </xsl:text><xsl:sequence select="$dates"/></xsl:if>
      </p>
      <!-- A card is small: the register entry has the whole description. -->
      <xsl:if test="exists($description)">
        <p class="card-desc" lang="{ed:lang-of((tei:note, tei:desc, .)[1])}"><xsl:value-of select="ed:shorten($description, 170)"/></p>
      </xsl:if>
      <p class="card-links">
        <a href="{ed:entry-href(.)}"><xsl:value-of select="ed:t('register.entry')"/></a>
        <xsl:for-each select="ed:authority-links(.)">
          <xsl:text> · </xsl:text>
          <xsl:sequence select="."/>
        </xsl:for-each>
      </p>
    </div>
  </xsl:template>
</xsl:stylesheet>
