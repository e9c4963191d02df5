<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verse (mode text): a line (l) on a line of its own, a line group (lg: stanza, song, couplet) as
  a group, and every fifth line numbered in the margin, from @n where it is a number, else counted
  within its division. Indentation where @rend asks for it.

  Lines are spans shown as blocks (CSS), so that a line inside a paragraph or a quotation stays
  valid HTML; a newline follows each, so that the text of the page keeps lines apart as words
  even without the stylesheet ("libellum arido", never "libellumarido").
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:lg" mode="text">
    <span class="{string-join(('lg', ed:class-tokens(@type)), ' ')}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A heading inside a line group (a song's title): a line of its own, not a heading level. -->
  <xsl:template match="tei:lg/tei:head" mode="text">
    <span class="lg-head"><xsl:apply-templates mode="text"/></span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:l" mode="text">
    <xsl:variable name="n" as="xs:string?" select="ed:line-number(.)"/>
    <span class="{string-join(('l', ed:indent(@rend)), ' ')}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="exists($n)">
        <span class="vn" aria-hidden="true"><xsl:value-of select="$n"/></span>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A caesura: a gap in the line, and a word boundary. -->
  <xsl:template match="tei:caesura" mode="text">
    <span class="caesura"><xsl:text> </xsl:text></span>
  </xsl:template>

  <!-- The number printed beside a line: every fifth line, by its @n when that ends in a number
       (Folger's "1.2.15" counts by its last part), else by its place among the lines of its
       division. A line that is only part of a metrical line (@part M or F) has no number. -->
  <xsl:function name="ed:line-number" as="xs:string?">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="last" as="xs:string?" select="if ($l/@n) then replace(string($l/@n), '^.*?(\d+)$', '$1') else ()"/>
    <xsl:variable name="counted" as="xs:integer" select="
      if (exists($last) and $last castable as xs:integer) then xs:integer($last)
      else if ($l/@n) then 0
      else ed:line-position($l)"/>
    <xsl:sequence select="
      if ($l/@part = ('M', 'F')) then ()
      else if ($counted gt 0 and $counted mod 5 = 0) then string(($l/@n, $counted)[1])
      else ()"/>
  </xsl:function>

  <!-- The place of an unnumbered line among the lines since its division began (or the text). -->
  <xsl:function name="ed:line-position" as="xs:integer">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="number" as="xs:string"><xsl:number select="$l" level="any" count="tei:l" from="tei:div | tei:body | tei:front | tei:back"/></xsl:variable>
    <xsl:sequence select="xs:integer($number)"/>
  </xsl:function>

  <!-- rend="indent", "indent(2)", "indent2": an indentation class of at most four steps. -->
  <xsl:function name="ed:indent" as="xs:string?">
    <xsl:param name="rend" as="attribute()?"/>
    <xsl:variable name="token" as="xs:string?" select="tokenize(string($rend))[starts-with(., 'indent')][1]"/>
    <xsl:variable name="steps" as="xs:string" select="replace(string($token), '^indent\(?(\d*)\)?$', '$1')"/>
    <xsl:sequence select="
      if (empty($token)) then ()
      else if ($steps castable as xs:integer) then 'indent' || min((max((xs:integer($steps), 1)), 4))
      else 'indent1'"/>
  </xsl:function>
</xsl:stylesheet>
