<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading text as plain text (mode plain), for the search data, word counts and timeline
  labels: corrections and regularisations, without the source's slips, notes or page numbers.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:sic | tei:orig | tei:abbr | tei:note | tei:pb | tei:ref[@type = 'noteref'] | tei:del" mode="plain"/>

  <xsl:template match="tei:lb" mode="plain">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:variable name="punctuation" as="xs:string" select="'.,;:!?()[]{}&quot;''‘’“”„«»‹›—–-…/*'"/>

  <!-- The plain reading text of some nodes, spaces normalised. -->
  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <xsl:function name="ed:word-count" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <!-- Tokens that are not only punctuation. No \w: saxon-js rebuilds such a regex per call. -->
    <xsl:sequence select="count(tokenize(ed:plain($nodes))[translate(., $punctuation, '') != ''])"/>
  </xsl:function>
</xsl:stylesheet>
