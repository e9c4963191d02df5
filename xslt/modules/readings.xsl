<?xml version="1.0" encoding="UTF-8"?>
<!--
  The two readings (mode text). A choice gives both: the reading text's correction or
  regularisation (class rdg) and the source's reading (class dipl); CSS shows one of them.
  Editorial additions belong to the reading text only.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:choice" mode="text">
    <xsl:variable name="edited" as="element()*" select="tei:corr | tei:reg | tei:expan"/>
    <xsl:variable name="source" as="element()*" select="tei:sic | tei:orig | tei:abbr"/>
    <span class="choice">
      <span class="rdg {local-name($edited[1])}">
        <xsl:if test="$edited/self::tei:corr">
          <xsl:attribute name="title" select="ed:ts('text.corr-source', normalize-space(string-join($source)))"/>
        </xsl:if>
        <xsl:apply-templates select="$edited/node()" mode="text"/>
      </span>
      <span class="dipl {local-name($source[1])}">
        <xsl:apply-templates select="$source/node()" mode="text"/>
      </span>
    </span>
  </xsl:template>

  <!-- A source reading and an editorial one side by side without a choice (<w><orig>was</orig><reg>waz</reg></w>):
       each belongs to its view, as in a choice. -->
  <xsl:template match="tei:*[not(parent::tei:choice)][
      (self::tei:sic and ../tei:corr) or (self::tei:orig and ../tei:reg) or (self::tei:abbr and ../tei:expan)]" mode="text" priority="1">
    <span class="dipl {local-name()}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>
  <xsl:template match="tei:*[not(parent::tei:choice)][
      (self::tei:corr and ../tei:sic) or (self::tei:reg and ../tei:orig) or (self::tei:expan and ../tei:abbr)]" mode="text" priority="1">
    <span class="rdg {local-name()}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- Outside a choice: a lone correction or slip is what the text has. -->
  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan" mode="text">
    <span class="{local-name()}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- Supplied text: CSS brackets it, so that a word completed by the editors stays one word. -->
  <xsl:template match="tei:supplied" mode="text">
    <span class="rdg supplied">
      <xsl:if test="@reason"><xsl:attribute name="title" select="ed:ts('readings.supplied', string(@reason))"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <!-- An addition; where the source has it (above the line, in the margin…) is its title. -->
  <xsl:template match="tei:add" mode="text">
    <span class="add">
      <xsl:if test="@place"><xsl:attribute name="title" select="ed:ts('readings.added', string(@place))"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:del" mode="text">
    <del class="dipl"><xsl:apply-templates mode="text"/></del>
  </xsl:template>
</xsl:stylesheet>
