<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sources: what the commentary and the registers rest on. A note or a register fact names its
  sources in @source; the reading page and the registers show them as a short "Sources: …" line,
  and sources.html lists every source (the text itself from sourceDesc, then the editors' list,
  <listBibl type="sources">), each with the notes and entries that cite it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="sources-page" as="xs:string" select="'sources.html'"/>

  <!-- The sources: the header's description of the text, and the editors' lists of sources. -->
  <xsl:variable name="sources" as="element()*"
    select="$header/tei:fileDesc/tei:sourceDesc/(tei:bibl | tei:biblStruct)[@xml:id]
            | $tei//tei:listBibl[@type = 'sources']/(tei:bibl | tei:biblStruct)[@xml:id]"/>

  <!-- Elements of the text and the registers that cite a source, by the source's id. -->
  <xsl:key name="cited-by" match="tei:note[@source][ancestor::tei:text] | *[@source][ancestor::tei:standOff]" use="ed:local-ids(@source)"/>

  <!-- How a source is named in a "Sources:" line: its @n, else its title or text, shortened. -->
  <xsl:function name="ed:source-label" as="xs:string">
    <xsl:param name="source" as="element()"/>
    <xsl:sequence select="
      if ($source/parent::tei:sourceDesc) then ed:t('sources.text-itself')
      else if ($source/@n) then normalize-space($source/@n)
      else ed:shorten(normalize-space(($source/tei:title, $source)[1]), 40)"/>
  </xsl:function>

  <!-- "Sources: Markin, chronology; note 3": the sources an element names (ids from its @source),
       each linked, from the page $here of the document's folder (links into the reading page stay
       fragments there). Pointers are resolved in the document of $context. -->
  <xsl:function name="ed:sources-line" as="element()?">
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:param name="context" as="element()"/>
    <xsl:param name="here" as="xs:string"/>
    <xsl:variable name="targets" as="element()*" select="$ids ! key('id', ., root($context))[1]"/>
    <xsl:if test="exists($targets)">
      <xsl:variable name="links" as="node()*">
        <xsl:for-each select="$targets">
          <xsl:if test="position() > 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="exists(. intersect $sources)">
              <a href="{$sources-page}#{@xml:id}"><xsl:value-of select="ed:source-label(.)"/></a>
            </xsl:when>
            <xsl:when test="self::tei:note and ancestor::tei:text">
              <a href="{if ($here = 'index.html') then '' else 'index.html'}#{ed:note-id(.)}"><xsl:value-of select="ed:locus-label(.)"/></a>
            </xsl:when>
            <xsl:when test="exists($entry-by-id(string(@xml:id)))">
              <a href="{ed:entry-href(.)}" lang="{ed:entry-name-lang(.)}"><xsl:value-of select="ed:entry-name(.)"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:variable>
      <span class="sources" lang="{$ui-lang}"><xsl:sequence select="ed:t(if (count($targets) = 1) then 'sources.source' else 'sources.sources', ed:slot($links))"/></span>
    </xsl:if>
  </xsl:function>

  <!-- A register entry's sources: those of the entry and of each of its facts, once each, in order. -->
  <xsl:function name="ed:entry-source-ids" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values(($entry, $entry/*)/@source ! ed:local-ids(.))"/>
  </xsl:function>

  <xsl:template name="ed:sources-page">
    <xsl:if test="exists($sources)">
      <xsl:result-document href="{$sources-page}" format="page">
        <xsl:call-template name="ed:page">
          <xsl:with-param name="page" select="$sources-page"/>
          <xsl:with-param name="page-title" select="ed:t('sources.heading') || ' · ' || ed:shorten($title, 50)"/>
          <xsl:with-param name="content" as="node()*">
            <h1><xsl:value-of select="ed:t('sources.heading')"/></h1>
            <xsl:variable name="cited" as="element()"><a href="index.html"><cite lang="{$text-lang}"><xsl:value-of select="$title"/></cite></a></xsl:variable>
            <p class="lead"><xsl:sequence select="ed:t('sources.lead', ($cited, string(count($sources))))"/></p>
            <ol class="register sources-list">
              <xsl:for-each select="$sources">
                <xsl:variable name="source" as="element()" select="."/>
                <li id="{@xml:id}" class="entry">
                  <h2><xsl:value-of select="if (parent::tei:sourceDesc) then ed:ts('sources.the-text', normalize-space((tei:title)[1])) else ed:source-label(.)"/></h2>
                  <p class="desc">
                    <xsl:sequence select="ed:lang(.)"/>
                    <!-- the description of the text: its bibliographic parts, not the notes about it -->
                    <!-- runs of whitespace (the TEI's indentation) become one space -->
                    <xsl:for-each select="node() except (tei:note, tei:respStmt, tei:relatedItem)">
                      <xsl:choose>
                        <xsl:when test="self::text()"><xsl:value-of select="replace(., '\s+', ' ')"/></xsl:when>
                        <xsl:otherwise><xsl:apply-templates select="." mode="text"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:for-each>
                  </p>
                  <xsl:call-template name="ed:cited-by">
                    <xsl:with-param name="citing" select="key('cited-by', string(@xml:id))"/>
                  </xsl:call-template>
                </li>
              </xsl:for-each>
            </ol>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- "Cited in editorial notes a, f; register entries: Lenin, Moskou." -->
  <xsl:template name="ed:cited-by">
    <xsl:param name="citing" as="element()*" required="yes"/>
    <xsl:variable name="notes" as="element(tei:note)*" select="$citing/self::tei:note[ancestor::tei:text]"/>
    <xsl:variable name="entries" as="element()*"
      select="$citing[not(self::tei:note[ancestor::tei:text])] ! (ancestor-or-self::*[@xml:id][exists($entry-by-id(string(@xml:id)))])[last()]"/>
    <xsl:if test="exists($notes) or exists($entries)">
      <xsl:variable name="note-links" as="node()*">
        <xsl:for-each select="$notes">
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <a href="index.html#{ed:note-id(.)}"><xsl:value-of select="ed:locus-label(.)"/></a>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="entry-links" as="node()*">
        <xsl:for-each select="$entries/.">
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <a href="{ed:entry-href(.)}" lang="{ed:entry-name-lang(.)}"><xsl:value-of select="ed:entry-name(.)"/></a>
        </xsl:for-each>
      </xsl:variable>
      <p class="occurrences">
        <xsl:if test="exists($notes)">
          <xsl:sequence select="ed:t('sources.cited-in', ed:slot($note-links))"/>
          <xsl:if test="exists($entries)"><xsl:text>; </xsl:text></xsl:if>
        </xsl:if>
        <xsl:if test="exists($entries)">
          <xsl:sequence select="ed:t('sources.entries', ed:slot($entry-links))"/>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
