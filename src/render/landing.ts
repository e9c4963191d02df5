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
import { EDITION_EPUB, epubPath } from './epub/paths.js';

/**
 * The other formats the build writes for each document (src/render/json/), offered as downloads
 * beside the TEI. The link check over dist/ (test/html/) catches a row that no longer exists.
 */
const FORMATS: readonly { path: (id: string) => string; label: string; what: string }[] = [
  { path: (id) => `${id}/edition.json`, label: 'JSON edition', what: 'text, readings, notes and registers as data' },
  { path: (id) => `${id}/annotations.jsonld`, label: 'Web Annotations (JSON-LD)', what: 'names, dates and notes as W3C annotations' },
  { path: (id) => `${id}/${id}.txt`, label: 'Plain text', what: 'the reading text' },
  { path: epubPath, label: 'EPUB', what: 'the reading text as an e-book, with the notes and registers' },
];

export function renderLanding(files: readonly TeiFile[], edition: EditionModel): Output[] {
  const citation = landingCitation(edition);
  const docs = [...files].sort((a, b) => a.id.localeCompare(b.id));
  const sections = docs.map((f) => withDownloads(String(f.data[LANDING_DATA_KEY] ?? ''), f.id)).join('\n');
  const built = docs.map(builtOf).sort().at(-1) ?? '';
  const full = docs.length === 1 ? `Digital edition: ${titleOf(docs[0]!)}` : 'Digital edition';
  // Browsers and validators cut titles at about 70 characters.
  const title = full.length <= 70 ? full : `${full.slice(0, 68).replace(/\s+\S*$/, '')} …`;
  const html = `<!DOCTYPE html>
<html lang="en">
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
<a class="skip" href="#main">Skip to content</a>
<header class="site"><p class="site-title"><a href="index.html" aria-current="page">Edition home</a></p></header>
<main id="main">
<h1>Digital edition</h1>
<p class="lead">${docs.length === 1 ? 'One document' : `${docs.length} documents`}, edited in TEI P5 and published as a reading edition that works from plain files, without a server. Each document has its text in a reading and a diplomatic version, registers of names, a timeline, and downloads of its sources.</p>
${sections}
${docs.length > 1 ? `<p class="downloads">The whole edition as one e-book: <a href="${EDITION_EPUB}" download="${EDITION_EPUB}" type="application/epub+zip">EPUB</a>.</p>\n` : ''}${citeBlockHtml(citation, docs.length === 1 ? 'Cite the edition' : 'Cite this page')}
<section class="cite" aria-labelledby="formats-h">
<h2 id="formats-h">About the formats</h2>
<p>The TEI document is the source of everything else. The JSON edition follows <a href="schema/edition.schema.json">its JSON Schema</a>. Pages cite their paragraphs by number (¶) and anchor.</p>
</section>
</main>
<footer class="site"><p>tei-edition ${esc(version)}${built ? ` · built from the sources of <time datetime="${esc(built)}">${esc(built)}</time>` : ''}</p></footer>
</body>
</html>
`;
  return [{ path: 'index.html', content: html }];
}

/** Adds the other formats to the section's download list. */
function withDownloads(section: string, id: string): string {
  // The id is a file name: as a path segment it is encoded, so that "javascript:x" is no scheme.
  const items = FORMATS.map((f) => `<li><a href="${esc(f.path(encodeURIComponent(id)))}" download="${esc(f.path(id).split('/').pop()!)}">${esc(f.label)}</a> (${esc(f.what)})</li>`).join('');
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
