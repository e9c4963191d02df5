<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's content documents of one document: the title page, the text with its notes, the
  back matter (epub-back.xsl), and the manifest that src/render/epub/ builds the package and the
  navigation document from: the files in reading order, the table of contents (the sections of
  the XHTML, which are the TEI's divisions and the notes), the page list (the page breaks) and
  the landmarks. Links are relative to the document's folder in the EPUB.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  xmlns:h="http://www.w3.org/1999/xhtml"
  xmlns:epub="http://www.idpf.org/2007/ops"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:epub-documents">
    <xsl:variable name="parts" as="map(*)*">
      <xsl:sequence select="map { 'file': 'title.xhtml', 'title': 'Title page', 'matter': 'frontmatter',
        'doc': ed:epub-page($title, 'frontmatter', ed:title-page()) }"/>
      <xsl:sequence select="map { 'file': 'text.xhtml', 'title': $title, 'matter': 'bodymatter',
        'doc': ed:epub-page($title, 'bodymatter', ed:text-content()) }"/>
      <xsl:call-template name="ed:epub-back"/>
    </xsl:variable>
    <xsl:for-each select="$parts">
      <xsl:result-document href="{?file}" format="xhtml">
        <xsl:sequence select="?doc"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:variable name="text" as="document-node()" select="$parts[?file = 'text.xhtml']?doc"/>
    <xsl:variable name="back" as="map(*)*" select="$parts[?matter = 'backmatter']"/>
    <xsl:variable name="manifest" as="map(*)" select="map {
      'title': $title,
      'lang': $text-lang,
      'files': array { $parts ! map { 'href': ?file, 'title': ?title, 'matter': ?matter } },
      'toc': array {
        map { 'label': 'Title page', 'href': 'title.xhtml' },
        map { 'label': $title, 'href': 'text.xhtml', 'lang': $text-lang, 'children': ed:toc($text/h:html/h:body/h:main/h:article/h:section, 'text.xhtml') },
        ed:toc($text/h:html/h:body/h:main/h:section, 'text.xhtml')?*,
        $back ! map { 'label': ?title, 'href': ?file }
      },
      'pages': array { $text//h:span[@epub:type = 'pagebreak'][normalize-space(ed:page-label(.))] ! map { 'label': ed:page-label(.), 'href': 'text.xhtml#' || @id } },
      'pagesInferred': exists($tei/tei:text//tei:pb[@cert = 'low']),
      'landmarks': array {
        map { 'type': 'titlepage', 'label': 'Title page', 'href': 'title.xhtml' },
        map { 'type': 'bodymatter', 'label': 'Text', 'href': 'text.xhtml' },
        $back[1] ! map { 'type': 'backmatter', 'label': 'Back matter', 'href': ?file }
      }
    }"/>
    <xsl:result-document href="manifest.json" format="json">
      <xsl:value-of select="serialize($manifest, map { 'method': 'json' })"/>
    </xsl:result-document>
  </xsl:template>

  <!-- Entries for the sections below (and including) $elements that have a heading: label, href,
       language, and the sections inside them. A section without a heading is passed through. -->
  <xsl:function name="ed:toc" as="array(map(*))">
    <xsl:param name="elements" as="element()*"/>
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="array { $elements ! (
      let $heading := (h:h1, h:h2, h:h3, h:h4, h:h5, h:h6)[1],
          $label := normalize-space(($heading, @aria-label)[1]),
          $inner := ed:toc(h:section, $file)
      return if (self::h:section and $label) then map {
          'label': $label,
          'href': $file || '#' || @id,
          'lang': if (empty($heading)) then 'en' else string(($heading/ancestor-or-self::*[@lang][1]/@lang, 'en')[1]),
          'children': $inner }
        else $inner?*) }"/>
  </xsl:function>

  <xsl:function name="ed:title-page" as="element()">
    <xsl:variable name="inferred" as="xs:boolean" select="exists($tei/tei:text//tei:pb[@cert = 'low'])"/>
    <section class="titlepage" epub:type="titlepage" aria-labelledby="title-h">
      <h1 id="title-h" lang="{$text-lang}"><xsl:value-of select="$title"/></h1>
      <xsl:if test="$subtitle">
        <p class="subtitle" lang="{ed:lang-of($subtitle)}"><xsl:value-of select="normalize-space($subtitle)"/></p>
      </xsl:if>
      <xsl:if test="exists($authors)">
        <p class="byline" lang="{$text-lang}"><xsl:value-of select="string-join($authors, ', ')"/></p>
      </xsl:if>
      <section class="about" aria-labelledby="about-h">
        <h2 id="about-h">About this e-book</h2>
        <p>
          <xsl:text>The reading text of the edition: the editors' corrections and regularisations are in the text</xsl:text>
          <xsl:if test="exists($source-readings)">
            <xsl:text>, and the source's own readings are listed in the appendix </xsl:text>
            <a href="readings.xhtml">The source's readings</a>
            <xsl:text>, each with its place</xsl:text>
          </xsl:if>
          <xsl:text>. The source's notes (numbered, as in the source) and the editors' notes (lettered) are footnotes.</xsl:text>
          <xsl:if test="exists($used-registers)">
            <xsl:text> The registers of names are at the end, each entry with links to the places that mention it.</xsl:text>
          </xsl:if>
          <xsl:if test="$inferred">
            <xsl:text> The page beginnings (in the page list) were inferred by the editors: the page numbers of the source are not known.</xsl:text>
          </xsl:if>
          <xsl:text> The TEI document and the web edition keep the source's line breaks.</xsl:text>
        </p>
      </section>
      <section class="colophon" aria-labelledby="colophon-h">
        <h2 id="colophon-h">Colophon</h2>
        <xsl:call-template name="ed:colophon"/>
        <p>Cite the web edition: <xsl:sequence select="ed:default-citation('index.html')"/></p>
      </section>
    </section>
  </xsl:function>

  <xsl:function name="ed:text-content" as="element()*">
    <article class="text" lang="{$text-lang}" aria-labelledby="text-h">
      <h1 id="text-h"><xsl:value-of select="$title"/></h1>
      <xsl:apply-templates select="$tei/tei:text/(tei:front, tei:body)" mode="text"/>
    </article>
    <xsl:call-template name="ed:notes-section"/>
  </xsl:function>
</xsl:stylesheet>
