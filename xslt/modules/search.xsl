<?xml version="1.0" encoding="UTF-8"?>
<!--
  search-data.js: the paragraphs and notes as plain reading text, with the source's own
  readings beside them, for edition.js to index with MiniSearch in the browser. A script that
  sets a global, because a page opened from a file may not fetch JSON.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:search-data">
    <xsl:variable name="records" as="array(*)" select="array {
      $plain-units ! map {
        'id': ?id, 'label': ?label, 'text': ?text,
        'source': normalize-space(string-join(?node//(tei:sic | tei:orig | tei:abbr), ' '))
      }
    }"/>
    <xsl:result-document href="search-data.js" format="script">
      <xsl:text>window.teiEditionSearch = </xsl:text>
      <xsl:value-of select="serialize($records, map { 'method': 'json' })"/>
      <xsl:text>;&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
