<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB 3 content documents: entry point. The same modules as the HTML edition (xslt/edition.xsl)
  make the text, the notes and the registers in their own modes (text, note, register); the
  EPUB's own mode, epub (modules/epub-xhtml.xsl), then turns that HTML into EPUB XHTML: the reading
  text only, notes as EPUB footnotes, page beginnings as page breaks, links to the EPUB's files.

  One transform per document writes its content documents and a manifest (JSON: the files in
  reading order, the table of contents, the page list) as result documents, which
  src/render/epub/ puts into the package. The principal result is empty.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:param name="doc-id" as="xs:string" required="yes"/>
  <xsl:param name="tool-version" as="xs:string" select="'0.0.0'"/>
  <!-- The document's citation kit (src/render/citation/kit.ts) as JSON: the title page cites the text. -->
  <xsl:param name="citation" as="xs:string" required="yes"/>
  <!-- The interface's language and message table (src/i18n/messages.ts), as for the HTML pages:
       the document's interface language (src/render/epub/transform.ts). -->
  <xsl:param name="ui-lang" as="xs:string" select="'en'"/>
  <xsl:param name="messages" as="xs:string" required="yes"/>

  <xsl:strip-space elements="tei:TEI tei:text tei:front tei:body tei:back tei:div tei:standOff
    tei:listPerson tei:listPlace tei:listOrg tei:listBibl tei:listEvent tei:person tei:place tei:org tei:event tei:list"/>

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:output name="xhtml" method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="no" include-content-type="no"/>
  <xsl:output name="json" method="text" encoding="UTF-8"/>

  <!-- The document node: writes every content document. -->
  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <!-- The text as HTML, as on the reading page (text.xsl and the modules it names). -->
  <xsl:mode name="text" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"/>
  <!-- A register entry with its occurrences (registers.xsl). -->
  <xsl:mode name="register" on-no-match="fail" on-multiple-match="fail"/>
  <!-- A note of the notes section (notes.xsl). -->
  <xsl:mode name="note" on-no-match="fail" on-multiple-match="fail"/>
  <!-- The HTML of the modes above as EPUB XHTML (epub-xhtml.xsl). -->
  <xsl:mode name="epub" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:include href="modules/i18n.xsl"/>
  <xsl:include href="modules/lookup.xsl"/>
  <xsl:include href="modules/urls.xsl"/>
  <xsl:include href="modules/page.xsl"/>
  <xsl:include href="modules/cite.xsl"/>
  <xsl:include href="modules/text.xsl"/>
  <xsl:include href="modules/readings.xsl"/>
  <xsl:include href="modules/apparatus.xsl"/>
  <xsl:include href="modules/msdesc.xsl"/>
  <xsl:include href="modules/transcription.xsl"/>
  <xsl:include href="modules/facsimile.xsl"/>
  <xsl:include href="modules/dictionary.xsl"/>
  <xsl:include href="modules/structure.xsl"/>
  <xsl:include href="modules/verse.xsl"/>
  <xsl:include href="modules/drama.xsl"/>
  <xsl:include href="modules/letters.xsl"/>
  <xsl:include href="modules/tables.xsl"/>
  <xsl:include href="modules/examples.xsl"/>
  <xsl:include href="modules/names.xsl"/>
  <xsl:include href="modules/dates.xsl"/>
  <xsl:include href="modules/speech.xsl"/>
  <xsl:include href="modules/notes.xsl"/>
  <xsl:include href="modules/plain.xsl"/>
  <xsl:include href="modules/entries.xsl"/>
  <xsl:include href="modules/registers.xsl"/>
  <xsl:include href="modules/sources.xsl"/>
  <!-- for ed:shorten, which the register pages use -->
  <xsl:include href="modules/timeline.xsl"/>
  <xsl:include href="modules/epub-xhtml.xsl"/>
  <xsl:include href="modules/epub.xsl"/>
  <xsl:include href="modules/epub-back.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="ed:epub-documents"/>
  </xsl:template>
</xsl:stylesheet>
