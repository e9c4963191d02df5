<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lookups every module shares: keys for ids and pointers, the registers table, the document's
  metadata (title, version, build date), and where a node of the text lives in the HTML.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- Patterns say "in the text" with a predicate ([ancestor::tei:text]), never with a path
       (tei:text//…): saxon-js matched tei:text//(tei:ref | tei:ptr) so slowly that building the
       key took 13–19 s for a 0.24–0.5 MB novel (ELTeC's Lynn, Oliphant), 0.5–0.7 s so written.
       test/html/patterns.test.ts holds every pattern of xslt/ to it. -->
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <!-- Mentions in the text by the entry they point to (@ref="#a #b" counts for both). -->
  <xsl:key name="mention" match="*[@ref][ancestor::tei:text]" use="ed:local-ids(@ref)"/>
  <!-- Quotations by the work they quote. -->
  <xsl:key name="quotation" match="tei:quote[@source][ancestor::tei:text]" use="ed:local-ids(@source)"/>
  <!-- Utterances by speaker. -->
  <xsl:key name="speech" match="tei:said[@who][ancestor::tei:text]" use="ed:local-ids(@who)"/>
  <!-- Note markers by the note they point to. -->
  <xsl:key name="noteref" match="tei:ref[@type = 'noteref'][ancestor::tei:text]" use="ed:local-ids(@target)"/>
  <!-- Every pointer of the text, by the ids it points to. -->
  <xsl:key name="pointer" match="tei:ref[ancestor::tei:text] | tei:ptr[ancestor::tei:text]" use="ed:local-ids(@target)"/>

  <!-- The document's id as a path segment in hrefs: a file name such as "javascript:x.xml"
       must not read as a scheme. -->
  <xsl:variable name="doc-path" as="xs:string" select="encode-for-uri($doc-id)"/>
  <xsl:variable name="tei" as="element(tei:TEI)" select="/tei:TEI"/>
  <xsl:variable name="header" as="element(tei:teiHeader)?" select="$tei/tei:teiHeader"/>
  <!-- The language of the text (the interface's is $ui-lang). -->
  <xsl:variable name="text-lang" as="xs:string" select="string(($tei/@xml:lang, 'und')[1])"/>
  <xsl:variable name="title" as="xs:string"
    select="normalize-space(string(($header/tei:fileDesc/tei:titleStmt/tei:title[not(@type = 'sub')])[1]))"/>
  <xsl:variable name="subtitle" as="element(tei:title)?" select="($header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'])[1]"/>
  <xsl:variable name="authors" as="xs:string*"
    select="$header/tei:fileDesc/tei:titleStmt/tei:author ! normalize-space(.)"/>
  <xsl:variable name="edition-version" as="xs:string" select="
    let $e := ($header/tei:fileDesc/tei:editionStmt/tei:edition)[1]
    return string(($e/@n, normalize-space($e))[1])"/>
  <!-- Build date from the sources (the latest recorded change), never the wall clock. -->
  <xsl:variable name="built" as="xs:string"
    select="string(max(($header/tei:revisionDesc//tei:change/@when ! substring(string(.), 1, 10))))"/>
  <xsl:variable name="licence" as="element(tei:licence)?"
    select="($header/tei:fileDesc/tei:publicationStmt//tei:licence)[1]"/>
  <!-- The narrator: the author of the text, when the header points to their register entry. -->
  <xsl:variable name="narrator" as="xs:string*"
    select="$header/tei:fileDesc/tei:titleStmt/tei:author/descendant-or-self::*/@ref ! ed:local-ids(.)"/>

  <!-- The registers: entry element, page, heading. One row each; pages exist only when used. -->
  <xsl:variable name="registers" as="map(xs:string, xs:string)*" select="
    map { 'entry': 'person', 'page': 'persons.html', 'title': ed:t('register.persons'), 'one': ed:t('register.person') },
    map { 'entry': 'place', 'page': 'places.html', 'title': ed:t('register.places'), 'one': ed:t('register.place') },
    map { 'entry': 'org', 'page': 'organisations.html', 'title': ed:t('register.organisations'), 'one': ed:t('register.organisation') },
    map { 'entry': 'bibl', 'page': 'works.html', 'title': ed:t('register.works'), 'one': ed:t('register.work') },
    map { 'entry': 'event', 'page': 'events.html', 'title': ed:t('register.events'), 'one': ed:t('register.event') }"/>
  <!-- (A list of sources, <listBibl type="sources">, is not a register: see sources.xsl.) -->
  <xsl:variable name="entries" as="element()*"
    select="($tei/tei:standOff//(tei:person | tei:place | tei:org | tei:bibl | tei:event)[@xml:id]
            | $header//(tei:listPerson/tei:person | tei:listPlace/tei:place | tei:listOrg/tei:org
                        | tei:listBibl/tei:bibl | tei:listEvent/tei:event)[@xml:id])
            [not(ancestor::tei:listBibl[@type = 'sources'])]"/>
  <!-- The registers that have entries: only these get a page and a link. -->
  <xsl:variable name="used-registers" as="map(xs:string, xs:string)*"
    select="$registers[let $r := . return exists($entries[local-name() = $r?entry])]"/>

  <!-- "#a #b" → ("a", "b"); pointers to other documents are not ours. -->
  <xsl:function name="ed:local-ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize($pointers)[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- Entries by id: a map lookup costs saxon-js far less than key() with a filter. -->
  <xsl:variable name="entry-by-id" as="map(xs:string, element())"
    select="map:merge($entries ! map { string(@xml:id): . }, map { 'duplicates': 'use-first' })"/>

  <!-- The register entry a mention points to (the first one that is a register entry). -->
  <xsl:function name="ed:entry" as="element()?">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="(ed:local-ids($mention/@ref) ! $entry-by-id(.))[1]"/>
  </xsl:function>

  <xsl:function name="ed:register-of" as="map(xs:string, xs:string)?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$registers[?entry = local-name($entry)]"/>
  </xsl:function>

  <!-- Link to an entry from a page in the document's folder. -->
  <xsl:function name="ed:entry-href" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="ed:register-of($entry)?page || '#' || $entry/@xml:id"/>
  </xsl:function>

  <!-- The names of an entry; the first preferred one is what it is listed under. -->
  <xsl:function name="ed:entry-names" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" as="element()*"
      select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:title | tei:name | tei:eventName | tei:label)"/>
    <xsl:sequence select="$names[@type = 'preferred'], $names[not(@type = 'preferred')]"/>
  </xsl:function>

  <xsl:function name="ed:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="normalize-space(string((ed:entry-names($entry), $entry)[1]))"/>
  </xsl:function>

  <!-- The language of the name an entry is listed under. -->
  <xsl:function name="ed:entry-name-lang" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="ed:lang-of((ed:entry-names($entry), $entry)[1])"/>
  </xsl:function>

  <!-- A speaker's label in the margin: the narrator, or the last word of the preferred name. -->
  <xsl:function name="ed:speaker-label" as="xs:string">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:param name="root" as="document-node()"/>
    <xsl:variable name="entry" as="element()?" select="key('id', string($id), $root)[1]"/>
    <xsl:sequence select="
      if (empty($id) or $id = $narrator) then ed:t('text.narrator')
      else if (empty($entry)) then $id
      else (tokenize(ed:entry-name($entry))[last()], $id)[1]"/>
  </xsl:function>

  <!-- The place of a node in the reading page: its numbered paragraph, note, or the headnote. -->
  <xsl:function name="ed:locus" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::tei:note[@xml:id][1],
                           $node/ancestor-or-self::tei:p[@xml:id][1],
                           $node/ancestor-or-self::tei:div[@xml:id][1])[1]"/>
  </xsl:function>

  <!-- How a locus is named for a reader: ¶ 12, note 3, editorial note b, headnote. -->
  <xsl:function name="ed:locus-label" as="xs:string">
    <xsl:param name="locus" as="element()"/>
    <xsl:sequence select="
      if ($locus/self::tei:p[@n]) then ed:nbsp(ed:ts('locus.paragraph', $locus/@n))
      else if ($locus/self::tei:note[@type = 'source']) then ed:nbsp(ed:ts('locus.note', ($locus/@n, ed:note-mark($locus))[1]))
      else if ($locus/self::tei:note) then ed:nbsp(ed:ts('locus.editorial-note', ed:note-mark($locus)))
      else if ($locus/ancestor-or-self::tei:front) then ed:t('locus.headnote')
      else string(($locus/@n, $locus/@type, ed:t('locus.text'))[1])"/>
  </xsl:function>

  <!-- The HTML id of a note: its xml:id, or one made from its number. -->
  <xsl:function name="ed:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@xml:id, 'note-' || ed:note-mark($note))[1])"/>
  </xsl:function>

  <!-- Editorial notes are lettered (a, b, … aa), the source's notes keep their numbers. Counted
       once: xsl:number level="any" per note counts the whole text again each time. -->
  <xsl:variable name="note-marks" as="map(xs:string, xs:string)" select="map:merge((
    let $source := $tei/tei:text//tei:note[@type = 'source']
    return for $i in 1 to count($source) return map { generate-id($source[$i]): string(($source[$i]/@n, $i)[1]) },
    let $editorial := $tei/tei:text//tei:note[not(@type = 'source')]
    return for $i in 1 to count($editorial) return map { generate-id($editorial[$i]): format-integer($i, 'a') }
  ))"/>

  <xsl:function name="ed:note-mark" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note-marks(generate-id($note)), string($note/@n), '?')[1]"/>
  </xsl:function>

  <!-- The HTML id attribute for an element with an xml:id. -->
  <xsl:function name="ed:id" as="attribute()?">
    <xsl:param name="element" as="element()"/>
    <xsl:if test="$element/@xml:id">
      <xsl:attribute name="id" select="$element/@xml:id"/>
    </xsl:if>
  </xsl:function>

  <!-- A lang attribute where an element's language differs from its HTML context. -->
  <xsl:function name="ed:lang" as="attribute()?">
    <xsl:param name="element" as="element()"/>
    <xsl:if test="$element/@xml:lang">
      <xsl:attribute name="lang" select="$element/@xml:lang"/>
    </xsl:if>
  </xsl:function>

  <!-- The language in scope at a node of the TEI. -->
  <xsl:function name="ed:lang-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang, $text-lang)[1])"/>
  </xsl:function>
</xsl:stylesheet>
