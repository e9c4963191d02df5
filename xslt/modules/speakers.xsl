<?xml version="1.0" encoding="UTF-8"?>
<!--
  How much each speaker says, drawn at build time as an SVG bar chart (words of the reading
  text in their utterances), with the narration outside speech as a bar of its own. The same
  figures follow as a table.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:speakers-chart">
    <!-- Each utterance counted once: speaker and words. -->
    <xsl:variable name="said" as="map(*)*" select="$tei/tei:text//tei:said[not(ancestor::tei:said)][not(ancestor::tei:note)]
      ! map { 'who': (ed:local-ids(@who)[1], '')[1], 'words': ed:word-count(ed:plain(.)) }"/>
    <xsl:variable name="all-words" as="xs:integer" select="ed:words-in(('front', 'body'))"/>
    <xsl:variable name="rows" as="map(*)*">
      <xsl:for-each-group select="$said" group-by="?who">
        <xsl:sort select="sum(current-group() ! ?words)" order="descending"/>
        <xsl:variable name="label" as="xs:string" select="ed:speaker-label(current-grouping-key(), root($tei))"/>
        <xsl:variable name="entry" as="element()?" select="key('id', current-grouping-key(), root($tei))[1]"/>
        <xsl:sequence select="map {
          'label': if ($label = ed:t('text.narrator') and exists($entry)) then ed:ts('speakers.narrator-of', tokenize(ed:entry-name($entry))[last()]) else $label,
          'words': sum(current-group() ! ?words),
          'utterances': count(current-group()),
          'entry': $entry }"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="narration" as="xs:integer" select="$all-words - sum($rows ! ?words)"/>
    <xsl:variable name="bars" as="map(*)*" select="$rows, map { 'label': ed:t('speakers.narration'), 'words': $narration, 'utterances': () }"/>
    <xsl:variable name="max" as="xs:integer" select="max(($bars ! ?words, 1))"/>
    <xsl:variable name="row" as="xs:double" select="30"/>
    <xsl:variable name="height" as="xs:double" select="count($bars) * $row + 6"/>
    <figure class="chart speakers">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 {$height}" width="760" height="{$height}" role="img" aria-labelledby="speakers-cap">
        <xsl:for-each select="$bars">
          <xsl:variable name="y" as="xs:double" select="(position() - 1) * $row + 4"/>
          <xsl:variable name="w" as="xs:double" select="round(?words div $max * 400, 1)"/>
          <g class="bar{if (empty(?utterances)) then ' narration' else ''}">
            <text class="label" x="0" y="{$y + 17}"><xsl:value-of select="?label"/></text>
            <rect x="200" y="{$y}" width="{max(($w, 1))}" height="22"/>
            <text class="n" x="{200 + $w + 8}" y="{$y + 17}">
              <xsl:value-of select="ed:ts('speakers.bar', (ed:num(?words), round(?words div max(($all-words, 1)) * 100)))"/>
            </text>
          </g>
        </xsl:for-each>
      </svg>
      <figcaption id="speakers-cap"><xsl:sequence select="ed:t('speakers.caption', ed:num($all-words))"/></figcaption>
    </figure>
    <table class="data">
      <caption><xsl:value-of select="ed:t('speakers.table')"/></caption>
      <thead><tr><th scope="col"><xsl:value-of select="ed:t('speakers.speaker')"/></th><th scope="col"><xsl:value-of select="ed:t('speakers.words')"/></th><th scope="col"><xsl:value-of select="ed:t('speakers.utterances')"/></th><th scope="col"><xsl:value-of select="ed:t('speakers.share')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="$bars">
          <tr>
            <th scope="row">
              <xsl:choose>
                <xsl:when test="exists(?entry)"><a href="{ed:entry-href(?entry)}"><xsl:value-of select="?label"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="?label"/></xsl:otherwise>
              </xsl:choose>
            </th>
            <td><xsl:value-of select="ed:num(?words)"/></td>
            <td><xsl:value-of select="(?utterances, '–')[1]"/></td>
            <td><xsl:value-of select="round(?words div max(($all-words, 1)) * 100) || ' %'"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
