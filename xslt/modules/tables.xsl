<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lists, tables and figures (mode text).

  A list whose items have labels, or a gloss list, is a description list (label: term, item:
  description); an ordered list (@type or @rend "ordered", "numbered", "decimal") is <ol>; the rest
  <ul>. These templates take precedence over text.xsl's plain list, which dropped labels and heads.
  A table's cells with role="label" are header cells; @cols and @rows span columns and rows. A
  figure's graphic is an image whose address passes the URL policy (urls.xsl), its figDesc the
  image's text alternative, its head the caption.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:list" mode="text" priority="1">
    <xsl:variable name="kind" as="xs:string" select="string-join((@type, @rend), ' ')"/>
    <xsl:apply-templates select="tei:head" mode="text"/>
    <xsl:choose>
      <xsl:when test="exists(tei:label) or @type = 'gloss'">
        <dl class="list"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates select="* except tei:head" mode="text"/></dl>
      </xsl:when>
      <xsl:when test="matches($kind, 'ordered|numbered|decimal|arabic|roman|alpha')">
        <ol class="list"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates select="* except tei:head" mode="text"/></ol>
      </xsl:when>
      <xsl:otherwise>
        <ul class="{string-join(('list', ed:class-tokens(@rend)[. = ('simple', 'inline')]), ' ')}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates select="* except tei:head" mode="text"/></ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:table/tei:head[preceding-sibling::tei:row]" mode="text">
    <p class="list-head"><xsl:sequence select="ed:id(.)"/><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:list/tei:item" mode="text" priority="1">
    <xsl:variable name="in-dl" as="xs:boolean" select="exists(../tei:label) or ../@type = 'gloss'"/>
    <xsl:element name="{if ($in-dl) then 'dd' else 'li'}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- A list with a label is a description list (see tei:list): the label is its term. -->
  <xsl:template match="tei:list/tei:label" mode="text" priority="1">
    <dt><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></dt>
  </xsl:template>

  <xsl:template match="tei:table" mode="text">
    <div class="table">
      <table>
        <xsl:sequence select="ed:id(.), ed:lang(.)"/>
        <xsl:for-each select="tei:head[empty(preceding-sibling::tei:row)][1]">
          <caption><xsl:apply-templates mode="text"/></caption>
        </xsl:for-each>
        <xsl:for-each select="tei:head[empty(preceding-sibling::tei:row)][position() gt 1]">
          <caption><xsl:apply-templates mode="text"/></caption>
        </xsl:for-each>
        <tbody><xsl:apply-templates select="tei:row" mode="text"/></tbody>
      </table>
      <xsl:apply-templates select="* except (tei:row, tei:head[empty(preceding-sibling::tei:row)])" mode="text"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:row" mode="text">
    <tr><xsl:sequence select="ed:id(.)"/><xsl:apply-templates select="tei:cell" mode="text"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="text">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@role = 'label' or ../@role = 'label'">
        <xsl:attribute name="scope" select="if (../@role = 'label') then 'col' else 'row'"/>
      </xsl:if>
      <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1">
        <xsl:attribute name="colspan" select="@cols"/>
      </xsl:if>
      <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1">
        <xsl:attribute name="rowspan" select="@rows"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure" mode="text">
    <figure class="figure">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <!-- HTML puts a caption first or last: first, unless the source's heading ends the figure. -->
      <xsl:variable name="last" as="xs:boolean" select="exists(*[last()]/self::tei:head) and count(*) gt 1"/>
      <xsl:if test="not($last)">
        <xsl:for-each select="tei:head"><figcaption><xsl:apply-templates mode="text"/></figcaption></xsl:for-each>
      </xsl:if>
      <xsl:apply-templates select="* except tei:head" mode="text"/>
      <xsl:if test="$last">
        <xsl:for-each select="tei:head"><figcaption><xsl:apply-templates mode="text"/></figcaption></xsl:for-each>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- An image where the address is allowed; its description is its alternative text. -->
  <xsl:template match="tei:graphic" mode="text">
    <xsl:variable name="src" as="xs:string?" select="ed:safe-href(@url)"/>
    <xsl:if test="exists($src)">
      <img src="{$src}" alt="{normalize-space(string-join(../tei:figDesc))}" loading="lazy"/>
    </xsl:if>
  </xsl:template>

  <!-- The description shows as text only where no image carries it as its alternative. -->
  <xsl:template match="tei:figDesc" mode="text">
    <xsl:if test="empty(../tei:graphic[exists(ed:safe-href(@url))])">
      <p class="figdesc"><xsl:apply-templates mode="text"/></p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
