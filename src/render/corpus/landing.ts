/**
 * The corpus landing page (several documents): one table of every document with its metadata.
 * Without JavaScript it is a plain table in document order; assets/corpus.js adds sorting by
 * any column, a filter by words and by genre, and the search across the corpus (Pagefind).
 */
import type { EditionModel } from '../../model/edition.js';
import { landingCitation } from '../citation/index.js';
import { citeBlockHtml, headHtml } from '../citation/html.js';
import type { RegisterKind } from '../json/types.js';
import type { CorpusRow } from './documents.js';
import { corpusPage, docHref, esc, KIND_LABELS } from './page.js';
import { EDITION_EPUB, epubPath } from '../epub/paths.js';

export interface LandingParts {
  rows: CorpusRow[];
  registerFiles: { id: string; title: string }[];
  counts: Partial<Record<RegisterKind, number>>;
  /** The languages of the search bundles (pagefind/<lang>/). */
  languages: string[];
  built: string;
}

export function corpusLanding(edition: EditionModel, parts: LandingParts): string {
  const citation = landingCitation(edition);
  const { rows } = parts;
  const kinds = (Object.keys(parts.counts) as RegisterKind[]).filter((k) => (parts.counts[k] ?? 0) > 0);
  const genres = [...new Set(rows.map((r) => r.genre).filter((g): g is string => g !== null))].sort();
  const words = rows.reduce((n, r) => n + r.words, 0);
  const body = `<h1>Digital edition</h1>
<p class="lead">${rows.length} documents (${words.toLocaleString('en')} words), edited in TEI P5 and published as a reading edition that works from plain files. Each document keeps its own pages: its text, registers, timeline and sources.</p>
<section class="corpus-search" aria-labelledby="corpus-search-h">
<h2 id="corpus-search-h">Search the corpus</h2>
<form role="search" id="corpus-search" data-languages="${esc(parts.languages.join(' '))}" hidden><label for="corpus-q">Words in any document</label><span class="row"><input type="search" id="corpus-q" name="q" autocomplete="off" aria-controls="corpus-results"><button type="submit">Search</button></span></form>
<p id="corpus-search-status" class="status" role="status">${'Search needs JavaScript; the table below lists every document.'}</p>
<ol id="corpus-results"></ol>
</section>
${kinds.length ? `<section aria-labelledby="registers-h"><h2 id="registers-h">Registers across the corpus</h2><ul class="corpus-registers">${kinds.map((k) => `<li><a href="registers/${k}.html">${KIND_LABELS[k]}</a> (${parts.counts[k]})</li>`).join('')}</ul></section>` : ''}
<section aria-labelledby="documents-h">
<h2 id="documents-h">Documents</h2>
<div class="corpus-filter" hidden><label for="corpus-filter-q">Filter</label> <input type="search" id="corpus-filter-q" aria-controls="corpus-table">${genres.length > 1 ? ` <label for="corpus-filter-genre">Genre</label> <select id="corpus-filter-genre" aria-controls="corpus-table"><option value="">all</option>${genres.map((g) => `<option>${esc(g)}</option>`).join('')}</select>` : ''} <span id="corpus-count" role="status"></span></div>
<div class="table-wrap"><table class="data corpus" id="corpus-table">
<caption>${rows.length} documents${genres.length ? `; genre from the header's classification, or (marked *) from the text's structure` : ''}</caption>
<thead><tr><th scope="col" data-type="text">Title</th><th scope="col" data-type="text">Author</th><th scope="col" data-type="date">Date</th><th scope="col" data-type="text">Genre</th><th scope="col" data-type="text">Language</th><th scope="col" data-type="number">Words</th><th scope="col">E-book</th></tr></thead>
<tbody>
${rows.map(rowHtml).join('\n')}
</tbody>
</table></div>
</section>
${parts.registerFiles.length ? `<section aria-labelledby="register-files-h"><h2 id="register-files-h">Register files</h2><ul>${parts.registerFiles.map((f) => `<li><a href="${docHref('', f.id)}">${esc(f.title)}</a></li>`).join('')}</ul></section>` : ''}
<p class="downloads">The whole edition as one e-book: <a href="${EDITION_EPUB}" download="${EDITION_EPUB}" type="application/epub+zip">EPUB</a>.</p>
${citeBlockHtml(citation, 'Cite this page', 'en')}
<section class="cite" aria-labelledby="formats-h">
<h2 id="formats-h">About the formats</h2>
<p>The TEI document is the source of everything else. The JSON edition follows <a href="schema/edition.schema.json">its JSON Schema</a>. Pages cite their paragraphs by number (¶) and anchor.</p>
</section>`;
  return corpusPage({ up: '', title: 'Digital edition', head: `${headHtml(citation.head)}\n`, kinds, self: 'index.html', built: parts.built, body });
}

function rowHtml(r: CorpusRow): string {
  const genre = r.genre ? `${esc(r.genre)}${r.genreFrom === 'structure' ? '<span title="from the structure of the text"> *</span>' : ''}` : '';
  return `<tr><td data-sort="${esc(r.title)}"><a href="${docHref('', r.id)}">${esc(r.title)}</a></td><td>${esc(r.authors.join('; '))}</td><td data-sort="${esc(r.date ?? '')}">${r.date ? `<time datetime="${esc(r.date)}">${esc(r.date)}</time>` : ''}</td><td data-sort="${esc(r.genre ?? '')}">${genre}</td><td>${esc(r.lang ?? '')}</td><td class="num" data-sort="${r.words}">${r.words.toLocaleString('en')}</td><td><a href="${esc(epubPath(r.id))}" download="${esc(`${r.id}.epub`)}">EPUB</a></td></tr>`;
}
