<?xml version="1.0" encoding="UTF-8"?>
<!-- overview.html: the pictures — the timeline of dated events and who speaks how much. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:template name="ed:overview-page">
    <xsl:result-document href="overview.html" format="page">
      <xsl:call-template name="ed:page">
        <xsl:with-param name="page" select="'overview.html'"/>
        <xsl:with-param name="page-title" select="ed:t('overview.title') || ' · ' || ed:shorten($title, 40)"/>
        <xsl:with-param name="content" as="node()*">
          <h1><xsl:value-of select="ed:t('overview.title')"/></h1>
          <xsl:variable name="cited" as="element()"><a href="index.html"><cite lang="{$text-lang}"><xsl:value-of select="$title"/></cite></a></xsl:variable>
          <p class="lead"><xsl:sequence select="ed:t('overview.lead', $cited)"/></p>
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h"><xsl:value-of select="ed:t('overview.timeline')"/></h2>
            <xsl:choose>
              <xsl:when test="exists($events)"><xsl:call-template name="ed:timeline"/></xsl:when>
              <xsl:otherwise><p><xsl:value-of select="ed:t('overview.no-events')"/></p></xsl:otherwise>
            </xsl:choose>
          </section>
          <section aria-labelledby="speakers-h">
            <h2 id="speakers-h"><xsl:value-of select="ed:t('overview.speakers')"/></h2>
            <xsl:choose>
              <xsl:when test="exists($tei/tei:text//tei:said)"><xsl:call-template name="ed:speakers-chart"/></xsl:when>
              <xsl:otherwise><p><xsl:value-of select="ed:t('overview.no-speech')"/></p></xsl:otherwise>
            </xsl:choose>
          </section>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
