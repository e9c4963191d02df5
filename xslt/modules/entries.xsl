<?xml version="1.0" encoding="UTF-8"?>
<!--
  What is said about a register entry, on its card and in its register: dates, description,
  other names, authority links. One place, so that card and register agree.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Authority files: idno/@type → address of the record and the authority's name. -->
  <xsl:variable name="authorities" as="map(xs:string, xs:string*)" select="map {
    'wikidata': ('https://www.wikidata.org/wiki/', 'Wikidata'),
    'viaf': ('https://viaf.org/viaf/', 'VIAF'),
    'gnd': ('https://d-nb.info/gnd/', 'GND'),
    'geonames': ('https://www.geonames.org/', 'GeoNames'),
    'isni': ('https://isni.org/isni/', 'ISNI'),
    'lccn': ('https://id.loc.gov/authorities/names/', 'Library of Congress'),
    'orcid': ('https://orcid.org/', 'ORCID'),
    'tgn': ('http://vocab.getty.edu/page/tgn/', 'Getty TGN')
  }"/>

  <!-- Life dates or the date of a work: 22 April 1870 – 21 January 1924. -->
  <xsl:function name="ed:entry-dates" as="node()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="birth" as="xs:string?" select="($entry/tei:birth/(@when, @notBefore))[1] ! string(.)"/>
    <xsl:variable name="death" as="xs:string?" select="($entry/tei:death/(@when, @notBefore))[1] ! string(.)"/>
    <xsl:variable name="date" as="xs:string?" select="($entry/(@when, @from, @notBefore), $entry/(tei:date, tei:monogr/tei:imprint/tei:date)/(@when, @from, @notBefore))[1] ! string(.)"/>
    <xsl:choose>
      <xsl:when test="exists($birth) or exists($death)">
        <xsl:sequence select="ed:time($birth)"/>
        <xsl:text> – </xsl:text>
        <xsl:sequence select="ed:time($death)"/>
      </xsl:when>
      <xsl:when test="exists($date)">
        <xsl:sequence select="ed:time($date)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="ed:time" as="node()*">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty($iso)"><xsl:text>?</xsl:text></xsl:when>
      <xsl:otherwise>
        <time datetime="{$iso}"><xsl:value-of select="ed:human-date($iso)"/></time>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The description: note, desc, or for a work its author. -->
  <xsl:function name="ed:entry-description" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="author" as="xs:string?" select="($entry/tei:author)[1] ! ed:ts('register.by', normalize-space(.))"/>
    <xsl:variable name="desc" as="xs:string?" select="($entry/(tei:note, tei:desc, tei:occupation))[1] ! normalize-space(.)"/>
    <xsl:sequence select="string-join(($author, $desc)[.], '. ')[.]"/>
  </xsl:function>

  <!-- Links to the entry's records in authority files, and a map for a place with coordinates. -->
  <xsl:function name="ed:authority-links" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[normalize-space()]">
      <xsl:variable name="value" as="xs:string" select="normalize-space(.)"/>
      <xsl:variable name="authority" as="xs:string*" select="$authorities(lower-case(string(@type)))"/>
      <xsl:variable name="href" as="xs:string?" select="if (starts-with($value, 'http') and not(contains($value, ' '))) then ed:safe-href($value) else ()"/>
      <xsl:choose>
        <xsl:when test="exists($href)">
          <a href="{$href}" rel="external"><xsl:value-of select="($authority[2], @type, ed:t('register.record'))[1]"/></a>
        </xsl:when>
        <xsl:when test="exists($authority)">
          <a href="{$authority[1] || encode-for-uri($value)}" rel="external"><xsl:value-of select="$authority[2]"/></a>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
    <xsl:for-each select="($entry/tei:location/tei:geo)[1][matches(normalize-space(.), '^-?[0-9.]+[ ,]+-?[0-9.]+$')]">
      <xsl:variable name="lat-long" as="xs:string*" select="tokenize(normalize-space(translate(., ',', ' ')))"/>
      <a href="https://www.openstreetmap.org/?mlat={$lat-long[1]}&amp;mlon={$lat-long[2]}#map=11/{$lat-long[1]}/{$lat-long[2]}" rel="external"><xsl:value-of select="ed:t('register.map')"/></a>
    </xsl:for-each>
  </xsl:function>

  <!-- Other names than the one the entry is listed under, each in its language. -->
  <xsl:function name="ed:variant-names" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each-group select="tail(ed:entry-names($entry))[normalize-space(.) != ed:entry-name($entry)]" group-by="normalize-space(.)">
      <xsl:if test="position() > 1"><span>; </span></xsl:if>
      <span lang="{ed:lang-of(.)}"><xsl:value-of select="current-grouping-key()"/></span>
    </xsl:for-each-group>
  </xsl:function>
</xsl:stylesheet>
