<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register pages (mode register): persons.html, places.html, organisations.html, works.html.
  Every entry is anchored by its xml:id and lists every occurrence, linked to its paragraph.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Each register's entries as HTML, in order, by the register's entry name (person, place…):
       made once per transform for the register pages, the e-book (epub-back.xsl) and print. -->
  <xsl:variable name="register-html" as="map(xs:string, element()*)"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map" select="map:merge(
      $used-registers ! (let $entry := ?entry return map {
        $entry: ed:register-entries(sort($entries[local-name() = $entry], (), ed:sort-key#1)) }))"/>

  <xsl:function name="ed:register-entries" as="element()*">
    <xsl:param name="listed" as="element()*"/>
    <xsl:apply-templates select="$listed" mode="register"/>
  </xsl:function>

  <xsl:template name="ed:register-pages">
    <xsl:for-each select="$used-registers">
      <xsl:variable name="register" as="map(xs:string, xs:string)" select="."/>
      <xsl:variable name="listed" as="element()*"
        select="$entries[local-name() = $register?entry]"/>
      <xsl:result-document href="{$register?page}" format="page">
        <xsl:call-template name="ed:page">
          <xsl:with-param name="page" select="$register?page"/>
          <xsl:with-param name="page-title" select="$register?title || ' · ' || ed:shorten($title, max((20, min((50, 66 - string-length($register?title))))))"/>
          <xsl:with-param name="content" as="node()*">
            <h1><xsl:value-of select="$register?title"/></h1>
            <xsl:variable name="cited" as="element()"><a href="index.html"><cite lang="{$text-lang}"><xsl:value-of select="$title"/></cite></a></xsl:variable>
            <p class="lead"><xsl:sequence select="ed:t('register.lead', (string(count($listed)), $cited))"/></p>
            <ol class="register">
              <xsl:sequence select="$register-html($register?entry)"/>
            </ol>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- Persons by surname (the last word of the name), everything else by name. -->
  <xsl:function name="ed:sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" as="xs:string" select="lower-case(ed:entry-name($entry))"/>
    <xsl:sequence select="if ($entry/self::tei:person) then tokenize($name)[last()] || ' ' || $name else $name"/>
  </xsl:function>

  <xsl:template match="tei:person | tei:place | tei:org | tei:bibl | tei:event" mode="register">
    <xsl:variable name="dates" as="node()*" select="ed:entry-dates(.)"/>
    <xsl:variable name="description" as="xs:string?" select="ed:entry-description(.)"/>
    <xsl:variable name="variants" as="element()*" select="ed:variant-names(.)"/>
    <xsl:variable name="links" as="element()*" select="ed:authority-links(.)"/>
    <xsl:variable name="register-page" as="xs:string" select="string(ed:register-of(.)?page)"/>
    <li id="{@xml:id}" class="entry">
      <h2 lang="{ed:entry-name-lang(.)}"><xsl:value-of select="ed:entry-name(.)"/></h2>
      <xsl:if test="exists($dates)">
        <p class="dates"><xsl:sequence select="$dates"/></p>
      </xsl:if>
      <!-- Birth and death as the register words them (calendars, places, disagreeing sources). -->
      <xsl:variable name="life" as="element()*" select="(tei:birth, tei:death)[normalize-space()]"/>
      <xsl:if test="exists($life)">
        <p class="life">
          <xsl:for-each select="$life">
            <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
            <!-- the interface's word (Born, Geboren), then the register's in their language -->
            <xsl:variable name="words" as="element()"><span lang="{ed:lang-of(.)}"><xsl:apply-templates mode="text"/></span></xsl:variable>
            <xsl:sequence select="ed:t(if (self::tei:birth) then 'register.born' else 'register.died', $words)"/>
            <xsl:if test="not(ends-with(normalize-space(.), '.'))"><xsl:text>.</xsl:text></xsl:if>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="exists($variants)">
        <p class="variants"><xsl:sequence select="ed:t('register.also', ed:slot($variants))"/></p>
      </xsl:if>
      <xsl:if test="exists($description)">
        <xsl:variable name="desc" as="element()?" select="(tei:note, tei:desc, tei:occupation)[1]"/>
        <p class="desc" lang="{ed:lang-of(($desc, .)[1])}">
          <xsl:for-each select="(tei:author)[1]">
            <span lang="{$ui-lang}"><xsl:value-of select="ed:ts('register.by', normalize-space(.)) || (if ($desc) then '. ' else '')"/></span>
          </xsl:for-each>
          <xsl:apply-templates select="$desc/node()" mode="text"/>
        </p>
      </xsl:if>
      <xsl:if test="exists($links)">
        <xsl:variable name="records" as="node()*">
          <xsl:for-each select="$links">
            <xsl:if test="position() > 1"><xsl:text> · </xsl:text></xsl:if>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </xsl:variable>
        <p class="authorities"><xsl:sequence select="ed:t('register.authorities', ed:slot($records))"/></p>
      </xsl:if>
      <xsl:variable name="sources-line" as="element()?" select="ed:sources-line(ed:entry-source-ids(.), ., $register-page)"/>
      <xsl:if test="exists($sources-line)">
        <p class="entry-sources"><xsl:sequence select="$sources-line"/></p>
      </xsl:if>
      <xsl:call-template name="ed:occurrences">
        <xsl:with-param name="nodes" select="key('mention', @xml:id)"/>
        <xsl:with-param name="label" select="ed:t('register.mentioned')"/>
      </xsl:call-template>
      <xsl:call-template name="ed:occurrences">
        <xsl:with-param name="nodes" select="key('quotation', @xml:id)"/>
        <xsl:with-param name="label" select="ed:t('register.quoted')"/>
      </xsl:call-template>
      <xsl:call-template name="ed:occurrences">
        <xsl:with-param name="nodes" select="key('speech', @xml:id)"/>
        <xsl:with-param name="label" select="ed:t('register.speaks')"/>
      </xsl:call-template>
    </li>
  </xsl:template>

  <!-- "Mentioned 3 times: ¶ 1, ¶ 4 (2×), note 1", each linked to its place in the text. -->
  <xsl:template name="ed:occurrences">
    <xsl:param name="nodes" as="element()*" required="yes"/>
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:if test="exists($nodes)">
      <p class="occurrences">
        <xsl:value-of select="if (count($nodes) = 1) then ed:ts('register.once', $label) else ed:ts('register.times', ($label, count($nodes)))"/>
        <xsl:for-each-group select="$nodes" group-by="generate-id(ed:locus(.))">
          <xsl:variable name="locus" as="element()?" select="ed:locus(.)"/>
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="exists($locus)">
              <a href="index.html#{if ($locus/self::tei:note) then ed:note-id($locus) else $locus/@xml:id}">
                <xsl:value-of select="ed:locus-label($locus)"/>
              </a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="ed:t('locus.text')"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="count(current-group()) > 1">
            <xsl:value-of select="ed:ts('register.repeat', count(current-group()))"/>
          </xsl:if>
        </xsl:for-each-group>
      </p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
