<?xml version="1.0" encoding="UTF-8"?>
<!--
  The interface's words: every fixed string of the pages comes from the message table of the
  interface language (xslt/messages/<lang>.json, passed in as $messages by src/render/html.ts),
  never from a template. The text's own languages stay those of the TEI.

  A message may hold placeholders {0}, {1}…: ed:t fills them with strings or nodes (a link, a
  <time>), so that each language can put them where its word order wants them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="ui" as="map(*)" select="parse-json($messages)"/>

  <!-- A message without placeholders. A key missing from the table is a bug: say so loudly. -->
  <xsl:function name="ed:t" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($ui($key), error(xs:QName('ed:message'), 'no message ' || $key || ' for ' || $ui-lang))[1]"/>
  </xsl:function>

  <!-- A message with its placeholders filled: strings, or nodes that stay nodes (ed:slot for several). -->
  <xsl:function name="ed:t" as="item()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="item()*"/>
    <xsl:analyze-string select="ed:t($key)" regex="\{{([0-9])\}}">
      <xsl:matching-substring>
        <xsl:sequence select="$args[xs:integer(regex-group(1)) + 1]"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- Several nodes as one placeholder's value: each item of $args fills one placeholder. -->
  <xsl:function name="ed:slot" as="document-node()">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:document><xsl:sequence select="$nodes"/></xsl:document>
  </xsl:function>

  <!-- The same as one string (for attributes, titles, SVG labels). -->
  <xsl:function name="ed:ts" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:anyAtomicType*"/>
    <xsl:sequence select="string-join(ed:t($key, $args ! string(.)) ! string(.))"/>
  </xsl:function>

  <!-- A label whose last space must not break (¶ 12, note 3): the space before the number becomes a no-break space. -->
  <xsl:function name="ed:nbsp" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="replace($label, ' ([^ ]+)$', '&#160;$1')"/>
  </xsl:function>

  <!-- 12,345 or 12.345: the digit grouping of the interface language. -->
  <xsl:function name="ed:num" as="xs:string">
    <xsl:param name="n" as="xs:double"/>
    <xsl:sequence select="translate(format-number($n, '#,##0'), ',', ed:t('number.group'))"/>
  </xsl:function>

  <!-- Month names: saxon-js knows only English ones (format-date answers "[Language: en]"). -->
  <xsl:function name="ed:month" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="short" as="xs:boolean"/>
    <xsl:sequence select="tokenize(ed:t(if ($short) then 'date.months-short' else 'date.months'))[month-from-date($date)]"/>
  </xsl:function>

  <!-- 8 May 1919 / 8 mei 1919; $short: 8 Oct 1917; $with-year false: 8 May. -->
  <xsl:function name="ed:day" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="short" as="xs:boolean"/>
    <xsl:param name="with-year" as="xs:boolean"/>
    <xsl:sequence select="normalize-space(ed:ts('date.day', (day-from-date($date), ed:month($date, $short),
      if ($with-year) then year-from-date($date) else '')))"/>
  </xsl:function>

  <!-- May 1919 / mei 1919; without the year: May. -->
  <xsl:function name="ed:month-year" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="short" as="xs:boolean"/>
    <xsl:param name="with-year" as="xs:boolean"/>
    <xsl:sequence select="normalize-space(ed:ts('date.month', (ed:month($date, $short), if ($with-year) then year-from-date($date) else '')))"/>
  </xsl:function>
</xsl:stylesheet>
