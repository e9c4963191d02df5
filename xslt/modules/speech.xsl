<?xml version="1.0" encoding="UTF-8"?>
<!--
  Speech (mode text). Each utterance carries its speaker's label, which the speakers switch
  shows in the margin, with a line style per speaker: never colour alone.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- Speakers in order of their first utterance; their position picks their line style. -->
  <xsl:variable name="speakers" as="xs:string*"
    select="distinct-values($tei/tei:text//tei:said ! (ed:local-ids(@who)[1], '')[1])"/>

  <xsl:template match="tei:said" mode="text">
    <xsl:variable name="who" as="xs:string" select="(ed:local-ids(@who)[1], '')[1]"/>
    <xsl:variable name="label" as="xs:string" select="ed:speaker-label($who, root(.))"/>
    <xsl:variable name="previous" as="element(tei:said)?" select="preceding::tei:said[1]"/>
    <!-- A label only where the speaker changes within a paragraph. -->
    <xsl:variable name="labelled" as="xs:boolean" select="
      not(ancestor::tei:said) and
      not(exists($previous) and ed:locus($previous) is ed:locus(.)
          and (ed:local-ids($previous/@who)[1], '')[1] = $who)"/>
    <xsl:variable name="next" as="element(tei:said)?" select="following-sibling::tei:said[1]"/>
    <xsl:variable name="narration" as="xs:string" select="string-join(following-sibling::node()
      [empty($next) or . &lt;&lt; $next][not(self::tei:note)])"/>
    <span class="said s{index-of($speakers, $who)[1]}" data-who="{$who}">
      <xsl:sequence select="ed:id(.)"/>
      <xsl:if test="$labelled">
        <span class="who" lang="{$ui-lang}">
          <xsl:value-of select="$label"/>
          <xsl:if test="@resp">
            <xsl:text> </xsl:text>
            <abbr title="{ed:t('text.speaker-by-editors')}"><xsl:value-of select="ed:t('text.speaker-ed')"/></abbr>
          </xsl:if>
          <span class="vh">:</span>
        </span>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
    <!-- The narration that follows, when it is more than a reporting clause. -->
    <xsl:if test="parent::tei:p and count(tokenize($narration)) ge 12">
      <xsl:sequence select="ed:narrator-label()"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="ed:narrator-label" as="element()">
    <span class="who narrator" lang="{$ui-lang}"><xsl:value-of select="ed:t('text.narrator')"/><span class="vh">:</span></span>
  </xsl:function>

  <!-- In a text with speech, a paragraph that opens with narration is labelled as the narrator's. -->
  <xsl:function name="ed:opens-with-narration" as="xs:boolean">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:variable name="first" as="node()?" select="$p/node()[self::text()[normalize-space()] or self::*[not(self::tei:lb or self::tei:pb or self::tei:note)]][1]"/>
    <xsl:sequence select="exists($speakers) and exists($first) and not($first/self::tei:said) and exists($p/ancestor::tei:body)"/>
  </xsl:function>
</xsl:stylesheet>
