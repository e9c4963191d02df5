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
        <article id="text" class="text" lang="{$text-lang}" aria-labelledby="text-h">
          <h2 id="text-h" class="vh" lang="en">Text</h2>
          <xsl:call-template name="ed:correspondence"/>
          <xsl:apply-templates select="$tei/tei:text/tei:front" mode="text"/>
          <xsl:call-template name="ed:contents"/>
          <xsl:apply-templates select="$tei/tei:text/(tei:body, tei:group, tei:back)" mode="text"/>
        </article>
        <xsl:call-template name="ed:notes-section"/>
      </xsl:with-param>
      <xsl:with-param name="after" as="node()*">
        <xsl:call-template name="ed:cards"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:controls">
    <xsl:variable name="speakers" as="xs:boolean" select="exists($tei/tei:text//tei:said)"/>
    <section class="controls" aria-label="Display and search">
      <fieldset class="switch">
        <legend>Text</legend>
        <input type="radio" name="reading" id="v-reading" value="reading" checked="checked"/>
        <label for="v-reading">Reading text</label>
        <input type="radio" name="reading" id="v-diplomatic" value="diplomatic"/>
        <label for="v-diplomatic">Diplomatic (source readings, line breaks)</label>
      </fieldset>
      <xsl:if test="$speakers">
        <fieldset class="switch">
          <legend>Speakers</legend>
          <input type="checkbox" id="v-speakers"/>
          <label for="v-speakers">Show who speaks</label>
        </fieldset>
      </xsl:if>
      <form class="search" role="search" hidden="hidden" data-index="search-data.js">
        <label for="q">Search the text</label>
        <span class="field">
          <input type="search" id="q" name="q" autocomplete="off" aria-controls="search-results"/>
          <button type="submit">Search</button>
        </span>
        <p id="search-status" class="status" role="status"></p>
        <ol id="search-results"></ol>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
