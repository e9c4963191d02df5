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

  <!-- Each numbered or identified paragraph of the text and each note: node, id, label, the part
       of the text it is in (front, body, back), text. -->
  <xsl:variable name="plain-units" as="map(*)*" select="
    ($tei/tei:text/(tei:front, tei:body)//tei:p[@xml:id][not(ancestor::tei:note)] | $tei/tei:text//tei:note)
    ! map {
      'node': .,
      'id': (self::tei:note ! ed:note-id(.), string(@xml:id))[1],
      'label': ed:locus-label(.),
      'part': local-name(ancestor::*[parent::tei:text][1]),
      'text': ed:plain(.)
    }"/>

  <!-- The plain reading text below an element, spaces normalised. -->
  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(ed:plain-parts($root)))"/>
  </xsl:function>

  <!-- A walk down the children that skips what the reading text leaves out: cheaper in saxon-js
       than testing the ancestors of every text node. -->
  <xsl:function name="ed:plain-parts" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/node() ! (
      if (. instance of text()) then string(.)
      else if (self::tei:sic or self::tei:orig or self::tei:abbr or self::tei:del or self::tei:label
               or self::tei:note or self::tei:ref[@type = 'noteref'] or self::comment() or self::processing-instruction()) then ()
      else ed:plain-parts(.))"/>
  </xsl:function>

  <!-- Words: what stands between spaces, once dashes and ellipses (which stand alone) are spaces.
       No regex and no test per token: saxon-js is slow at both. -->
  <xsl:function name="ed:word-count" as="xs:integer">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="count(tokenize(translate($text, '—–…', '   ')))"/>
  </xsl:function>

  <!-- The words of the paragraphs in some parts of the text ('front', 'body'), notes not counted.
       (No intersect or except: saxon-js is slow at both.) -->
  <xsl:function name="ed:words-in" as="xs:integer">
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:sequence select="sum($plain-units[not(?node/self::tei:note)][?part = $parts] ! ed:word-count(?text))"/>
  </xsl:function>
</xsl:stylesheet>
