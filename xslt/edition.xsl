<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML reading edition: entry point. Parameters, every mode declared, modules included.

  One transform per document writes all of its pages: the reading page is the principal result,
  the registers, the overview (timeline, speakers), the search data and the landing page's
  section are xsl:result-document outputs that src/render/html.ts collects. The same transform
  writes the e-book's content documents (under epub/, modules/epub.xsl) and the document for
  print: the text, the notes and the register entries are made into HTML once for all of them.

  Modules are included (not imported) so that every template has the same precedence: two
  templates that match one node in one mode are a bug, and on-multiple-match="fail" says so.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- The document's id: it names its folder in dist/. -->
  <xsl:param name="doc-id" as="xs:string" required="yes"/>
  <!-- The toolkit's version, printed in the footer. -->
  <xsl:param name="tool-version" as="xs:string" select="'0.0.0'"/>
  <!-- The document's citation kit (src/render/citation/kit.ts) as JSON: head tags, styles, downloads. -->
  <xsl:param name="citation" as="xs:string" required="yes"/>
  <!-- The interface language (html/@lang) and its message table as JSON (xslt/messages/, modules/i18n.xsl). -->
  <xsl:param name="ui-lang" as="xs:string" select="'en'"/>
  <xsl:param name="messages" as="xs:string" required="yes"/>
  <!-- Also write print.html, the document for the PDF (modules/print.xsl, src/render/pdf/). -->
  <xsl:param name="print" as="xs:boolean" select="false()"/>
  <!-- Also write the e-book's content documents and its manifest, under epub/ (modules/epub.xsl, src/render/epub/). -->
  <xsl:param name="epub" as="xs:boolean" select="false()"/>
  <!-- 'all' pages, only the 'reading' page (the quick look of `tei-edition watch`,
       src/serve/quick-look.ts), or only the e-book's documents ('epub'). -->
  <xsl:param name="write" as="xs:string" select="'all'"/>

  <!-- Element-only containers: their indentation is not text (and would end lines with spaces). -->
  <xsl:strip-space elements="tei:TEI tei:text tei:front tei:body tei:back tei:div tei:standOff
    tei:listPerson tei:listPlace tei:listOrg tei:listBibl tei:listEvent tei:person tei:place tei:org tei:event tei:list
    tei:lg tei:sp tei:castList tei:castGroup tei:table tei:row tei:figure tei:titlePage tei:docTitle tei:argument
    tei:epigraph tei:postscript tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7
    tei:msDesc tei:msIdentifier tei:msContents tei:physDesc tei:objectDesc tei:supportDesc tei:layoutDesc
    tei:handDesc tei:decoDesc tei:history tei:additional tei:adminInfo tei:listWit"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output name="page" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output name="fragment" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output name="script" method="text" encoding="UTF-8"/>
  <xsl:output name="xhtml" method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="no" include-content-type="no"/>
  <xsl:output name="json" method="text" encoding="UTF-8"/>

  <!-- The document node: writes every page of the document. -->
  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <!-- The text as HTML, both readings side by side (CSS shows one): unknown elements keep their text. -->
  <xsl:mode name="text" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"/>
  <!-- A register entry as the small card the reading page shows on a name. -->
  <xsl:mode name="card" on-no-match="fail" on-multiple-match="fail"/>
  <!-- A register entry as an entry of a register page, with its occurrences. -->
  <xsl:mode name="register" on-no-match="fail" on-multiple-match="fail"/>
  <!-- A text note in the notes section of the reading page. -->
  <xsl:mode name="note" on-no-match="fail" on-multiple-match="fail"/>
  <!-- The HTML of the modes above as EPUB XHTML (epub-xhtml.xsl). -->
  <xsl:mode name="epub" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:include href="modules/i18n.xsl"/>
  <xsl:include href="modules/lookup.xsl"/>
  <xsl:include href="modules/urls.xsl"/>
  <xsl:include href="modules/page.xsl"/>
  <xsl:include href="modules/cite.xsl"/>
  <xsl:include href="modules/reading-page.xsl"/>
  <xsl:include href="modules/text.xsl"/>
  <xsl:include href="modules/readings.xsl"/>
  <!-- Genres, part B: critical apparatus, manuscript descriptions, transcription, facsimiles, dictionaries. -->
  <xsl:include href="modules/apparatus.xsl"/>
  <xsl:include href="modules/msdesc.xsl"/>
  <xsl:include href="modules/transcription.xsl"/>
  <xsl:include href="modules/facsimile.xsl"/>
  <xsl:include href="modules/dictionary.xsl"/>
  <xsl:include href="modules/names.xsl"/>
  <xsl:include href="modules/dates.xsl"/>
  <xsl:include href="modules/speech.xsl"/>
  <xsl:include href="modules/notes.xsl"/>
  <xsl:include href="modules/plain.xsl"/>
  <xsl:include href="modules/entries.xsl"/>
  <xsl:include href="modules/cards.xsl"/>
  <xsl:include href="modules/registers.xsl"/>
  <xsl:include href="modules/sources.xsl"/>
  <xsl:include href="modules/timeline.xsl"/>
  <xsl:include href="modules/speakers.xsl"/>
  <xsl:include href="modules/overview.xsl"/>
  <xsl:include href="modules/search.xsl"/>
  <xsl:include href="modules/landing.xsl"/>
  <xsl:include href="modules/print.xsl"/>
  <xsl:include href="modules/structure.xsl"/>
  <xsl:include href="modules/verse.xsl"/>
  <xsl:include href="modules/drama.xsl"/>
  <xsl:include href="modules/letters.xsl"/>
  <xsl:include href="modules/tables.xsl"/>
  <xsl:include href="modules/examples.xsl"/>
  <xsl:include href="modules/epub-xhtml.xsl"/>
  <xsl:include href="modules/epub.xsl"/>
  <xsl:include href="modules/epub-back.xsl"/>

  <xsl:template match="/">
    <xsl:if test="$write = ('all', 'reading')">
      <xsl:call-template name="ed:reading-page"/>
    </xsl:if>
    <xsl:if test="$write = 'epub' or ($write = 'all' and $epub)">
      <xsl:call-template name="ed:epub-documents"/>
    </xsl:if>
    <xsl:if test="$write = 'all'">
      <xsl:call-template name="ed:register-pages"/>
      <xsl:call-template name="ed:sources-page"/>
      <xsl:call-template name="ed:overview-page"/>
      <xsl:call-template name="ed:search-data"/>
      <xsl:call-template name="ed:landing-section"/>
      <xsl:if test="$print"><xsl:call-template name="ed:print-page"/></xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
