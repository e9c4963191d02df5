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
      <xsl:sequence select="map { 'file': 'title.xhtml', 'title': ed:t('epub.title-page'), 'matter': 'frontmatter',
        'doc': ed:epub-page($title, 'frontmatter', ed:title-page()) }"/>
      <xsl:sequence select="map { 'file': 'text.xhtml', 'title': $title, 'matter': 'bodymatter',
        'doc': ed:epub-page($title, 'bodymatter', ed:text-content()) }"/>
      <xsl:call-template name="ed:epub-back"/>
    </xsl:variable>
    <xsl:for-each select="$parts">
      <xsl:result-document href="epub/{?file}" format="xhtml">
        <xsl:sequence select="?doc"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:variable name="text" as="document-node()" select="$parts[?file = 'text.xhtml']?doc"/>
    <xsl:variable name="back" as="map(*)*" select="$parts[?matter = 'backmatter']"/>
    <xsl:variable name="manifest" as="map(*)" select="map {
      'title': $title,
      'lang': $text-lang,
      'uiLang': $ui-lang,
      'files': array { $parts ! map { 'href': ?file, 'title': ?title, 'matter': ?matter } },
      'toc': array {
        map { 'label': ed:t('epub.title-page'), 'href': 'title.xhtml', 'lang': $ui-lang },
        map { 'label': $title, 'href': 'text.xhtml', 'lang': $text-lang, 'children': ed:toc($text/h:html/h:body/h:main/h:article/h:section, 'text.xhtml') },
        ed:toc($text/h:html/h:body/h:main/h:section, 'text.xhtml')?*,
        $back ! map { 'label': ?title, 'href': ?file, 'lang': $ui-lang }
      },
      'pages': array { $text//h:span[@epub:type = 'pagebreak'][normalize-space(ed:page-label(.))] ! map { 'label': ed:page-label(.), 'href': 'text.xhtml#' || @id } },
      'pagesInferred': exists($tei/tei:text//tei:pb[@cert = 'low']),
      'landmarks': array {
        map { 'type': 'titlepage', 'label': ed:t('epub.title-page'), 'href': 'title.xhtml', 'lang': $ui-lang },
        map { 'type': 'bodymatter', 'label': ed:t('text.heading'), 'href': 'text.xhtml', 'lang': $ui-lang },
        $back[1] ! map { 'type': 'backmatter', 'label': ed:t('structure.back'), 'href': ?file, 'lang': $ui-lang }
      }
    }"/>
    <xsl:result-document href="epub/manifest.json" format="json">
      <xsl:value-of select="serialize($manifest, map { 'method': 'json' })"/>
    </xsl:result-document>
  </xsl:template>

  <!-- (Every entry says its language: in the edition's e-book, a document's interface language
       may be another than the navigation document's.) -->
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
          'lang': if (empty($heading)) then $ui-lang else string(($heading/ancestor-or-self::*[@lang][1]/@lang, $ui-lang)[1]),
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
        <h2 id="about-h"><xsl:value-of select="ed:t('epub.about')"/></h2>
        <p>
          <xsl:value-of select="ed:t('epub.about-text')"/>
          <xsl:if test="exists($source-readings)">
            <xsl:variable name="link" as="element()"><a href="readings.xhtml"><xsl:value-of select="ed:t('epub.readings')"/></a></xsl:variable>
            <xsl:sequence select="ed:t('epub.about-readings', $link)"/>
          </xsl:if>
          <xsl:value-of select="ed:t('epub.about-notes')"/>
          <xsl:if test="exists($used-registers)"><xsl:value-of select="ed:t('epub.about-registers')"/></xsl:if>
          <xsl:if test="$inferred"><xsl:value-of select="ed:t('epub.about-pages')"/></xsl:if>
          <xsl:value-of select="ed:t('epub.about-lines')"/>
        </p>
      </section>
      <section class="colophon" aria-labelledby="colophon-h">
        <h2 id="colophon-h"><xsl:value-of select="ed:t('epub.colophon')"/></h2>
        <xsl:call-template name="ed:colophon"/>
        <!-- the citation in its style's locale (en-US), as on the web pages -->
        <xsl:variable name="citation" as="element()"><span class="citation" lang="{$citation-lang}"><xsl:sequence select="ed:default-citation('index.html')"/></span></xsl:variable>
        <p><xsl:sequence select="ed:t('epub.cite', $citation)"/></p>
      </section>
    </section>
  </xsl:function>

  <xsl:function name="ed:text-content" as="element()*">
    <article class="text" lang="{$text-lang}" aria-labelledby="text-h">
      <h1 id="text-h"><xsl:value-of select="$title"/></h1>
      <xsl:sequence select="$front-html, $body-back-html"/>
    </article>
    <xsl:call-template name="ed:notes-section"/>
    <!-- the critical apparatus its markers lead to, and the witnesses its sigla name -->
    <xsl:call-template name="ed:apparatus-section"/>
    <xsl:call-template name="ed:witnesses-section"/>
  </xsl:function>
</xsl:stylesheet>
