<?xml version="1.0" encoding="UTF-8"?>
<!--
  The URL policy for every href the edition writes from the TEI (the same as src/model/urls.ts:
  keep them equal). A pointer is read as a browser reads it: spaces and controls stripped at
  either end, tabs and newlines removed inside (XML 1.0 text holds no other controls), a TEI
  private prefix expanded by the header's prefixDef. It becomes a link only when it has no
  scheme (a relative path or #id, but not //host, which takes the page's scheme) or the scheme
  http, https or mailto. Anything else (javascript:, data:, urn:cts:, doi:…) stays text, even
  when validation was bypassed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="prefix-defs" as="element(tei:prefixDef)*"
    select="$header//tei:listPrefixDef/tei:prefixDef[@ident][@matchPattern][@replacementPattern]"/>

  <!-- The pointer as a browser reads it, with a private prefix expanded. -->
  <xsl:function name="ed:resolve-url" as="xs:string">
    <xsl:param name="raw" as="xs:string?"/>
    <xsl:variable name="url" as="xs:string" select="ed:browser-url(string($raw))"/>
    <xsl:variable name="scheme" as="xs:string?" select="ed:scheme-as-written($url)"/>
    <xsl:variable name="def" as="element(tei:prefixDef)?" select="$prefix-defs[@ident = $scheme][1]"/>
    <xsl:choose>
      <xsl:when test="exists($def)">
        <xsl:variable name="rest" as="xs:string" select="substring($url, string-length($scheme) + 2)"/>
        <!-- The whole rest must match. The '#' keeps the pattern from matching an empty string,
             which replace() refuses (FORX0003). A pattern that is no regular expression expands nothing. -->
        <xsl:variable name="pattern" as="xs:string" select="'^#(?:' || $def/@matchPattern || ')$'"/>
        <xsl:try select="if (matches('#' || $rest, $pattern)) then ed:browser-url(replace('#' || $rest, $pattern, $def/@replacementPattern)) else $url">
          <xsl:catch select="$url"/>
        </xsl:try>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$url"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The address to write in href, or nothing when the pointer must stay text (or is absent). -->
  <xsl:function name="ed:safe-href" as="xs:string?">
    <xsl:param name="raw" as="xs:string?"/>
    <xsl:variable name="url" as="xs:string" select="ed:resolve-url($raw)"/>
    <xsl:variable name="scheme" as="xs:string?" select="ed:scheme-as-written($url) ! lower-case(.)"/>
    <xsl:sequence select="
      if (empty($raw)) then ()
      else if (empty($scheme)) then (if (matches($url, '^[/\\]{2}')) then () else $url)
      else if ($scheme = ('http', 'https', 'mailto')) then $url
      else ()"/>
  </xsl:function>

  <xsl:function name="ed:browser-url" as="xs:string">
    <xsl:param name="raw" as="xs:string"/>
    <xsl:sequence select="translate(replace($raw, '^[ \t\n\r]+|[ \t\n\r]+$', ''), '&#9;&#10;&#13;', '')"/>
  </xsl:function>

  <xsl:function name="ed:scheme-as-written" as="xs:string?">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="if (matches($url, '^[A-Za-z][A-Za-z0-9+.\-]*:')) then substring-before($url, ':') else ()"/>
  </xsl:function>

  <!-- An attribute value as class names: only plain tokens, so that no value reads as CSS. -->
  <xsl:function name="ed:class-tokens" as="xs:string*">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="tokenize(string($value))[matches(., '^[A-Za-z][A-Za-z0-9_\-]*$')]"/>
  </xsl:function>
</xsl:stylesheet>
