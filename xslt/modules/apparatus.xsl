<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus, parallel segmentation (mode text, mode apparatus).

  In the text an <app> shows its base text: the lemma, or, where the encoder gave none (as
  editions that only record witnesses do), the first reading: the edition's choice, said in
  the apparatus heading. A marker after it links to its entry in the apparatus section below
  the text: the lemma (shortened when long), its witnesses, then every other reading with its
  witnesses' sigla, its type, and the notes of the app. An app with no other reading and no
  note has no entry. The witnesses (listWit in the header) are listed before the text, each
  siglum linking to its description; a witness that holds an msDesc shows it as a catalogue entry.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- An entry of the apparatus section: one app with its readings. -->
  <xsl:mode name="apparatus" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Apps with an entry, in document order, and their numbers (one pass, not a count per app). -->
  <xsl:variable name="app-entries" as="element(tei:app)*" select="$tei/tei:text//tei:app[ed:app-has-entry(.)]"/>
  <xsl:variable name="app-number" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($app-entries) return map { generate-id($app-entries[$i]): $i })"/>
  <xsl:variable name="witnesses" as="element(tei:witness)*" select="$header/tei:fileDesc/tei:sourceDesc//tei:listWit//tei:witness"/>

  <!-- The reading that stands in the text: the lemma, else the first reading. -->
  <xsl:function name="ed:app-base" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:lem, ed:app-readings($app))[1]"/>
  </xsl:function>

  <!-- The app's own readings (inside rdgGrp too, not those of an app nested in them). -->
  <xsl:function name="ed:app-readings" as="element(tei:rdg)*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app//tei:rdg[ancestor::tei:app[1] is $app]"/>
  </xsl:function>

  <xsl:function name="ed:app-variants" as="element(tei:rdg)*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="ed:app-readings($app) except ed:app-base($app)"/>
  </xsl:function>

  <xsl:function name="ed:app-has-entry" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="exists(ed:app-variants($app)) or exists($app/(tei:note | tei:witDetail))"/>
  </xsl:function>

  <xsl:function name="ed:app-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="string(($app/@xml:id, 'app-' || $app-number(generate-id($app)))[1])"/>
  </xsl:function>

  <!-- A witness's siglum: its <abbr type="siglum">, its @n, else its id. -->
  <xsl:function name="ed:siglum" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="w" as="element()?" select="key('id', $id, $tei)[1]"/>
    <xsl:sequence select="normalize-space(string(($w/tei:abbr[@type = 'siglum'], $w/@n, $id)[1]))"/>
  </xsl:function>

  <!-- "Apparatus entry 3": the words for a screen reader only, the number seen ({0} is the number). -->
  <xsl:function name="ed:vh-label" as="node()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="n" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*" select="tokenize(ed:t($key), '\{0\}')"/>
    <xsl:if test="normalize-space($parts[1])"><span class="vh" lang="{$ui-lang}"><xsl:value-of select="$parts[1]"/></span></xsl:if>
    <xsl:value-of select="$n"/>
    <xsl:if test="normalize-space($parts[2])"><span class="vh" lang="{$ui-lang}"><xsl:value-of select="$parts[2]"/></span></xsl:if>
  </xsl:function>

  <xsl:template match="tei:app" mode="text">
    <xsl:variable name="base" as="element()?" select="ed:app-base(.)"/>
    <span class="app">
      <xsl:apply-templates select="$base/node()" mode="text"/>
      <!-- What stands in the app besides its readings (not valid TEI, but well-formed) is kept too. -->
      <xsl:apply-templates select="node() except (tei:lem | tei:rdg | tei:rdgGrp | tei:note | tei:witDetail | tei:wit)" mode="text"/>
    </span>
    <xsl:if test="ed:app-has-entry(.)">
      <xsl:variable name="id" as="xs:string" select="ed:app-id(.)"/>
      <a class="app-ref" id="{$id}-ref" href="#{$id}" role="doc-noteref">
        <xsl:sequence select="ed:vh-label('apparatus.entry', string($app-number(generate-id(.))))"/>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- A list of apps standing between blocks (parallels, testimonia): their entries say it all. -->
  <xsl:template match="tei:listApp" mode="text">
    <xsl:apply-templates select="tei:app" mode="text"/>
  </xsl:template>

  <xsl:template name="ed:apparatus-section">
    <xsl:if test="exists($app-entries)">
      <section class="apparatus" aria-labelledby="apparatus-h">
        <h2 id="apparatus-h"><xsl:value-of select="ed:t('apparatus.heading')"/></h2>
        <p class="app-key"><xsl:value-of select="ed:t(if (exists($app-entries[not(tei:lem)])) then 'apparatus.key-first' else 'apparatus.key')"/></p>
        <ol class="app-list" lang="{$text-lang}">
          <xsl:apply-templates select="$app-entries" mode="apparatus"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:app" mode="apparatus">
    <xsl:variable name="id" as="xs:string" select="ed:app-id(.)"/>
    <xsl:variable name="base" as="element()?" select="ed:app-base(.)"/>
    <xsl:variable name="where" as="element()?" select="ancestor::*[self::tei:l or self::tei:p or self::tei:ab][@n][1]"/>
    <li id="{$id}">
      <a class="app-back" href="#{$id}-ref"><xsl:sequence select="ed:vh-label('apparatus.back', string($app-number(generate-id(.))))"/></a>
      <xsl:text> </xsl:text>
      <xsl:if test="exists($where)">
        <span class="app-loc" lang="{$ui-lang}"><xsl:value-of select="ed:ts(if ($where/self::tei:l) then 'apparatus.line' else 'locus.paragraph', string($where/@n))"/></span>
      </xsl:if>
      <xsl:text> </xsl:text>
      <span class="lem"><xsl:value-of select="ed:app-lemma-text($base)"/></span>
      <xsl:text>] </xsl:text>
      <xsl:sequence select="ed:app-witnesses($base)"/>
      <xsl:for-each select="ed:app-variants(.)">
        <xsl:text>; </xsl:text>
        <span class="rdg-entry">
          <span class="rdg-text">
            <xsl:choose>
              <xsl:when test="normalize-space() or exists(* except tei:note)"><xsl:apply-templates mode="text"/></xsl:when>
              <xsl:otherwise><i lang="{$ui-lang}"><xsl:value-of select="ed:t('apparatus.omitted')"/></i></xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:text> </xsl:text>
          <xsl:sequence select="ed:app-witnesses(.)"/>
          <xsl:variable name="type" as="xs:string?" select="(@type, parent::tei:rdgGrp/@type)[1]"/>
          <xsl:if test="exists($type)">
            <span class="rdg-type" lang="en"> (<xsl:value-of select="$type"/>)</span>
          </xsl:if>
        </span>
      </xsl:for-each>
      <xsl:for-each select="tei:witDetail[normalize-space()]">
        <xsl:text> </xsl:text>
        <span class="wit-detail"><xsl:sequence select="ed:app-witnesses(.)"/><xsl:text> </xsl:text><xsl:apply-templates mode="text"/></span>
      </xsl:for-each>
      <xsl:for-each select="tei:note">
        <xsl:text> </xsl:text>
        <span class="app-note"><xsl:apply-templates mode="text"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- The lemma as the entry repeats it: its words, the first two and the last two when long. -->
  <xsl:function name="ed:app-lemma-text" as="xs:string">
    <xsl:param name="base" as="element()?"/>
    <xsl:variable name="words" as="xs:string*"
      select="tokenize(normalize-space(string-join($base//text()[not(ancestor::tei:note or ancestor::tei:rdg[ancestor::tei:app[1] except $base/ancestor::tei:app[1]])])))"/>
    <xsl:sequence select="if (empty($words)) then ed:t('apparatus.omitted') else if (count($words) le 5) then string-join($words, ' ')
      else string-join(($words[position() le 2], '…', $words[position() gt last() - 2]), ' ')"/>
  </xsl:function>

  <!-- The sigla of a reading's witnesses, each linked to its description when it is listed. -->
  <xsl:function name="ed:app-witnesses" as="element()?">
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="ids" as="xs:string*" select="ed:local-ids($reading/@wit)"/>
    <xsl:if test="exists($ids)">
      <span class="wits">
        <xsl:for-each select="$ids">
          <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:variable name="id" as="xs:string" select="."/>
          <xsl:choose>
            <xsl:when test="exists($witnesses[@xml:id = $id])">
              <a class="wit" href="#wit-{$id}"><xsl:value-of select="ed:siglum($id)"/></a>
            </xsl:when>
            <xsl:otherwise><span class="wit"><xsl:value-of select="ed:siglum($id)"/></span></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:function>

  <!-- The witnesses before the text: siglum, description, and a manuscript's catalogue entry. -->
  <xsl:template name="ed:witnesses-section">
    <xsl:if test="exists($witnesses)">
      <section class="witnesses" aria-labelledby="witnesses-h">
        <h2 id="witnesses-h"><xsl:value-of select="ed:t('apparatus.witnesses')"/></h2>
        <dl class="wit-list">
          <xsl:for-each select="$witnesses">
            <dt>
              <xsl:if test="@xml:id"><xsl:attribute name="id" select="'wit-' || @xml:id"/></xsl:if>
              <xsl:value-of select="if (@xml:id) then ed:siglum(@xml:id) else normalize-space(string((tei:abbr[@type = 'siglum'], @n, '–')[1]))"/>
            </dt>
            <dd lang="{ed:lang-of(.)}">
              <xsl:apply-templates select="node() except (tei:abbr[@type = 'siglum'] | tei:msDesc | tei:listWit)" mode="text"/>
              <xsl:apply-templates select="tei:msDesc" mode="text"/>
            </dd>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>
  <!-- A witness's own words stand beside its msDesc: the line breaks between them are a space. -->
  <xsl:template match="tei:witness/text()[not(normalize-space())]" mode="text" priority="-0.25">
    <xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
