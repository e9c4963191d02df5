<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names (mode text): a mention of a person, place, organisation, work or event links to its
  register entry (persons.html#lenin); edition.js shows the entry's card on hover, focus or tap,
  found by the link's fragment. A link never holds a link.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:title | tei:bibl" mode="text">
    <!-- Where the register pages are, seen from the page being written (the landing page is one up). -->
    <xsl:param name="base" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="entry" as="element()?" select="if (@ref) then ed:entry(.) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($entry) and not(ancestor::*[@ref or self::tei:ref or self::tei:ptr][ed:is-link(.)])">
        <a class="name" href="{$base}{ed:entry-href($entry)}">
          <xsl:sequence select="ed:lang(.)"/>
          <xsl:apply-templates mode="text"/>
        </a>
      </xsl:when>
      <xsl:when test="self::tei:title">
        <cite><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></cite>
      </xsl:when>
      <xsl:otherwise>
        <span class="name"><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Does this TEI element become a link in the HTML? -->
  <xsl:function name="ed:is-link" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::tei:ref or self::tei:ptr])
      or (exists($element/@ref) and exists($element[self::tei:persName or self::tei:placeName or self::tei:orgName
                                or self::tei:name or self::tei:rs or self::tei:title or self::tei:bibl]) and exists(ed:entry($element)))"/>
  </xsl:function>
</xsl:stylesheet>
