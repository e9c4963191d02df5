<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML reading edition: entry point. Parameters, every mode declared, modules imported.
  One mode per output variant; each module handles one concern.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The document's id: it names its folder in dist/. -->
  <xsl:param name="doc-id" as="xs:string" required="yes"/>
  <!-- The toolkit's version, printed in the footer. -->
  <xsl:param name="tool-version" as="xs:string" select="'0.0.0'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Reading text: the edited text (corrections, regularisations). -->
  <xsl:mode name="reading" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:import href="modules/page.xsl"/>
  <xsl:import href="modules/text.xsl"/>
  <xsl:import href="modules/names.xsl"/>
  <xsl:import href="modules/notes.xsl"/>
</xsl:stylesheet>
