<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading page: the controls (reading or diplomatic text, speakers, search), the text, the
  notes, and the register cards that edition.js shows on a name.

  The controls are form fields that CSS reads (:has), so both readings and the speakers stay
  reachable without JavaScript; edition.js remembers the choice and adds search and cards.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:reading-page">
    <xsl:call-template name="ed:page">
      <xsl:with-param name="page" select="'index.html'"/>
      <xsl:with-param name="page-title" select="$title"/>
      <xsl:with-param name="paragraph-citation" select="true()"/>
      <xsl:with-param name="content" as="node()*">
        <h1 lang="{$text-lang}"><xsl:value-of select="$title"/></h1>
        <xsl:if test="$subtitle">
          <p class="subtitle" lang="{ed:lang-of($subtitle)}"><xsl:value-of select="normalize-space($subtitle)"/></p>
        </xsl:if>
        <xsl:if test="exists($authors)">
          <p class="byline" lang="{$text-lang}"><xsl:value-of select="string-join($authors, ', ')"/></p>
        </xsl:if>
        <xsl:call-template name="ed:controls"/>
        <xsl:call-template name="ed:msdesc-section"/>
        <xsl:call-template name="ed:witnesses-section"/>
        <article id="text" class="text" lang="{$text-lang}" aria-labelledby="text-h">
          <h2 id="text-h" class="vh" lang="{$ui-lang}"><xsl:value-of select="ed:t('text.heading')"/></h2>
          <xsl:call-template name="ed:correspondence"/>
          <xsl:sequence select="$front-html"/>
          <xsl:call-template name="ed:contents"/>
          <xsl:sequence select="$body-back-html"/>
        </article>
        <xsl:call-template name="ed:notes-section"/>
        <xsl:call-template name="ed:apparatus-section"/>
      </xsl:with-param>
      <xsl:with-param name="after" as="node()*">
        <xsl:call-template name="ed:cards"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:controls">
    <xsl:variable name="speakers" as="xs:boolean" select="exists($tei/tei:text//tei:said)"/>
    <section class="controls" aria-label="{ed:t('controls.label')}">
      <fieldset class="switch">
        <legend><xsl:value-of select="ed:t('controls.text')"/></legend>
        <input type="radio" name="reading" id="v-reading" value="reading" checked="checked"/>
        <label for="v-reading"><xsl:value-of select="ed:t('controls.reading')"/></label>
        <input type="radio" name="reading" id="v-diplomatic" value="diplomatic"/>
        <label for="v-diplomatic"><xsl:value-of select="ed:t('controls.diplomatic')"/></label>
      </fieldset>
      <xsl:if test="$speakers">
        <fieldset class="switch">
          <legend><xsl:value-of select="ed:t('controls.speakers')"/></legend>
          <input type="checkbox" id="v-speakers"/>
          <label for="v-speakers"><xsl:value-of select="ed:t('controls.show-speakers')"/></label>
        </fieldset>
      </xsl:if>
      <form class="search" role="search" hidden="hidden" data-index="search-data.js">
        <label for="q"><xsl:value-of select="ed:t('controls.search-label')"/></label>
        <span class="field">
          <input type="search" id="q" name="q" autocomplete="off" aria-controls="search-results"/>
          <button type="submit"><xsl:value-of select="ed:t('controls.search')"/></button>
        </span>
        <p id="search-status" class="status" role="status"></p>
        <ol id="search-results"></ol>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
