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
    <xsl:for-each select="$tei/tei:text//tei:date[@when or @notBefore or @from or @notAfter or @to]">
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
      [not(ancestor::tei:sic or ancestor::tei:orig or ancestor::tei:abbr)]
      [empty(ancestor::tei:note except $locus/ancestor-or-self::tei:note)]"/>
    <xsl:variable name="before" as="xs:string*" select="tokenize(normalize-space(string-join($texts[. &lt;&lt; $date])))"/>
    <xsl:variable name="after" as="xs:string*" select="tokenize(normalize-space(string-join(($texts[. >> $date] except $date//text()))))"/>
    <xsl:sequence select="string-join((
      if (count($before) > 5) then '…' else (), $before[position() > last() - 5],
      normalize-space($date),
      $after[position() le 5], if (count($after) > 5) then '…' else ()), ' ')"/>
  </xsl:function>

  <xsl:template name="ed:timeline">
    <!-- Spans longer than three years (a century) would crush the scale: they stay in the table. -->
    <xsl:variable name="all" as="map(*)*" select="sort($events, (), function ($e as map(*)) as xs:date { $e?start })"/>
    <xsl:variable name="sorted" as="map(*)*" select="$all[?end - ?start le xs:dayTimeDuration('P1096D')]"/>
    <xsl:variable name="first" as="xs:date" select="xs:date(year-from-date(min($sorted ! ?start)) || '-01-01')"/>
    <xsl:variable name="last" as="xs:date" select="xs:date(year-from-date(max($sorted ! ?end)) + 1 || '-01-01')"/>
    <xsl:variable name="days" as="xs:double" select="($last - $first) div xs:dayTimeDuration('P1D')"/>
    <xsl:variable name="x0" as="xs:double" select="150"/>
    <xsl:variable name="axis" as="xs:double" select="240"/>
    <xsl:variable name="row" as="xs:double" select="24"/>
    <xsl:variable name="top" as="xs:double" select="30"/>
    <xsl:variable name="height" as="xs:double" select="$top + count($sorted) * $row + 8"/>
    <xsl:variable name="x" as="function(xs:date) as xs:double"
      select="function ($d as xs:date) as xs:double { round($x0 + ($d - $first) div xs:dayTimeDuration('P1D') div $days * $axis, 1) }"/>
    <figure class="chart timeline">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 {$height}" width="760" height="{$height}" role="img" aria-labelledby="timeline-cap">
        <!-- a year per gridline -->
        <xsl:for-each select="year-from-date($first) to year-from-date($last)">
          <xsl:variable name="gx" as="xs:double" select="$x(xs:date(. || '-01-01'))"/>
          <line class="grid" x1="{$gx}" x2="{$gx}" y1="{$top - 10}" y2="{$height - 4}"/>
          <xsl:if test=". lt year-from-date($last)">
            <text class="year" x="{$x(xs:date(. || '-07-01'))}" y="{$top - 14}" text-anchor="middle"><xsl:value-of select="."/></text>
          </xsl:if>
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
            <text class="what" x="{$x0 + $axis + 14}" y="{$y + 4}" lang="{$text-lang}">
              <xsl:value-of select="ed:shorten(?context, 62)"/>
            </text>
          </g>
        </xsl:for-each>
      </svg>
      <figcaption id="timeline-cap">The text's <xsl:value-of select="count($sorted)"/> dated events, in time order, from <xsl:value-of select="year-from-date($first)"/> to <xsl:value-of select="year-from-date($last) - 1"/>: a dot is a day, a bar a month, a year or a span of days.</figcaption>
    </figure>
    <table class="data">
      <caption>The dated events and where the text tells of them<xsl:if test="count($all) > count($sorted)"> (spans of more than three years are left out of the picture)</xsl:if></caption>
      <thead><tr><th scope="col">Date</th><th scope="col">In the text</th><th scope="col">Where</th></tr></thead>
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

  <!-- 8 May 1919; May 1919; 1919; 8 – 10 May 1919 as 8 May 1919 – 10 May 1919. -->
  <xsl:function name="ed:human-range" as="xs:string">
    <xsl:param name="start" as="xs:date"/>
    <xsl:param name="end" as="xs:date"/>
    <xsl:sequence select="
      if ($start = $end) then format-date($start, '[D] [MNn] [Y]', 'en', (), ())
      else if (month-from-date($start) = 1 and day-from-date($start) = 1 and month-from-date($end) = 12 and day-from-date($end) = 31 and year-from-date($start) = year-from-date($end))
        then string(year-from-date($start))
      else if (day-from-date($start) = 1 and $end = $start + xs:yearMonthDuration('P1M') - xs:dayTimeDuration('P1D'))
        then format-date($start, '[MNn] [Y]', 'en', (), ())
      else format-date($start, '[D] [MNn] [Y]', 'en', (), ()) || ' – ' || format-date($end, '[D] [MNn] [Y]', 'en', (), ())"/>
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
