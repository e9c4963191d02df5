/**
 * dist/index.html: the edition's landing page. Each document's section (what the text is, its
 * pages, how to cite it, its downloads) comes from the HTML stylesheet (xslt/modules/landing.xsl,
 * kept on the file by renderHtml); this page puts them together with the shared assets.
 */
import type { TeiFile } from '../file.js';
import { version } from '../version.js';
import { LANDING_DATA_KEY } from './html.js';
import type { Output } from './output.js';
import type { EditionModel } from '../model/edition.js';
import { landingCitation } from './citation/index.js';
import { citeBlockHtml, headHtml } from './citation/html.js';
import { elements, textOf, within } from '../xml.js';
import { t } from '../i18n/messages.js';
import { EDITION_EPUB, epubPath } from './epub/paths.js';

/**
 * The other formats the build writes for each document (src/render/json/), offered as downloads
 * beside the TEI. The link check over dist/ (test/html/) catches a row that no longer exists.
 */
/** `label` and `what` are message keys (xslt/messages/); a label without a key is a proper name. */
const FORMATS: readonly { path: (id: string) => string; label: string; what: string; when?: (e: EditionModel) => boolean }[] = [
  { path: (id) => `${id}/edition.json`, label: 'landing.json-label', what: 'landing.json' },
  { path: (id) => `${id}/annotations.jsonld`, label: 'Web Annotations (JSON-LD)', what: 'landing.annotations' },
  { path: (id) => `${id}/${id}.txt`, label: 'landing.text-label', what: 'landing.plain' },
  // only when the build made it (--pdf): src/render/pdf/
  { path: (id) => `${id}/${id}.pdf`, label: 'landing.pdf-label', what: 'landing.pdf', when: (e) => e.formats.pdf },
  { path: epubPath, label: 'EPUB', what: 'landing.epub' },
];

export function renderLanding(files: readonly TeiFile[], edition: EditionModel): Output[] {
  const citation = landingCitation(edition);
  const docs = [...files].sort((a, b) => a.id.localeCompare(b.id));
  const lang = edition.uiLang;
  const sections = docs.map((f) => withDownloads(String(f.data[LANDING_DATA_KEY] ?? ''), f.id, edition)).join('\n');
  const built = docs.map(builtOf).sort().at(-1) ?? '';
  const full = docs.length === 1 ? t(lang, 'landing.title-one', titleOf(docs[0]!)) : t(lang, 'landing.title');
  // Browsers and validators cut titles at about 70 characters.
  const title = full.length <= 70 ? full : `${full.slice(0, 68).replace(/\s+\S*$/, '')} …`;
  const html = `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="generator" content="tei-edition ${esc(version)}">
${headHtml(citation.head)}
<link rel="icon" href="assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="assets/edition.css">
<script src="assets/edition.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${esc(t(lang, 'page.skip'))}</a>
<header class="site"><p class="site-title"><a href="index.html" aria-current="page">${esc(t(lang, 'page.home'))}</a></p></header>
<main id="main">
<h1>${esc(t(lang, 'landing.title'))}</h1>
<p class="lead">${esc(t(lang, 'landing.lead', docs.length === 1 ? t(lang, 'landing.one') : t(lang, 'landing.many', docs.length)))}</p>
${sections}
${docs.length > 1 ? `<p class="downloads">${esc(t(lang, 'landing.edition-epub', '\u0000')).replace('\u0000', `<a href="${EDITION_EPUB}" download="${EDITION_EPUB}" type="application/epub+zip">EPUB</a>`)}</p>\n` : ''}${citeBlockHtml(citation, t(lang, docs.length === 1 ? 'cite.edition' : 'cite.heading'), lang)}
<section class="cite" aria-labelledby="formats-h">
<h2 id="formats-h">${esc(t(lang, 'landing.about'))}</h2>
<p>${esc(t(lang, 'landing.about-text', '\u0000')).replace('\u0000', `<a href="schema/edition.schema.json">${esc(t(lang, 'landing.schema'))}</a>`)}</p>
</section>
</main>
<footer class="site"><p>tei-edition ${esc(version)}${built ? ` · ${esc(t(lang, 'colophon.built', '\u0000')).replace('\u0000', `<time datetime="${esc(built)}">${esc(built)}</time>`)}` : ''}</p></footer>
</body>
</html>
`;
  return [{ path: 'index.html', content: html }];
}

/** Adds the other formats to the section's download list, in the words of the document's interface. */
function withDownloads(section: string, id: string, edition: EditionModel): string {
  const lang = edition.document(id)?.uiLang ?? edition.uiLang;
  const label = (key: string): string => (key.startsWith('landing.') ? t(lang, key) : key);
  // The id is a file name: as a path segment it is encoded, so that "javascript:x" is no scheme.
  const items = FORMATS.filter((f) => f.when?.(edition) ?? true)
    .map((f) => {
      const link = `<a href="${esc(f.path(encodeURIComponent(id)))}" download="${esc(f.path(id).split('/').pop()!)}">${esc(label(f.label))}</a>`;
      return `<li>${esc(t(lang, f.what, '\u0000')).replace('\u0000', link)}</li>`;
    })
    .join('');
  return section.replace(/(<ul class="downloads"[^>]*>[\s\S]*?)(<\/ul>)/, (_, list: string, end: string) => `${list}${items}${end}`);
}

/** The document's main title, as plain text. */
function titleOf(file: TeiFile): string {
  if (!file.tree) return file.id;
  const title = [...elements(file.tree)].find((e) => e.local === 'title' && within(e, 'titleStmt') && e.attributes['type'] !== 'sub');
  return title ? textOf(title).replace(/\s+/g, ' ').trim() : file.id;
}

/** The latest revisionDesc/change/@when of a document: its build date, never the wall clock. */
function builtOf(file: TeiFile): string {
  if (!file.tree) return '';
  const dates = [...elements(file.tree)]
    .filter((e) => e.local === 'change' && within(e, 'revisionDesc') && e.attributes['when'])
    .map((e) => e.attributes['when']!.slice(0, 10));
  return dates.sort().at(-1) ?? '';
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
