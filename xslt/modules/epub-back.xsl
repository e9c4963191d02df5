<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's back matter: the registers (each entry with links to the places that mention it,
  as on the register pages), the sources of the commentary and the registers, and the appendix
  of the source's readings. The reading text is the body of the EPUB; where the editors
  corrected, regularised, supplied or the source deleted, the appendix gives both readings and
  the place (paragraph or note, and the source's line), so that the diplomatic text stays
  recoverable without a second copy of the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Where the two readings differ, in what the e-book shows: the text, as on the reading page
       (front, body or group, back), and its notes. -->
  <xsl:variable name="source-readings" as="element()*"
    select="$tei/tei:text//(tei:choice | tei:supplied | tei:del)[not(ancestor::tei:choice)]"/>

  <!-- One map per back-matter document: file, title, matter, doc. -->
  <xsl:template name="ed:epub-back">
    <xsl:for-each select="$used-registers">
      <xsl:variable name="register" as="map(xs:string, xs:string)" select="."/>
      <xsl:variable name="listed" as="element()*" select="$entries[local-name() = $register?entry]"/>
      <xsl:sequence select="map { 'file': replace($register?page, '\.html$', '.xhtml'), 'title': $register?title, 'matter': 'backmatter',
        'doc': ed:epub-page($register?title, 'backmatter', ed:register-content($register, $listed)) }"/>
    </xsl:for-each>
    <xsl:if test="exists($sources)">
      <xsl:sequence select="map { 'file': 'sources.xhtml', 'title': ed:t('sources.heading'), 'matter': 'backmatter',
        'doc': ed:epub-page(ed:t('sources.heading'), 'backmatter', ed:sources-content()) }"/>
    </xsl:if>
    <xsl:if test="exists($source-readings)">
      <xsl:sequence select="map { 'file': 'readings.xhtml', 'title': ed:t('epub.readings'), 'matter': 'backmatter',
        'doc': ed:epub-page(ed:t('epub.readings'), 'backmatter', ed:readings-content()) }"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="ed:register-content" as="element()*">
    <xsl:param name="register" as="map(xs:string, xs:string)"/>
    <xsl:param name="listed" as="element()*"/>
    <section class="register-page" aria-labelledby="register-h">
      <h1 id="register-h"><xsl:value-of select="$register?title"/></h1>
      <p class="lead"><xsl:value-of select="ed:ts('epub.register-lead', ed:num(count($listed)))"/></p>
      <ol class="register">
        <xsl:sequence select="$register-html($register?entry)"/>
      </ol>
    </section>
  </xsl:function>

  <xsl:function name="ed:sources-content" as="element()*">
    <section class="register-page" aria-labelledby="sources-h">
      <h1 id="sources-h"><xsl:value-of select="ed:t('sources.heading')"/></h1>
      <p class="lead"><xsl:value-of select="ed:t('epub.sources-lead')"/></p>
      <ol class="register sources-list">
        <xsl:for-each select="$sources">
          <li id="{@xml:id}" class="entry">
            <h2><xsl:value-of select="if (parent::tei:sourceDesc) then ed:ts('sources.the-text', normalize-space((tei:title)[1])) else ed:source-label(.)"/></h2>
            <p class="desc">
              <xsl:sequence select="ed:lang(.)"/>
              <xsl:apply-templates select="node() except (tei:note, tei:respStmt, tei:relatedItem)" mode="text"/>
            </p>
            <xsl:call-template name="ed:cited-by">
              <xsl:with-param name="citing" select="key('cited-by', string(@xml:id), $tei/root())"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:function>

  <xsl:function name="ed:readings-content" as="element()*">
    <section class="register-page" aria-labelledby="readings-h">
      <h1 id="readings-h"><xsl:value-of select="ed:t('epub.readings')"/></h1>
      <p class="lead"><xsl:value-of select="ed:t('epub.readings-lead')"/></p>
      <table class="readings">
        <thead>
          <tr><xsl:for-each select="'epub.place', 'epub.this-edition', 'epub.the-source', 'epub.what'"><th scope="col"><xsl:value-of select="ed:t(.)"/></th></xsl:for-each></tr>
        </thead>
        <tbody>
          <xsl:for-each select="$source-readings">
            <xsl:variable name="locus" as="element()?" select="ed:locus(.)"/>
            <xsl:variable name="line" as="xs:string?" select="preceding::tei:lb[1]/@n ! string(.)"/>
            <tr>
              <td>
                <xsl:choose>
                  <xsl:when test="exists($locus)">
                    <a href="text.xhtml#{if ($locus/self::tei:note) then ed:note-id($locus) else $locus/@xml:id}"><xsl:value-of select="ed:locus-label($locus)"/></a>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="ed:t('locus.text')"/></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="exists($line)"><xsl:value-of select="ed:nbsp(ed:ts('epub.line', $line))"/></xsl:if>
              </td>
              <td lang="{ed:lang-of(.)}"><xsl:value-of select="ed:reading-of(., true())"/></td>
              <td lang="{ed:lang-of(.)}"><xsl:value-of select="ed:reading-of(., false())"/></td>
              <td><xsl:value-of select="ed:t(
                if (self::tei:supplied) then 'epub.supplied'
                else if (self::tei:del) then 'epub.deleted'
                else if (tei:corr) then 'epub.correction'
                else if (tei:reg) then 'epub.regularisation'
                else if (tei:expan) then 'epub.expansion'
                else 'epub.alternative')"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:function>

  <!-- The text of one reading at a difference: the edition's (true) or the source's (false);
       "(nothing)" where one of them has none. -->
  <xsl:function name="ed:reading-of" as="xs:string">
    <xsl:param name="at" as="element()"/>
    <xsl:param name="edited" as="xs:boolean"/>
    <xsl:variable name="part" as="node()*" select="
      if ($at/self::tei:supplied) then (if ($edited) then $at else ())
      else if ($at/self::tei:del) then (if ($edited) then () else $at)
      else if ($edited) then $at/(tei:corr | tei:reg | tei:expan)[1]
      else $at/(tei:sic | tei:orig | tei:abbr)[1]"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space(string-join($part ! string(.)))"/>
    <xsl:sequence select="if ($text) then $text else ed:t('epub.nothing')"/>
  </xsl:function>
</xsl:stylesheet>
