<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI's own examples (mode text): an <egXML> of the Examples namespace is XML shown as code,
  escaped, without the namespace declarations that serialising it would repeat on every element,
  and indented as its source is, less the indentation every line shares. Inside a paragraph it is
  an inline code block, so that the paragraph stays whole.

  Elements in other namespaces (MathML, SVG) keep their text: mode text's text-only-copy does that.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="eg:egXML" mode="text">
    <xsl:variable name="code" as="xs:string" select="ed:dedent(serialize(ed:example-copy(node()), map { 'method': 'xml', 'omit-xml-declaration': true() }))"/>
    <xsl:choose>
      <xsl:when test="ancestor::tei:p or ancestor::tei:l or ancestor::tei:item or ancestor::tei:cell or ancestor::tei:head or ancestor::tei:note">
        <!-- several lines: shown as a block (CSS), in the paragraph's flow -->
        <code class="egxml {if (contains($code, '&#10;')) then 'block' else 'inline'}"><xsl:value-of select="$code"/></code>
      </xsl:when>
      <xsl:otherwise>
        <pre class="egxml"><code><xsl:value-of select="$code"/></code></pre>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The example's nodes with every element in no namespace: <p>, not <p xmlns="…Examples">.
       Elements of other namespaces inside the example (a TEI element, MathML) keep theirs. -->
  <xsl:function name="ed:example-copy" as="node()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each select="$nodes">
      <xsl:choose>
        <xsl:when test="self::eg:*">
          <xsl:element name="{local-name()}" namespace="">
            <xsl:for-each select="@*">
              <xsl:attribute name="{name()}" namespace="{namespace-uri()}" select="string(.)"/>
            </xsl:for-each>
            <xsl:sequence select="ed:example-copy(node())"/>
          </xsl:element>
        </xsl:when>
        <xsl:when test="self::*">
          <xsl:element name="{name()}" namespace="{namespace-uri()}">
            <xsl:for-each select="@*">
              <xsl:attribute name="{name()}" namespace="{namespace-uri()}" select="string(.)"/>
            </xsl:for-each>
            <xsl:sequence select="ed:example-copy(node())"/>
          </xsl:element>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- Leading and trailing blank lines dropped, and the indentation the lines share; a first line
       that follows the start tag of egXML directly has none of its own, so it does not count. -->
  <xsl:function name="ed:dedent" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*" select="tokenize(replace($code, '^\s*\n|\s+$', ''), '\n')"/>
    <xsl:variable name="bare" as="xs:boolean" select="not(matches($code, '^\s'))"/>
    <xsl:variable name="rest" as="xs:string*" select="if ($bare) then $lines[position() gt 1] else $lines"/>
    <xsl:variable name="indents" as="xs:integer*" select="$rest[normalize-space()] ! (string-length(.) - string-length(replace(., '^[ \t]+', '')))"/>
    <xsl:variable name="cut" as="xs:integer" select="(min($indents), 0)[1]"/>
    <xsl:sequence select="string-join((if ($bare) then $lines[1] else (), $rest ! substring(., $cut + 1)), '&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
