<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text structure (mode text): divisions, headings, numbered paragraphs with permalinks, page
  beginnings in the margin, source line beginnings (shown in the diplomatic text), highlighting.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- The text as HTML, made once per transform: the reading page, the e-book's text (epub.xsl)
       and the document for print (print.xsl) all show it, front, body (or group) and back; the
       reading page puts its contents between the front and the rest. -->
  <xsl:variable name="front-html" as="node()*">
    <xsl:apply-templates select="$tei/tei:text/tei:front" mode="text"/>
  </xsl:variable>
  <xsl:variable name="body-back-html" as="node()*">
    <xsl:apply-templates select="$tei/tei:text/(tei:body, tei:group, tei:back)" mode="text"/>
  </xsl:variable>

  <xsl:template match="tei:front | tei:body" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>

  <xsl:template match="tei:div" mode="text">
    <section class="{string-join(('div', ed:class-tokens(@type)), ' ')}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@type = 'headnote'">
        <xsl:attribute name="aria-label" select="ed:t('text.headnote')"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head" mode="text">
    <xsl:element name="h{min((count(ancestor::tei:div) + 1, 6))}">
      <xsl:sequence select="ed:id(.)"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p" mode="text">
    <p>
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@n and @xml:id">
        <!-- The space after the number is inside the link: the text may begin with a line break. -->
        <a class="pn" href="#{@xml:id}"><span class="vh"><xsl:value-of select="substring-before(ed:t('text.paragraph'), '{0}')"/></span><xsl:value-of select="@n"/><span class="vh"><xsl:value-of select="substring-after(ed:t('text.paragraph'), '{0}')"/><xsl:text> </xsl:text></span></a>
      </xsl:if>
      <xsl:if test="ed:opens-with-narration(.)">
        <xsl:sequence select="ed:narrator-label()"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </p>
  </xsl:template>

  <!-- A source line beginning: a break in the diplomatic text, every fifth number in the margin.
       The first line of a paragraph needs no break. -->
  <xsl:template match="tei:lb" mode="text">
    <xsl:variable name="block" as="element()?" select="ancestor::*[self::tei:p or self::tei:head or self::tei:note][1]"/>
    <xsl:variable name="before" as="text()?" select="preceding::text()[normalize-space()][1]"/>
    <xsl:if test="exists($before/ancestor::*[. is $block])">
      <br class="lb"/>
    </xsl:if>
    <xsl:if test="@n castable as xs:integer and xs:integer(@n) mod 5 = 0">
      <span class="ln" aria-hidden="true"><xsl:value-of select="@n"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A page beginning in the margin; cert="low" marks a page inferred by the editors. -->
  <xsl:template match="tei:pb" mode="text">
    <span class="pb" id="{(@xml:id, 'page-' || @n)[1]}">
      <xsl:if test="@cert = 'low'">
        <xsl:attribute name="title" select="ed:t('text.pb-inferred')"/>
      </xsl:if>
      <span lang="{$ui-lang}"><xsl:value-of select="ed:nbsp(ed:ts('text.pb', string(@n) || (if (@cert = 'low' and not(contains(@n, '['))) then '?' else '')))"/></span>
    </span>
  </xsl:template>

  <!-- Renditions that CSS shows beyond the element chosen (italic, bold, sup, sub). -->
  <xsl:variable name="hi-rends" as="xs:string*" select="'underline', 'smallcaps', 'small-caps', 'caps', 'uppercase',
    'spaced', 'letterspace', 'strikethrough', 'overline', 'red', 'large', 'small'"/>

  <xsl:template match="tei:hi" mode="text">
    <xsl:variable name="rend" as="xs:string" select="string(@rend)"/>
    <xsl:element name="{if (contains($rend, 'italic')) then 'i'
                        else if (contains($rend, 'bold')) then 'b'
                        else if (contains($rend, 'sup')) then 'sup'
                        else if (contains($rend, 'sub')) then 'sub' else 'span'}">
      <xsl:attribute name="class" select="string-join(('hi', ed:class-tokens(@rend)[. = $hi-rends]), ' ')"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:q[not(ancestor::tei:text)]" mode="text">
    <q><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></q>
  </xsl:template>

  <xsl:template match="tei:emph" mode="text">
    <em><xsl:apply-templates mode="text"/></em>
  </xsl:template>

  <!-- A quotation from a work in the register: <q cite> points to its entry (the quotation marks
       are the source's characters, so the browser adds none). -->
  <xsl:template match="tei:quote[@source]" mode="text">
    <xsl:variable name="work" as="element()?" select="(ed:local-ids(@source) ! $entry-by-id(.))[1]"/>
    <q class="quote">
      <xsl:if test="exists($work)">
        <xsl:attribute name="cite" select="ed:entry-href($work)"/>
      </xsl:if>
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </q>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:seg | tei:q | tei:quote | tei:unclear | tei:num | tei:measure" mode="text">
    <span class="{local-name()}">
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <!-- A note's printed label ([2]) belongs to the source's layout: the diplomatic text shows it. -->
  <xsl:template match="tei:label" mode="text">
    <span class="dipl label"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="text">
    <!-- What the TEI says of the gap (why, how much) is its title. -->
    <xsl:variable name="extent" as="xs:string" select="string-join((@quantity, @extent, @unit), ' ')"/>
    <span class="gap" title="{string-join((ed:t('text.gap'), @reason, $extent[.]), ': ')}">[…]</span>
  </xsl:template>

  <xsl:template match="tei:list" mode="text">
    <ul><xsl:apply-templates select="tei:item" mode="text"/></ul>
  </xsl:template>

  <xsl:template match="tei:item" mode="text">
    <li><xsl:apply-templates mode="text"/></li>
  </xsl:template>
</xsl:stylesheet>
