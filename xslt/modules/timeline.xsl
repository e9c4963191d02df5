<?xml version="1.0" encoding="UTF-8"?>
<!--
  A timeline of the text's dated events, drawn at build time as SVG: one row per date, in
  time order; a dot on the time axis for a day, a bar for a month, a year or a range. The same
  events follow as a table, linked to their paragraphs.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Each event: the TEI date, its first and last day, and the words around it. -->
  <xsl:variable name="events" as="map(*)*">
    <!-- Dates in notes and bibliographic references date publications, not what the text tells. -->
    <xsl:for-each select="$tei/tei:text//tei:date[@when or @notBefore or @from or @notAfter or @to][not(ancestor::tei:note or ancestor::tei:bibl)]">
      <xsl:variable name="start" as="xs:date?" select="ed:first-day(string((@when, @from, @notBefore, @to, @notAfter)[1]))"/>
      <xsl:variable name="end" as="xs:date?" select="ed:last-day(string((@when, @to, @notAfter, @from, @notBefore)[1]))"/>
      <xsl:if test="exists($start) and exists($end)">
        <xsl:sequence select="map {
          'date': ., 'start': $start, 'end': $end,
          'label': normalize-space(.), 'context': ed:context(.), 'locus': ed:locus(.) }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>

  <xsl:function name="ed:first-day" as="xs:date?">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="
      if ($iso castable as xs:date) then xs:date($iso)
      else if ($iso castable as xs:gYearMonth) then xs:date($iso || '-01')
      else if ($iso castable as xs:gYear) then xs:date($iso || '-01-01')
      else ()"/>
  </xsl:function>

  <xsl:function name="ed:last-day" as="xs:date?">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="
      if ($iso castable as xs:date) then xs:date($iso)
      else if ($iso castable as xs:gYearMonth) then xs:date($iso || '-01') + xs:yearMonthDuration('P1M') - xs:dayTimeDuration('P1D')
      else if ($iso castable as xs:gYear) then xs:date($iso || '-12-31')
      else ()"/>
  </xsl:function>

  <!-- "… a few words [the date] a few words …" from the reading text around a date. -->
  <xsl:function name="ed:context" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="locus" as="element()?" select="ed:locus($date)"/>
    <xsl:variable name="texts" as="text()*" select="$locus//text()
      [empty(ancestor::*[self::tei:sic or self::tei:orig or self::tei:abbr or self::tei:label or self::tei:ref[@type = 'noteref']
                         or self::tei:note[not(. is $locus)]])]"/>
    <xsl:variable name="before" as="xs:string" select="string-join($texts[. &lt;&lt; $date])"/>
    <xsl:variable name="after" as="xs:string" select="string-join($texts[. >> $date][not(ancestor::*[. is $date])])"/>
    <xsl:variable name="words-before" as="xs:string*" select="tokenize($before)"/>
    <xsl:variable name="words-after" as="xs:string*" select="tokenize($after)"/>
    <xsl:variable name="spaces" as="xs:string*" select="(' ', '&#10;', '&#13;', '&#9;')"/>
    <xsl:sequence select="string-join((
      if (count($words-before) > 5) then '… ' else (),
      string-join($words-before[position() > last() - 5], ' '),
      if (substring($before, string-length($before)) = $spaces) then ' ' else (),
      normalize-space(ed:plain($date)),
      if (substring($after, 1, 1) = $spaces) then ' ' else (),
      string-join($words-after[position() le 5], ' '),
      if (count($words-after) > 5) then ' …' else ()))"/>
  </xsl:function>

  <xsl:template name="ed:timeline">
    <!-- Spans longer than three years (a century) would crush the scale: they stay in the table. -->
    <xsl:variable name="all" as="map(*)*" select="sort($events, (), function ($e as map(*)) as xs:date { $e?start })"/>
    <xsl:variable name="sorted" as="map(*)*" select="$all[?end - ?start le xs:dayTimeDuration('P1096D')]"/>
    <!-- The axis: a column per year with events; a run of years without any is one narrow break. -->
    <xsl:variable name="years" as="xs:integer*" select="distinct-values($sorted ! (year-from-date(?start) to year-from-date(?end)))"/>
    <xsl:variable name="x0" as="xs:double" select="170"/>
    <xsl:variable name="axis" as="xs:double" select="330"/>
    <xsl:variable name="gap" as="xs:double" select="22"/>
    <xsl:variable name="gaps" as="xs:integer" select="count((min($years) to max($years))[not(. = $years) and (. - 1) = $years])"/>
    <xsl:variable name="year-width" as="xs:double" select="($axis - $gaps * $gap) div max((count($years), 1))"/>
    <xsl:variable name="columns" as="map(*)*">
      <xsl:iterate select="min($years) to max($years)">
        <xsl:param name="x" as="xs:double" select="$x0"/>
        <xsl:variable name="width" as="xs:double" select="if (. = $years) then $year-width else if ((. - 1) = $years) then $gap else 0"/>
        <xsl:sequence select="map { 'year': ., 'x': $x, 'width': $width, 'events': . = $years }"/>
        <xsl:next-iteration><xsl:with-param name="x" select="$x + $width"/></xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="x" as="function(xs:date) as xs:double" select="function ($d as xs:date) as xs:double {
      let $c := $columns[?year = year-from-date($d)],
          $jan1 := xs:date(format-number(year-from-date($d), '0000') || '-01-01')
      return round($c?x + ($d - $jan1) div xs:dayTimeDuration('P366D') * $c?width, 1) }"/>
    <xsl:variable name="row" as="xs:double" select="24"/>
    <xsl:variable name="top" as="xs:double" select="30"/>
    <xsl:variable name="height" as="xs:double" select="$top + count($sorted) * $row + 8"/>
    <figure class="chart timeline">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 {$height}" width="760" height="{$height}" role="img" aria-labelledby="timeline-cap">
        <xsl:for-each select="$columns[?width > 0]">
          <xsl:choose>
            <xsl:when test="?events">
              <line class="grid" x1="{?x}" x2="{?x}" y1="{$top - 10}" y2="{$height - 4}"/>
              <line class="grid" x1="{?x + ?width}" x2="{?x + ?width}" y1="{$top - 10}" y2="{$height - 4}"/>
              <text class="year" x="{?x + ?width div 2}" y="{$top - 14}" text-anchor="middle"><xsl:value-of select="?year"/></text>
            </xsl:when>
            <xsl:otherwise>
              <text class="year" x="{?x + ?width div 2}" y="{$top - 14}" text-anchor="middle">…</text>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:for-each select="$sorted">
          <xsl:variable name="y" as="xs:double" select="$top + (position() - 1) * $row + $row div 2"/>
          <g class="event">
            <text class="when" x="0" y="{$y + 4}"><xsl:value-of select="ed:human-range(?start, ?end)"/></text>
            <xsl:choose>
              <xsl:when test="?start = ?end">
                <circle cx="{$x(?start)}" cy="{$y}" r="5"/>
              </xsl:when>
              <xsl:otherwise>
                <rect x="{$x(?start)}" y="{$y - 4}" height="8" rx="4"
                  width="{max(($x(?end) - $x(?start), 8))}"/>
              </xsl:otherwise>
            </xsl:choose>
            <text class="what" x="{$x0 + $axis + 12}" y="{$y + 4}" lang="{$text-lang}">
              <xsl:value-of select="ed:shorten(?context, 36)"/>
            </text>
          </g>
        </xsl:for-each>
      </svg>
      <figcaption id="timeline-cap"><xsl:sequence select="ed:t('timeline.caption', string(count($sorted)))"/></figcaption>
    </figure>
    <table class="data">
      <caption><xsl:value-of select="ed:t('timeline.table')"/><xsl:if test="count($all) > count($sorted)"><xsl:value-of select="ed:t('timeline.left-out')"/></xsl:if></caption>
      <thead><tr><th scope="col"><xsl:value-of select="ed:t('timeline.date')"/></th><th scope="col"><xsl:value-of select="ed:t('timeline.in-text')"/></th><th scope="col"><xsl:value-of select="ed:t('timeline.where')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="$all">
          <tr>
            <td><time datetime="{ed:html-datetime(?date)}"><xsl:value-of select="ed:human-range(?start, ?end)"/></time></td>
            <td lang="{$text-lang}"><xsl:value-of select="?context"/></td>
            <td><xsl:sequence select="ed:locus-link(?locus)"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- 12 June 1917; May 1919; 1918; 8–10 May 1919; Mar–May 1918; 14 Oct – 13 Nov 1917. -->
  <xsl:function name="ed:human-range" as="xs:string">
    <xsl:param name="start" as="xs:date"/>
    <xsl:param name="end" as="xs:date"/>
    <xsl:variable name="whole-months" as="xs:boolean"
      select="day-from-date($start) = 1 and month-from-date($end + xs:dayTimeDuration('P1D')) != month-from-date($end)"/>
    <xsl:variable name="same-year" as="xs:boolean" select="year-from-date($start) = year-from-date($end)"/>
    <xsl:sequence select="
      if ($start = $end) then ed:day($start, false(), true())
      else if ($whole-months and $same-year and month-from-date($start) = 1 and month-from-date($end) = 12) then string(year-from-date($start))
      else if ($whole-months and $same-year and month-from-date($start) = month-from-date($end)) then ed:month-year($start, false(), true())
      else if ($whole-months and $same-year) then ed:month($start, true()) || '–' || ed:month-year($end, true(), true())
      else if ($same-year and month-from-date($start) = month-from-date($end)) then day-from-date($start) || '–' || ed:day($end, false(), true())
      else if ($same-year) then ed:day($start, true(), false()) || ' – ' || ed:day($end, true(), true())
      else ed:day($start, true(), true()) || ' – ' || ed:day($end, true(), true())"/>
  </xsl:function>

  <xsl:function name="ed:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $length) then $text
      else replace(substring($text, 1, $length - 1), ' [^ ]*$', '') || ' …'"/>
  </xsl:function>

  <!-- A link to the paragraph or note that holds a node. -->
  <xsl:function name="ed:locus-link" as="node()*">
    <xsl:param name="locus" as="element()?"/>
    <xsl:if test="exists($locus)">
      <a href="index.html#{if ($locus/self::tei:note) then ed:note-id($locus) else $locus/@xml:id}">
        <xsl:value-of select="ed:locus-label($locus)"/>
      </a>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
