<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription (mode text), beside readings.xsl: what a diplomatic transcription marks.

  A word broken across lines (lb break="no") is one word in the reading text: the whitespace
  around the break goes, and the source's hyphen, where it has one, belongs to the diplomatic
  text only. Abbreviation marks (am) are the source's, expansions (ex) the editors': like the
  memoir's choice pairs, CSS shows one of them. A glyph (g) shows its text, else the standard
  mapping its charDecl gives. Unclear text, blank space and glyphs carry what the TEI says
  about them as a title.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Hyphens a source writes at a line end inside a word. -->
  <xsl:variable name="line-end-hyphens" as="xs:string" select="'[\-­¬⸗‐=]'"/>

  <!-- Text on either side of a break inside a word: no whitespace at the break. -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:lb[@break = 'no']]
                             or preceding-sibling::node()[1][self::tei:lb[@break = 'no']]]" mode="text">
    <xsl:variable name="before-break" as="xs:boolean" select="exists(following-sibling::node()[1][self::tei:lb[@break = 'no']])"/>
    <xsl:variable name="after-break" as="xs:boolean" select="exists(preceding-sibling::node()[1][self::tei:lb[@break = 'no']])"/>
    <xsl:variable name="text" as="xs:string" select="
      let $t := if ($after-break) then replace(., '^\s+', '') else string(.)
      return if ($before-break) then replace($t, '\s+$', '') else $t"/>
    <xsl:choose>
      <xsl:when test="$before-break and matches($text, $line-end-hyphens || '$')">
        <xsl:value-of select="substring($text, 1, string-length($text) - 1)"/>
        <span class="dipl hyph"><xsl:value-of select="substring($text, string-length($text))"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An anonymous block (a transcribed line or region, as Transkribus exports write them): a paragraph without a number. -->
  <xsl:template match="tei:ab" mode="text">
    <p class="{string-join(('ab', ed:class-tokens(@type)), ' ')}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:am" mode="text">
    <span class="dipl am"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:ex" mode="text">
    <span class="rdg ex"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:subst" mode="text">
    <span class="subst"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:unclear[@cert or @reason]" mode="text">
    <span class="unclear" title="{string-join((ed:t('transcription.unclear'), @reason, @cert ! ed:ts('transcription.certainty', .)), ', ')}">
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <!-- A glyph: its text, else its standard (or first) mapping; its name as a title. -->
  <xsl:template match="tei:g" mode="text">
    <xsl:variable name="decl" as="element()?" select="key('id', ed:local-ids(@ref), $tei)[self::tei:char or self::tei:glyph][1]"/>
    <xsl:variable name="name" as="xs:string?" select="($decl/(tei:charName, tei:glyphName, tei:localProp[@name = 'Name']/@value, tei:desc))[1] ! normalize-space(.)"/>
    <span class="g">
      <xsl:if test="$name"><xsl:attribute name="title" select="$name"/></xsl:if>
      <xsl:choose>
        <xsl:when test="string(.)"><xsl:apply-templates mode="text"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="($decl/tei:mapping[@type = ('standard', 'normalized')], $decl/tei:mapping)[1]"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- Blank space in the source: a gap between words, as wide as the TEI says. -->
  <xsl:template match="tei:space" mode="text">
    <span class="space" title="{string-join((ed:t('transcription.space'), string-join((@quantity, @extent, @unit), ' ')[.]), ': ')}"><xsl:text>&#160;</xsl:text></span>
  </xsl:template>
</xsl:stylesheet>
