<?xml version="1.0" encoding="UTF-8"?>
<!--
  Manuscript descriptions as catalogue entries (mode text for an msDesc, mode msdesc for its parts).

  The shelfmark (settlement, repository, collection, idno) is the entry's heading; the parts
  follow as a list of labelled fields in the order the TEI gives them: contents (each msItem
  with locus, author, title, incipit, explicit), the physical description (support, extent and
  dimensions, hands, decoration, binding…), the history (origin with its ISO dates, provenance,
  acquisition) and the additional information (record, surrogates). A part the table does not
  know is a field labelled by its element name: nothing of the description is dropped.
  The header's msDesc (in sourceDesc) is shown before the text; one in the text stands where it is.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- A part of a manuscript description: a labelled field, or a group of fields. -->
  <xsl:mode name="msdesc" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <!-- The label of a field, by element name: msdesc.<name> in the message tables (i18n.xsl).
       A part the tables do not know is labelled by its element name, TEI's word, not a language's. -->
  <xsl:function name="ed:ms-label" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="($ui('msdesc.' || $name), $name)[1]"/>
  </xsl:function>

  <!-- Groups: their children are the fields (their own attributes say what the form and material are). -->
  <xsl:variable name="ms-groups" as="xs:string*" select="'physDesc', 'objectDesc', 'supportDesc', 'history', 'additional', 'adminInfo'"/>

  <xsl:template name="ed:msdesc-section">
    <xsl:variable name="descs" as="element(tei:msDesc)*" select="$header/tei:fileDesc/tei:sourceDesc//tei:msDesc[not(ancestor::tei:witness)]"/>
    <xsl:if test="exists($descs)">
      <section class="ms-section" aria-labelledby="ms-h">
        <h2 id="ms-h"><xsl:value-of select="ed:t(if (count($descs) gt 1) then 'msdesc.many' else 'msdesc.one')"/></h2>
        <xsl:apply-templates select="$descs" mode="text"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:msDesc | tei:msPart | tei:msFrag" mode="text">
    <div class="msdesc" lang="{ed:lang-of(.)}">
      <xsl:sequence select="ed:id(.)"/>
      <xsl:apply-templates select="tei:msIdentifier | tei:altIdentifier[not(parent::tei:msIdentifier)]" mode="msdesc"/>
      <xsl:if test="exists(* except (tei:msIdentifier | tei:altIdentifier | tei:head)) or exists(text()[normalize-space()])">
        <dl class="ms-fields">
          <xsl:apply-templates select="node() except (tei:msIdentifier | tei:altIdentifier)" mode="msdesc"/>
        </dl>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- The shelfmark: place, holder, collection and number, then other names and identifiers. -->
  <xsl:template match="tei:msIdentifier" mode="msdesc">
    <xsl:variable name="parts" as="element()*" select="(tei:country, tei:region, tei:settlement, tei:institution, tei:repository, tei:collection, tei:idno)"/>
    <p class="shelfmark">
      <xsl:for-each select="$parts">
        <xsl:if test="position() gt 1">, </xsl:if>
        <span class="{local-name()}"><xsl:apply-templates mode="text"/></span>
      </xsl:for-each>
    </p>
    <xsl:for-each select="* except ($parts | tei:msName), tei:msName">
      <p class="ms-alt">
        <span class="ms-label" lang="{$ui-lang}"><xsl:value-of select="ed:ms-label(local-name())"/>: </span>
        <xsl:apply-templates mode="text"/>
      </p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:altIdentifier | tei:head" mode="msdesc">
    <p class="ms-alt"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="*[local-name() = $ms-groups]" mode="msdesc" priority="1">
    <xsl:variable name="about" as="xs:string*" select="(@form, @material) ! string(.)"/>
    <xsl:if test="exists($about)">
      <dt lang="{$ui-lang}"><xsl:value-of select="ed:ms-label(local-name())"/></dt>
      <dd class="ms-attrs"><xsl:value-of select="string-join($about, ', ')"/></dd>
    </xsl:if>
    <xsl:apply-templates mode="msdesc"/>
  </xsl:template>

  <!-- Text standing loose in a group is a field of the group. -->
  <xsl:template match="text()[normalize-space()]" mode="msdesc">
    <dt lang="{$ui-lang}"><xsl:value-of select="ed:ms-label(local-name(..))"/></dt>
    <dd><xsl:value-of select="."/></dd>
  </xsl:template>

  <!-- Any other part: a field labelled by the table, or by its element name. -->
  <xsl:template match="*" mode="msdesc">
    <xsl:variable name="head" as="element(tei:head)?" select="self::tei:listBibl/tei:head[1]"/>
    <dt>
      <xsl:choose>
        <!-- a bibliography's own heading is the TEI's words, in the TEI's language -->
        <xsl:when test="exists($head)"><xsl:attribute name="lang" select="ed:lang-of($head)"/><xsl:value-of select="normalize-space($head)"/></xsl:when>
        <xsl:otherwise><xsl:attribute name="lang" select="$ui-lang"/><xsl:value-of select="ed:ms-label(local-name())"/></xsl:otherwise>
      </xsl:choose>
    </dt>
    <dd><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates select="." mode="ms-field"/></dd>
  </xsl:template>

  <!-- An empty part (an incipit or a foliation left blank) says nothing: no label either. -->
  <xsl:template match="*[not(normalize-space()) and not(*) and not(@*)]" mode="msdesc" priority="2"/>

  <xsl:template match="tei:msPart | tei:msFrag" mode="msdesc">
    <dt lang="{$ui-lang}"><xsl:value-of select="ed:ms-label(local-name())"/></dt>
    <dd><xsl:apply-templates select="." mode="text"/></dd>
  </xsl:template>

  <!-- The body of a field. -->
  <xsl:mode name="ms-field" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="*" mode="ms-field">
    <xsl:apply-templates mode="text"/>
  </xsl:template>

  <!-- A bibliography: one item each; its heading is the field's label already. -->
  <xsl:template match="tei:listBibl" mode="ms-field">
    <ul class="ms-bibl">
      <xsl:for-each select="tei:bibl | tei:biblStruct | tei:listBibl | tei:msDesc">
        <li><xsl:apply-templates select="." mode="text"/></li>
      </xsl:for-each>
    </ul>
    <xsl:apply-templates select="node() except (tei:head | tei:bibl | tei:biblStruct | tei:listBibl | tei:msDesc)" mode="text"/>
  </xsl:template>

  <!-- Contents: a summary and the items, numbered as the TEI numbers them. -->
  <xsl:template match="tei:msContents" mode="ms-field">
    <xsl:apply-templates select="node() except tei:msItem" mode="text"/>
    <xsl:if test="tei:msItem">
      <ol class="ms-items"><xsl:apply-templates select="tei:msItem" mode="text"/></ol>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:msItem | tei:msItemStruct" mode="text">
    <li class="ms-item">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@n"><span class="ms-n"><xsl:value-of select="@n"/>. </span></xsl:if>
      <xsl:apply-templates select="node() except tei:msItem" mode="text"/>
      <xsl:if test="tei:msItem">
        <ol class="ms-items"><xsl:apply-templates select="tei:msItem" mode="text"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="tei:locus | tei:locusGrp" mode="text">
    <span class="locus"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:msItem/tei:author | tei:msItemStruct/tei:author" mode="text">
    <span class="ms-author"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- Incipit, explicit, rubric, colophon: labelled, the manuscript's words quoted. -->
  <xsl:template match="tei:*[self::tei:incipit or self::tei:explicit or self::tei:rubric or self::tei:finalRubric or self::tei:colophon][not(normalize-space()) and not(*)]" mode="text" priority="1"/>
  <xsl:template match="tei:incipit | tei:explicit | tei:rubric | tei:finalRubric | tei:colophon" mode="text">
    <span class="ms-quote">
      <span class="ms-label" lang="{$ui-lang}"><xsl:value-of select="ed:ms-label(local-name())"/>: </span>
      <q><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></q>
    </span>
  </xsl:template>

  <!-- Dimensions as height × width (× depth) and the unit. -->
  <xsl:template match="tei:dimensions" mode="text">
    <span class="dimensions">
      <xsl:if test="@type"><span lang="en"><xsl:value-of select="@type"/>: </span></xsl:if>
      <xsl:for-each select="tei:height | tei:width | tei:depth | tei:dim">
        <xsl:if test="position() gt 1"> × </xsl:if>
        <xsl:apply-templates mode="text"/>
      </xsl:for-each>
      <xsl:if test="@unit"><xsl:text> </xsl:text><xsl:value-of select="@unit"/></xsl:if>
      <xsl:apply-templates select="node() except (tei:height | tei:width | tei:depth | tei:dim)" mode="text"/>
    </span>
  </xsl:template>

  <!-- The date of origin keeps its ISO value, as every date does (dates.xsl). -->
  <xsl:template match="tei:origDate" mode="text">
    <xsl:variable name="datetime" as="xs:string?" select="ed:html-datetime(.)"/>
    <xsl:variable name="range" as="xs:string?" select="ed:range-label(.)"/>
    <xsl:element name="{if (exists($datetime)) then 'time' else 'span'}">
      <xsl:if test="exists($datetime)"><xsl:attribute name="datetime" select="$datetime"/></xsl:if>
      <xsl:attribute name="class" select="'origDate'"/>
      <xsl:if test="exists($range)"><xsl:attribute name="title" select="$range"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
