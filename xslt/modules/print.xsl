<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document for print (print.html, written only when $print is true): a title page with the
  citation, the reading text with the page beginnings in the margin, the notes as endnotes (the
  markers link to them and back), and the registers. src/render/pdf/ prints it with Chromium
  into <doc-id>.pdf; the page itself is not published.

  It reuses the reading page's modes (text, note, register), so that the print says what the
  screen says; only the frame is its own.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- A CSS string: "…" with backslashes and quotes escaped. -->
  <xsl:function name="ed:css-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="'&quot;' || replace(replace(normalize-space($text), '\\', '\\\\'), '&quot;', '\\&quot;') || '&quot;'"/>
  </xsl:function>

  <!-- "Pagina {0} van {1}" as CSS content: "Pagina " counter(page) " van " counter(pages). -->
  <xsl:function name="ed:page-numbers" as="xs:string">
    <xsl:param name="message" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="$message" regex="\{{([01])\}}">
        <xsl:matching-substring><xsl:sequence select="if (regex-group(1) = '0') then 'counter(page)' else 'counter(pages)'"/></xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="ed:css-string(replace(., ' ', '&#160;'))"/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts, ' ')"/>
  </xsl:function>

  <xsl:template name="ed:print-page">
    <xsl:result-document href="print.html" format="page">
      <html lang="{$ui-lang}" class="pdf">
        <head>
          <meta charset="utf-8"/>
          <title><xsl:value-of select="$title"/></title>
          <meta name="generator" content="tei-edition {$tool-version}"/>
          <xsl:for-each select="$authors">
            <meta name="author" content="{.}"/>
          </xsl:for-each>
          <link rel="stylesheet" href="../assets/edition.css"/>
          <!-- The pages: running head (the title) and page numbers in @page margin boxes, none on the
               title page. Chromium 156 lays out margin boxes with counter(page) and counter(pages),
               but not string-set: the head cannot follow the chapter. -->
          <style>
            <xsl:text>@page { size: A4; margin: 20mm 22mm 18mm 28mm; </xsl:text>
            <xsl:text>@top-right { content: </xsl:text><xsl:value-of select="ed:css-string(ed:shorten($title, 80))"/>
            <xsl:text>; font: italic 8pt sans-serif; color: #555; } </xsl:text>
            <xsl:text>@bottom-center { content: </xsl:text>
            <xsl:value-of select="ed:page-numbers(ed:t('print.page'))"/>
            <xsl:text>; font: 8pt sans-serif; color: #555; } } </xsl:text>
            <xsl:text>@page :first { @top-right { content: none; } @bottom-center { content: none; } }</xsl:text>
          </style>
        </head>
        <body>
          <section class="title-page" aria-labelledby="title-h">
            <h1 id="title-h" lang="{$text-lang}"><xsl:value-of select="$title"/></h1>
            <xsl:if test="$subtitle">
              <p class="subtitle" lang="{ed:lang-of($subtitle)}"><xsl:value-of select="normalize-space($subtitle)"/></p>
            </xsl:if>
            <xsl:if test="exists($authors)">
              <p class="byline" lang="{$text-lang}"><xsl:value-of select="string-join($authors, ', ')"/></p>
            </xsl:if>
            <h2 id="print-cite-h"><xsl:value-of select="ed:t('print.citation')"/></h2>
            <p class="citation" lang="{$citation-lang}"><xsl:sequence select="ed:default-citation('index.html')"/></p>
            <xsl:if test="$kit?translatorUnknown">
              <p class="note-line"><xsl:value-of select="ed:t('cite.translator-unknown')"/></p>
            </xsl:if>
            <div class="colophon"><xsl:call-template name="ed:colophon"/></div>
          </section>
          <main id="main">
            <article id="text" class="text" lang="{$text-lang}" aria-labelledby="text-h">
              <h2 id="text-h"><xsl:value-of select="ed:t('text.heading')"/></h2>
              <xsl:sequence select="$front-html, $body-back-html"/>
            </article>
            <xsl:call-template name="ed:notes-section"/>
            <xsl:for-each select="$used-registers">
              <xsl:variable name="register" as="map(xs:string, xs:string)" select="."/>
              <section class="print-register" aria-labelledby="{$register?entry}-h">
                <!-- h1: in the outline the entries (h2) come under their register -->
                <h1 id="{$register?entry}-h"><xsl:value-of select="$register?title"/></h1>
                <ol class="register">
                  <xsl:sequence select="$register-html($register?entry)"/>
                </ol>
              </section>
            </xsl:for-each>
          </main>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
