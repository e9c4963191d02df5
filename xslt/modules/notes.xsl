<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. In the text (mode text) a note is a marker that links to the note; the notes section
  lists the source's notes (numbered, as the source has them) apart from the editorial notes
  (lettered), each with a link back to its marker.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:variable name="source-notes" as="element(tei:note)*"
    select="$tei/tei:text//tei:note[@type = 'source']"/>
  <!-- (A note of an apparatus entry itself is printed in that entry, where its marker would be.) -->
  <xsl:variable name="editorial-notes" as="element(tei:note)*"
    select="$tei/tei:text//tei:note[not(@type = 'source')][not(parent::tei:app)]"/>

  <!-- The source's note marker, as printed ([1]) in the diplomatic text. -->
  <xsl:template match="tei:ref[@type = 'noteref']" mode="text">
    <xsl:variable name="note" as="element()?" select="key('id', ed:local-ids(@target)[1])[1]"/>
    <xsl:variable name="mark" as="xs:string" select="string((@n, $note/@n, translate(., '[]() ', ''))[1])"/>
    <a class="noteref source" href="#{ed:local-ids(@target)[1]}" role="doc-noteref">
      <xsl:sequence select="ed:id(.)"/>
      <span class="rdg"><span class="vh"><xsl:value-of select="substring-before(ed:t('notes.note'), '{0}')"/></span><xsl:value-of select="$mark"/></span>
      <span class="dipl"><xsl:apply-templates mode="text"/></span>
    </a>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr" mode="text">
    <xsl:variable name="target" as="xs:string" select="string(@target)"/>
    <!-- The first pointer of the list, read as a browser reads it (urls.xsl). -->
    <xsl:variable name="first" as="xs:string?" select="tokenize($target)[1]"/>
    <xsl:variable name="pointer" as="xs:string" select="ed:resolve-url($first)"/>
    <xsl:variable name="local" as="element()?" select="if (starts-with($pointer, '#')) then key('id', substring($pointer, 2))[1] else ()"/>
    <!-- Only an allowed scheme becomes a link: javascript:, data:, urn:cts:… stay text; so does a
         list that a browser would read as one such URL (jav&#x09;ascript:…). -->
    <xsl:variable name="href" as="xs:string?" select="
      if (not(starts-with($pointer, '#'))) then (if (exists(ed:safe-href($target))) then ed:safe-href($first) else ())
      else if (exists($local/@xml:id) and exists($entry-by-id($local/@xml:id))) then ed:entry-href($local)
      else if ($local/ancestor::tei:text) then $pointer
      else ()"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(ancestor::*[@ref or self::tei:ref or self::tei:ptr][ed:is-link(.)])">
        <a href="{$href}">
          <xsl:if test="exists($local/self::tei:note) and ed:marker-pointer($local) is ."><xsl:attribute name="id" select="ed:note-id($local) || '-ref'"/></xsl:if>
          <xsl:apply-templates mode="text"/><xsl:if test="self::tei:ptr"><xsl:value-of select="$target"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:when test="empty($href) and not(starts-with($pointer, '#'))">
        <span class="unlinked"><xsl:apply-templates mode="text"/><xsl:if test="self::tei:ptr"><xsl:value-of select="$target"/></xsl:if></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note inside the text: its marker. -->
  <xsl:template match="tei:note" mode="text">
    <xsl:variable name="id" as="xs:string" select="ed:note-id(.)"/>
    <a class="noteref {if (@type = 'source') then 'source' else 'editorial'}" id="{$id}-ref" href="#{$id}" role="doc-noteref">
      <span class="vh"><xsl:value-of select="substring-before(ed:t(if (@type = 'source') then 'notes.note' else 'notes.editorial-note'), '{0}')"/></span>
      <xsl:value-of select="ed:note-mark(.)"/>
    </a>
  </xsl:template>

  <xsl:template name="ed:notes-section">
    <xsl:if test="exists($source-notes) or exists($editorial-notes)">
      <section class="notes" aria-labelledby="notes-h">
        <h2 id="notes-h"><xsl:value-of select="ed:t('notes.heading')"/></h2>
        <xsl:if test="exists($source-notes)">
          <xsl:variable name="div" as="element()?" select="$source-notes[1]/parent::tei:div"/>
          <section class="source-notes" aria-labelledby="source-notes-h">
            <xsl:if test="$div/@xml:id">
              <xsl:attribute name="id" select="$div/@xml:id"/>
            </xsl:if>
            <h3 id="source-notes-h">
              <xsl:choose>
                <xsl:when test="$div/tei:head">
                  <xsl:variable name="head" as="element()"><span lang="{ed:lang-of($div)}"><xsl:value-of select="normalize-space($div/tei:head)"/></span></xsl:variable>
                  <xsl:sequence select="ed:t('notes.source-of', $head)"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="ed:t('notes.source')"/></xsl:otherwise>
              </xsl:choose>
            </h3>
            <ol class="notelist" lang="{ed:lang-of($source-notes[1])}">
              <xsl:apply-templates select="$source-notes" mode="note"/>
            </ol>
          </section>
        </xsl:if>
        <xsl:if test="exists($editorial-notes)">
          <section class="editorial-notes" aria-labelledby="editorial-notes-h">
            <h3 id="editorial-notes-h"><xsl:value-of select="ed:t('notes.editorial')"/></h3>
            <xsl:if test="exists($editorial-notes/@source) and exists($sources)">
              <xsl:variable name="all" as="element()"><a href="{$sources-page}"><xsl:value-of select="ed:t('notes.all-sources')"/></a></xsl:variable>
              <p class="at" lang="{$ui-lang}"><xsl:sequence select="ed:t('notes.sources-hint', $all)"/></p>
            </xsl:if>
            <ol class="notelist" lang="{ed:lang-of($editorial-notes[1])}">
              <xsl:apply-templates select="$editorial-notes" mode="note"/>
            </ol>
          </section>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Where a note belongs: an editorial note names what it comments on, a source note its commentary. -->
  <xsl:template name="ed:note-links">
    <xsl:variable name="note" as="element(tei:note)" select="."/>
    <xsl:variable name="on" as="element()*" select="
      if (@type = 'source') then ()
      else if (@target) then ed:local-ids(@target) ! key('id', ., root($note))[self::tei:note]
      else ed:locus(..)"/>
    <xsl:variable name="commentary" as="element(tei:note)*"
      select="if (@type = 'source') then $editorial-notes[ed:local-ids(@target) = $note/@xml:id] else ()"/>
    <xsl:if test="exists($on) or exists($commentary)">
      <xsl:text> </xsl:text>
      <xsl:variable name="links" as="node()*">
        <xsl:for-each select="$on, $commentary">
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <a href="#{if (self::tei:note) then ed:note-id(.) else @xml:id}"><xsl:value-of select="ed:locus-label(.)"/></a>
        </xsl:for-each>
      </xsl:variable>
      <span class="at" lang="{$ui-lang}">
        <xsl:sequence select="ed:t(if (exists($commentary)) then 'notes.see' else if ($on/self::tei:note) then 'notes.on' else 'notes.at', ed:slot($links))"/>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The pointer that stands for a note's marker: a note of a notes division at the back has no
       marker in the text; when neither its @target nor a noteref says where it is referred to,
       the first plain ref to it (ELTeC's <ref target="#N1">[1]</ref>) gets the id that the
       note's link back to the text leads to. -->
  <xsl:function name="ed:marker-pointer" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="id" as="xs:string" select="string($note/@xml:id)"/>
    <xsl:sequence select="
      if (not($id) or exists(ed:local-ids($note/@target)) or exists(key('noteref', $id, root($note)))
          or empty($note/parent::*[parent::tei:back][ed:is-div(.)][ed:notes-only(.)])) then ()
      else key('pointer', $id, root($note))[1]"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="note">
    <xsl:variable name="id" as="xs:string" select="ed:note-id(.)"/>
    <!-- Back to the marker: the note's own @target, a ref that points here, or its inline marker. -->
    <xsl:variable name="back" as="xs:string" select="
      if (exists(ed:local-ids(@target))) then ed:local-ids(@target)[1]
      else if (exists(key('noteref', $id))) then string(key('noteref', $id)[1]/@xml:id)
      else $id || '-ref'"/>
    <li id="{$id}">
      <xsl:if test="ed:lang-of(.) != ed:lang-of((if (@type = 'source') then $source-notes else $editorial-notes)[1])">
        <xsl:attribute name="lang" select="ed:lang-of(.)"/>
      </xsl:if>
      <a class="back" href="#{$back}" lang="{$ui-lang}">
        <xsl:value-of select="ed:note-mark(.)"/>
        <span class="vh"><xsl:value-of select="ed:t('notes.back')"/></span>
      </a>
      <xsl:apply-templates mode="text"/>
      <xsl:call-template name="ed:note-links"/>
      <xsl:sequence select="ed:sources-line(ed:local-ids(@source), ., 'index.html')"/>
    </li>
  </xsl:template>
</xsl:stylesheet>
