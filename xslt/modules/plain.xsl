<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading text as plain text, for the search data, word counts and the landing page:
  corrections and regularisations, without the source's slips, note markers, labels or notes.

  Computed once per paragraph and note ($plain-units), along the text axis rather than by
  templates: saxon-js dispatches a template per node, which over the whole text costs several
  times more, and the counts need the same text again.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="punctuation" as="xs:string" select="'.,;:!?()[]{}&quot;''‘’“”„«»‹›—–-…/*'"/>

  <!-- Each numbered or identified paragraph of the text and each note: node, id, label, text. -->
  <xsl:variable name="plain-units" as="map(*)*" select="
    ($tei/tei:text/(tei:front, tei:body)//tei:p[@xml:id][not(ancestor::tei:note)] | $tei/tei:text//tei:note)
    ! map {
      'node': .,
      'id': (self::tei:note ! ed:note-id(.), string(@xml:id))[1],
      'label': ed:locus-label(.),
      'text': ed:plain(.)
    }"/>

  <!-- The plain reading text below an element, spaces normalised. -->
  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($root//text()[empty(ancestor::*[
        self::tei:sic or self::tei:orig or self::tei:abbr or self::tei:del or self::tei:label
        or self::tei:ref[@type = 'noteref'] or self::tei:note[not(. is $root)]])]))"/>
  </xsl:function>

  <!-- Words: tokens that are not only punctuation. (No \w: saxon-js rebuilds such a regex per call.) -->
  <xsl:function name="ed:word-count" as="xs:integer">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="count(tokenize($text)[translate(., $punctuation, '') != ''])"/>
  </xsl:function>

  <!-- The words of the text's paragraphs below some elements (notes not counted). -->
  <xsl:function name="ed:words-below" as="xs:integer">
    <xsl:param name="roots" as="element()*"/>
    <xsl:sequence select="sum($plain-units[not(?node/self::tei:note)][exists(?node/ancestor::* intersect $roots)] ! ed:word-count(?text))"/>
  </xsl:function>
</xsl:stylesheet>
