<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's own mode (epub): the HTML that the text, note and register modes write for the
  reading page, made into EPUB 3 XHTML. The reading text only (the source's readings, line breaks
  and speaker labels of the diplomatic view are left out: the appendix gives the readings), notes
  as EPUB footnotes (aside epub:type="footnote", markers epub:type="noteref"), page beginnings as
  page breaks, and links to the pages of the web edition turned into links to the EPUB's files,
  or into text where the EPUB has no such file.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="xhtml-ns" as="xs:string" select="'http://www.w3.org/1999/xhtml'"/>
  <xsl:variable name="ops-ns" as="xs:string" select="'http://www.idpf.org/2007/ops'"/>

  <!-- The pages of the web edition that the EPUB has, and its file for each. -->
  <xsl:variable name="epub-files" as="map(xs:string, xs:string)" select="map:merge((
    map { 'index.html': 'text.xhtml' },
    $used-registers ! map { ?page: replace(?page, '\.html$', '.xhtml') },
    (if (exists($sources)) then map { $sources-page: 'sources.xhtml' } else ())
  ))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <!-- An href of the HTML as an href of the EPUB: fragments and web addresses stay, a page of the
       web edition becomes its file in the EPUB; anything else (a page the EPUB lacks) is nothing. -->
  <xsl:function name="ed:epub-href" as="xs:string?">
    <xsl:param name="href" as="xs:string"/>
    <xsl:variable name="page" as="xs:string" select="substring-before($href || '#', '#')"/>
    <xsl:variable name="fragment" as="xs:string" select="substring-after($href, '#')"/>
    <xsl:sequence select="
      if (starts-with($href, '#')) then $href
      else if (matches($href, '^(https?|mailto):', 'i')) then $href
      else if (matches($page, '^[a-z0-9-]+\.xhtml$')) then $href
      else if (exists($epub-files($page))) then $epub-files($page) || (if ($fragment) then '#' || $fragment else '')
      else ()"/>
  </xsl:function>

  <!-- A content document: the HTML page around $content, made into EPUB XHTML. -->
  <xsl:function name="ed:epub-page" as="document-node()">
    <xsl:param name="page-title" as="xs:string"/>
    <!-- The partition of the publication (epub:type on body): frontmatter, bodymatter, backmatter. -->
    <xsl:param name="matter" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="html" as="document-node()">
      <!-- a document, for the key on its ids -->
      <xsl:document>
      <html lang="{$ui-lang}">
        <head>
          <meta charset="utf-8"/>
          <title><xsl:value-of select="$page-title"/></title>
          <link rel="stylesheet" type="text/css" href="../epub.css"/>
        </head>
        <body class="{$matter}">
          <main>
            <xsl:sequence select="$content"/>
          </main>
        </body>
      </html>
      </xsl:document>
    </xsl:variable>
    <xsl:document>
      <xsl:apply-templates select="$html/*" mode="epub"/>
    </xsl:document>
  </xsl:function>

  <xsl:template match="*" mode="epub" priority="-1">
    <xsl:element name="{local-name()}" namespace="{$xhtml-ns}">
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="html" mode="epub">
    <xsl:element name="html" namespace="{$xhtml-ns}">
      <xsl:namespace name="epub" select="$ops-ns"/>
      <xsl:attribute name="xml:lang" select="@lang"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <!-- The partition, for reading systems: epub:type on body. -->
  <xsl:template match="body" mode="epub">
    <xsl:element name="body" namespace="{$xhtml-ns}">
      <xsl:attribute name="epub:type" namespace="{$ops-ns}" select="@class"/>
      <xsl:apply-templates select="node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="@*" mode="epub">
    <xsl:copy/>
  </xsl:template>

  <!-- An id used twice (two page beginnings with one number, in the web edition too): the later
       ones get a suffix, as XHTML wants every id once. Links lead to the first. -->
  <xsl:key name="html-id" match="*[@id]" use="string(@id)"/>
  <xsl:template match="@id" mode="epub">
    <xsl:variable name="same" as="element()*" select="key('html-id', string(.), root(.))"/>
    <xsl:attribute name="id" select="if (count($same) = 1 or $same[1] is ..) then string(.)
      else . || '-' || (index-of($same ! generate-id(.), generate-id(..)))[1]"/>
  </xsl:template>

  <!-- An image is a file beside the TEI or on the web: the build packages neither (an EPUB may
       not load images from the web), so the e-book gives its description in its place. -->
  <xsl:template match="img" mode="epub">
    <xsl:if test="normalize-space(@alt)">
      <span class="img-alt"><xsl:value-of select="@alt"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="a/@href" mode="epub">
    <xsl:attribute name="href" select="ed:epub-href(.)"/>
  </xsl:template>

  <!-- A quotation's cite points to the register like a link. -->
  <xsl:template match="@cite" mode="epub">
    <xsl:if test="exists(ed:epub-href(.))">
      <xsl:attribute name="cite" select="ed:epub-href(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- Every section has an id, so that the table of contents can point to it. -->
  <xsl:template match="section[not(@id)]" mode="epub">
    <xsl:element name="section" namespace="{$xhtml-ns}">
      <xsl:attribute name="id" select="'section-' || (count(preceding::section | ancestor::section) + 1)"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="text()" mode="epub">
    <xsl:copy/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="epub"/>

  <!-- The diplomatic view: the source's readings, its line breaks and line numbers, and the
       speaker labels of the speakers switch. -->
  <xsl:template match="*[contains-token(@class, 'dipl')] | br[contains-token(@class, 'lb')]
                       | span[contains-token(@class, 'ln')] | span[contains-token(@class, 'who')]" mode="epub" priority="3"/>

  <!-- A block inside phrasing content (TEI allows a list or a quotation of paragraphs inside a
       paragraph, HTML does not): a span of the same class, which the stylesheet shows as a block.
       Browsers repair this in the web edition; EPUB reading systems parse XHTML strictly. -->
  <xsl:template match="*[local-name() = $blocks][ancestor::*[local-name() = $phrasing]]" mode="epub" priority="1.5">
    <xsl:element name="span" namespace="{$xhtml-ns}">
      <xsl:apply-templates select="@*" mode="epub"/>
      <xsl:attribute name="class" select="string-join(('block', local-name(), @class), ' ')"/>
      <xsl:apply-templates select="node()" mode="epub"/>
    </xsl:element>
  </xsl:template>
  <xsl:variable name="blocks" as="xs:string*" select="('p', 'ul', 'ol', 'li', 'div', 'section', 'article', 'aside', 'blockquote',
    'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')"/>
  <xsl:variable name="phrasing" as="xs:string*" select="('p', 'span', 'a', 'q', 'cite', 'em', 'i', 'b', 'sup', 'sub', 'time',
    'abbr', 'del', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')"/>

  <!-- A link the EPUB cannot follow keeps its text. -->
  <xsl:template match="a[@href][empty(ed:epub-href(@href))]" mode="epub" priority="2">
    <xsl:apply-templates select="node()" mode="epub"/>
  </xsl:template>

  <!-- A note marker. -->
  <xsl:template match="a[contains-token(@class, 'noteref')]" mode="epub" priority="1">
    <xsl:element name="a" namespace="{$xhtml-ns}">
      <xsl:attribute name="epub:type" namespace="{$ops-ns}" select="'noteref'"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <!-- A note's link back to its marker. -->
  <xsl:template match="a[contains-token(@class, 'back')]" mode="epub" priority="1">
    <xsl:element name="a" namespace="{$xhtml-ns}">
      <xsl:attribute name="role" select="'doc-backlink'"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <!-- The notes section's lists: each note is an EPUB footnote. -->
  <xsl:template match="ol[contains-token(@class, 'notelist')]" mode="epub" priority="1">
    <xsl:element name="div" namespace="{$xhtml-ns}">
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="ol[contains-token(@class, 'notelist')]/li" mode="epub" priority="1">
    <xsl:element name="aside" namespace="{$xhtml-ns}">
      <xsl:attribute name="epub:type" namespace="{$ops-ns}" select="'footnote'"/>
      <xsl:attribute name="role" select="'doc-footnote'"/>
      <xsl:attribute name="class" select="if (ancestor::section[contains-token(@class, 'source-notes')]) then 'note source' else 'note editorial'"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <!-- A page beginning: a page break the page list points to. The title says when the editors
       inferred it; so does its label. -->
  <xsl:template match="span[contains-token(@class, 'pb')]" mode="epub" priority="1">
    <xsl:variable name="n" as="xs:string" select="ed:page-label(.)"/>
    <xsl:element name="span" namespace="{$xhtml-ns}">
      <xsl:attribute name="epub:type" namespace="{$ops-ns}" select="'pagebreak'"/>
      <xsl:attribute name="role" select="'doc-pagebreak'"/>
      <xsl:attribute name="aria-label" select="ed:ts('epub.page', $n) || (if (@title) then ', ' || @title else '')"/>
      <xsl:apply-templates select="@*, node()" mode="epub"/>
    </xsl:element>
  </xsl:template>

  <!-- The page number in a page beginning's marker ("p. [1]" → "[1]", "S. [1]" → "[1]": text.pb's words before its number). -->
  <xsl:function name="ed:page-label" as="xs:string">
    <xsl:param name="marker" as="element()"/>
    <xsl:variable name="words" as="xs:string" select="translate(normalize-space(substring-before(ed:t('text.pb'), '{0}')), '&#160;', ' ')"/>
    <xsl:variable name="label" as="xs:string" select="normalize-space(translate(string($marker), '&#160;', ' '))"/>
    <xsl:sequence select="if ($words and starts-with($label, $words)) then normalize-space(substring-after($label, $words)) else $label"/>
  </xsl:function>
</xsl:stylesheet>
