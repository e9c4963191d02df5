<?xml version="1.0" encoding="UTF-8"?>
<!--
  Letters (mode text): opener and closer, dateline, salute, signature, postscript; and above the
  text, from the header's correspDesc, who wrote to whom, where and when.

  The parts are spans shown as blocks (CSS): a closer often stands inside a paragraph, where an
  HTML block would break the paragraph. A newline follows each, so that its words stay apart.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:opener | tei:closer | tei:postscript" mode="text">
    <div class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <!-- Inside a paragraph an opener or closer stays a span, so that the paragraph stays whole. -->
  <xsl:template match="tei:opener[ancestor::tei:p] | tei:closer[ancestor::tei:p] | tei:postscript[ancestor::tei:p]" mode="text">
    <span class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:address | tei:addrLine" mode="text">
    <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text>&#10;</xsl:text></xsl:if>
    <span class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- "From … to …, place, date" (Van … aan …): the sending and the receiving of the letter (correspDesc). -->
  <xsl:template name="ed:correspondence">
    <xsl:variable name="desc" as="element(tei:correspDesc)?" select="$header/tei:profileDesc/tei:correspDesc[1]"/>
    <xsl:variable name="sent" as="element(tei:correspAction)?" select="$desc/tei:correspAction[@type = 'sent'][1]"/>
    <xsl:variable name="received" as="element(tei:correspAction)?" select="$desc/tei:correspAction[@type = 'received'][1]"/>
    <xsl:variable name="from" as="element()*" select="$sent/(tei:persName | tei:orgName | tei:name)"/>
    <xsl:variable name="to" as="element()*" select="$received/(tei:persName | tei:orgName | tei:name)"/>
    <xsl:variable name="place" as="element()?" select="$sent/tei:placeName[1]"/>
    <xsl:variable name="date" as="element(tei:date)?" select="$sent/tei:date[1]"/>
    <xsl:if test="exists(($from, $to, $place, $date))">
      <p class="correspondence" lang="{$ui-lang}">
        <xsl:choose>
          <xsl:when test="exists($from) and exists($to)">
            <xsl:sequence select="ed:t('letters.from-to', (ed:slot(ed:corresp-names($from)), ed:slot(ed:corresp-names($to))))"/>
          </xsl:when>
          <xsl:when test="exists($from)"><xsl:sequence select="ed:t('letters.from', ed:slot(ed:corresp-names($from)))"/></xsl:when>
          <xsl:when test="exists($to)"><xsl:sequence select="ed:t('letters.to', ed:slot(ed:corresp-names($to)))"/></xsl:when>
        </xsl:choose>
        <xsl:for-each select="$place">
          <xsl:text>, </xsl:text>
          <span lang="{ed:lang-of(.)}"><xsl:value-of select="normalize-space(.)"/></span>
        </xsl:for-each>
        <xsl:for-each select="$date">
          <xsl:text>, </xsl:text>
          <xsl:variable name="iso" as="xs:string?" select="(@when, @notBefore, @from)[1] ! string(.)"/>
          <xsl:variable name="words" as="xs:string" select="(normalize-space(.)[. != ''], $iso, '')[1]"/>
          <xsl:choose>
            <xsl:when test="exists($iso)"><time datetime="{$iso}" lang="{ed:lang-of(.)}"><xsl:value-of select="$words"/></time></xsl:when>
            <xsl:otherwise><span lang="{ed:lang-of(.)}"><xsl:value-of select="$words"/></span></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- Names as the header writes them, joined with "and" in the interface language. -->
  <xsl:function name="ed:corresp-names" as="node()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:variable name="spans" as="element()*">
      <xsl:for-each select="$names"><span lang="{ed:lang-of(.)}"><xsl:value-of select="normalize-space(.)"/></span></xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="count($spans) le 1"><xsl:sequence select="$spans"/></xsl:when>
      <!-- a, b and c: the commas are the same in every table's language, the last joint is the table's -->
      <xsl:otherwise>
        <xsl:variable name="first" as="node()*">
          <xsl:for-each select="$spans[position() lt last()]">
            <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:sequence select="ed:t('list.and', (ed:slot($first), $spans[last()]))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
