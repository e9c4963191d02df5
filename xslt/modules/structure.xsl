<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front and back matter and the table of contents (mode text): the title page, arguments,
  epigraphs, trailers, numbered divisions (div1…div7), and <back> (appendices, registers) after the
  body. A division of <back> that holds only notes is where the source keeps its notes: the notes
  section shows those (notes.xsl), so the division itself prints nothing.

  A text with at least two headed divisions (acts and scenes, chapters) gets a table of contents
  that links to each; a division without an xml:id gets an id from its place in the text (body-2-1: the first
  division of the second of the body).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- The headed divisions, the table of contents' entries. -->
  <xsl:variable name="headed-divs" as="element()*"
    select="$tei/tei:text//*[ed:is-div(.)][tei:head]"/>

  <xsl:function name="ed:is-div" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:div | self::tei:div1 | self::tei:div2 | self::tei:div3 | self::tei:div4 | self::tei:div5 | self::tei:div6 | self::tei:div7))"/>
  </xsl:function>

  <xsl:function name="ed:div-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <!-- inside a group of texts, each text that holds it names itself: its xml:id or its place -->
    <xsl:variable name="texts" as="xs:string*" select="$div/ancestor::tei:text[parent::tei:group] ! string((@xml:id, 't' || count(preceding-sibling::tei:text) + 1)[1])"/>
    <xsl:sequence select="string(($div/@xml:id, string-join(($texts, local-name($div/ancestor::*[parent::tei:text][1])), '-') || '-' || string-join($div/ancestor-or-self::*[ed:is-div(.)] ! string(count(preceding-sibling::*[ed:is-div(.)]) + 1), '-'))[1])"/>
  </xsl:function>

  <xsl:template name="ed:contents">
    <xsl:if test="count($headed-divs) ge 2">
      <nav class="toc" aria-labelledby="toc-h" lang="{$ui-lang}">
        <h2 id="toc-h"><xsl:value-of select="ed:t('structure.contents')"/></h2>
        <xsl:call-template name="ed:contents-level">
          <xsl:with-param name="divs" select="$headed-divs[not(ancestor::*[ed:is-div(.)][tei:head])]"/>
        </xsl:call-template>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:contents-level">
    <xsl:param name="divs" as="element()*"/>
    <ol>
      <xsl:for-each select="$divs">
        <xsl:variable name="div" as="element()" select="."/>
        <li>
          <a href="#{ed:div-id(.)}" lang="{ed:lang-of(.)}"><xsl:value-of select="ed:heading-text(tei:head[1])"/></a>
          <xsl:variable name="inner" as="element()*" select="$headed-divs[ancestor::*[ed:is-div(.)][tei:head][1] is $div]"/>
          <xsl:if test="exists($inner)">
            <xsl:call-template name="ed:contents-level">
              <xsl:with-param name="divs" select="$inner"/>
            </xsl:call-template>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- A heading as one line of text: its notes left out, a line beginning a space (unless break="no"). -->
  <xsl:function name="ed:heading-text" as="xs:string">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="normalize-space(string-join($head/descendant::node()[self::text()[not(ancestor::tei:note)] or self::tei:lb]
      ! (if (self::tei:lb) then (if (@break = 'no') then '' else ' ') else string(.))))"/>
  </xsl:function>

  <!-- A headed division without an id: the same section as text.xsl's, with an id to link to. -->
  <xsl:template match="tei:div[tei:head][not(@xml:id)] | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="text">
    <section class="{string-join(('div', ed:class-tokens(@type)), ' ')}" id="{ed:div-id(.)}">
      <xsl:sequence select="ed:lang(.)"/>
      <xsl:apply-templates mode="text"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div1/tei:head | tei:div2/tei:head | tei:div3/tei:head | tei:div4/tei:head | tei:div5/tei:head | tei:div6/tei:head | tei:div7/tei:head" mode="text">
    <xsl:element name="h{min((count(ancestor::*[ed:is-div(.)]) + 1, 6))}">
      <xsl:sequence select="ed:id(.)"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- A collection (group) of texts, each with its own front, body and back: journal issues and
       their articles, an anthology's poems. A text inside a text (floatingText) likewise. -->
  <xsl:template match="tei:group" mode="text">
    <div class="group"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:group/tei:text | tei:floatingText" mode="text">
    <section class="{string-join(('subtext', ed:class-tokens(@type)), ' ')}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:apply-templates select="tei:front, tei:body, tei:group, tei:back" mode="text"/>
    </section>
  </xsl:template>

  <!-- A register kept in the text (often in <back>): a list of its entries, each entry's parts
       (names, dates, notes) apart, since the header's registers strip the space between them. -->
  <xsl:template match="tei:listPerson[ancestor::tei:text] | tei:listPlace[ancestor::tei:text] | tei:listOrg[ancestor::tei:text] | tei:listEvent[ancestor::tei:text] | tei:listBibl[ancestor::tei:text] | tei:listNym[ancestor::tei:text] | tei:listObject[ancestor::tei:text]" mode="text">
    <xsl:apply-templates select="tei:head" mode="text"/>
    <ul class="list register-list"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates select="* except tei:head" mode="text"/></ul>
  </xsl:template>

  <xsl:template match="*[not(self::tei:head)][parent::*[self::tei:listPerson or self::tei:listPlace or self::tei:listOrg or self::tei:listEvent or self::tei:listBibl or self::tei:listNym or self::tei:listObject][ancestor::tei:text]]" mode="text">
    <li>
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:for-each select="node()">
        <xsl:apply-templates select="." mode="text"/>
        <xsl:if test="self::*"><xsl:text> </xsl:text></xsl:if>
      </xsl:for-each>
    </li>
  </xsl:template>

  <xsl:template match="tei:back" mode="text">
    <xsl:variable name="shown" as="node()*" select="node()[not(self::*[ed:is-div(.)][ed:notes-only(.)])]"/>
    <xsl:if test="exists($shown[self::* or normalize-space()])">
      <section class="back" aria-label="{ed:t('structure.back')}">
        <xsl:sequence select="ed:lang(.)"/>
        <xsl:apply-templates select="$shown" mode="text"/>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Only a heading and notes: the division the notes section stands for. -->
  <xsl:function name="ed:notes-only" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="exists($div/tei:note) and empty($div/*[not(self::tei:head or self::tei:note or self::tei:pb or self::tei:lb)]) and not($div/text()[normalize-space()])"/>
  </xsl:function>

  <!-- A label outside a note (a postscript's "P.S.", a numbered section's "§ 2") is the text's
       own: the reading text shows it (text.xsl keeps a note's printed label diplomatic). -->
  <xsl:template match="tei:label[not(ancestor::tei:note)]" mode="text">
    <span class="label"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
    <xsl:if test="following-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:titlePage | tei:argument | tei:docTitle" mode="text">
    <div class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:epigraph" mode="text">
    <blockquote class="epigraph"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></blockquote>
  </xsl:template>

  <xsl:template match="tei:titlePart | tei:byline | tei:docAuthor | tei:docImprint | tei:docDate | tei:docEdition | tei:imprimatur | tei:trailer" mode="text">
    <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text>&#10;</xsl:text></xsl:if>
    <span class="{string-join((local-name(), ed:class-tokens(@type)), ' ')}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
