<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dictionaries (mode text): an entry a reader can scan. The headword (orth) is bold, the
  pronunciation between slashes and the grammar in italics (CSS adds the slashes, so the text
  keeps only the source's words); senses are numbered, as the TEI numbers them (@n) or by
  their position among their siblings when there are several (1, 2… then a, b… then i, ii…);
  translations carry their language. Elements that also occur outside dictionaries (cit,
  quote, ref) keep their general treatment except inside an entry.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:superEntry | tei:entry | tei:entryFree" mode="text">
    <div class="{local-name()}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@n and parent::tei:superEntry">
        <sup class="hom"><xsl:value-of select="@n"/></sup>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:form | tei:hyph | tei:syll | tei:stress | tei:etym | tei:lang | tei:lbl | tei:def | tei:usg | tei:xr | tei:oRef | tei:pRef | tei:oVar | tei:pVar" mode="text">
    <span class="{string-join((local-name(), ed:class-tokens(@type) ! ('t-' || .)), ' ')}">
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:orth" mode="text">
    <b class="orth"><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></b>
  </xsl:template>

  <xsl:template match="tei:pron" mode="text">
    <span class="pron"><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:gramGrp | tei:pos | tei:gen | tei:number | tei:case | tei:per | tei:tns | tei:mood | tei:iType | tei:subc | tei:colloc | tei:gram" mode="text">
    <i class="{local-name()}"><xsl:apply-templates mode="text"/></i>
  </xsl:template>

  <xsl:template match="tei:sense" mode="text">
    <xsl:variable name="depth" as="xs:integer" select="count(ancestor::tei:sense)"/>
    <xsl:variable name="siblings" as="element(tei:sense)*" select="../tei:sense"/>
    <div class="sense">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@n or count($siblings) gt 1">
        <span class="sense-n">
          <xsl:choose>
            <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
            <xsl:otherwise>
              <xsl:number value="count(preceding-sibling::tei:sense) + 1" format="{('1', 'a', 'i')[min(($depth, 2)) + 1]}"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text>. </xsl:text>
        </span>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:re" mode="text">
    <div class="re"><xsl:sequence select="ed:id(.)"/><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <!-- A translation or an example inside an entry; its quote is the translation's text. -->
  <xsl:template match="tei:cit[ancestor::tei:entry or ancestor::tei:entryFree]" mode="text" priority="1">
    <span class="{string-join(('cit', ed:class-tokens(@type) ! ('t-' || .)), ' ')}">
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
