<?xml version="1.0" encoding="UTF-8"?>
<!--
  Drama (mode text): the cast list, speeches with their speakers, stage directions set off in
  italics. Acts and scenes are divisions (structure.xsl gives them the table of contents); verse
  speech is verse.xsl's, prose speech text.xsl's paragraphs.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:castList" mode="text">
    <section class="castlist" aria-label="{ed:t('drama.cast')}">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:apply-templates select="tei:head" mode="text"/>
      <ul><xsl:apply-templates select="* except tei:head" mode="text"/></ul>
    </section>
  </xsl:template>

  <xsl:template match="tei:castList/tei:head | tei:castGroup/tei:head" mode="text">
    <p class="cast-head"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:castGroup" mode="text">
    <li class="castgroup">
      <xsl:sequence select="ed:id(.)"/>
      <xsl:apply-templates select="tei:head" mode="text"/>
      <ul><xsl:apply-templates select="* except (tei:head, tei:roleDesc)" mode="text"/></ul>
      <xsl:apply-templates select="tei:roleDesc" mode="text"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:castItem" mode="text">
    <li class="castitem"><xsl:sequence select="ed:id(.)"/><xsl:apply-templates mode="text"/></li>
  </xsl:template>

  <!-- A role's description stands apart from the role's name even where no space divides them. -->
  <xsl:template match="tei:role | tei:roleDesc | tei:actor" mode="text">
    <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
    <span class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- A speech: the speaker's name as printed, then what is said. @who is kept for scripts. -->
  <xsl:template match="tei:sp" mode="text">
    <div class="sp">
      <xsl:sequence select="ed:id(.), ed:lang(.)"/>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="string-join(ed:local-ids(@who), ' ')"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="text">
    <p class="speaker"><xsl:sequence select="ed:lang(.)"/><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <!-- A stage direction between speeches is a paragraph of its own; inside a line or a speech's
       paragraph it stays in the flow. Both in italics (edition.css). -->
  <xsl:template match="tei:stage" mode="text">
    <xsl:choose>
      <xsl:when test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back or parent::tei:sp">
        <p class="{string-join(('stage', ed:class-tokens(@type)), ' ')}">
          <xsl:sequence select="ed:id(.), ed:lang(.)"/>
          <xsl:apply-templates mode="text"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
        <span class="stage"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></span>
        <xsl:if test="following-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The setting of a scene and the play's performance notes: paragraphs of their own. -->
  <xsl:template match="tei:set | tei:performance | tei:prologue | tei:epilogue" mode="text">
    <div class="{local-name()}"><xsl:sequence select="ed:id(.), ed:lang(.)"/><xsl:apply-templates mode="text"/></div>
  </xsl:template>
</xsl:stylesheet>
