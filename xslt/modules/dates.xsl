<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates and times (mode text) carry their ISO value in <time datetime>. A range
  (notBefore/notAfter, from/to) carries what both ends share (1919-05 for 8–10 May 1919).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:date | tei:time" mode="text">
    <xsl:variable name="datetime" as="xs:string?" select="ed:html-datetime(.)"/>
    <xsl:variable name="range" as="xs:string?" select="ed:range-label(.)"/>
    <xsl:choose>
      <xsl:when test="exists($datetime)">
        <time datetime="{$datetime}">
          <xsl:if test="exists($range)">
            <xsl:attribute name="title" select="$range"/>
          </xsl:if>
          <xsl:apply-templates mode="text"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date">
          <xsl:if test="exists($range)">
            <xsl:attribute name="title" select="$range"/>
          </xsl:if>
          <xsl:apply-templates mode="text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An HTML datetime value for a TEI date: @when, or the part both ends of a range share. -->
  <xsl:function name="ed:html-datetime" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="start" as="xs:string?" select="($date/@from, $date/@notBefore)[1] ! string(.)"/>
    <xsl:variable name="end" as="xs:string?" select="($date/@to, $date/@notAfter)[1] ! string(.)"/>
    <xsl:sequence select="
      if ($date/@when) then (let $w := string($date/@when) return if (starts-with($w, '--')) then substring($w, 3) else $w)
      else if ($date/@dur) then string($date/@dur)
      else if (exists($start) and exists($end)) then
        (for $n in (10, 7, 4) return substring($start, 1, $n)[. = substring($end, 1, $n)])[1]
      else ()"/>
  </xsl:function>

  <xsl:function name="ed:range-label" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
      if ($date/@when) then ()
      else if ($date/(@notBefore | @notAfter)) then
        string-join(($date/@notBefore ! ed:ts('date.not-before', string(.)), $date/@notAfter ! ed:ts('date.not-after', string(.))), ', ')
      else if ($date/(@from | @to)) then
        string-join(($date/@from ! ed:ts('date.from', string(.)), $date/@to ! ed:ts('date.to', string(.))), ' ')
      else ()"/>
  </xsl:function>

  <!-- 1870-04-22 → 22 April 1870; 1918 → 1918; 1918-05 → May 1918. -->
  <xsl:function name="ed:human-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="
      if ($iso castable as xs:date) then ed:day(xs:date($iso), false(), true())
      else if ($iso castable as xs:gYearMonth) then ed:month-year(xs:date($iso || '-01'), false(), true())
      else $iso"/>
  </xsl:function>
</xsl:stylesheet>
