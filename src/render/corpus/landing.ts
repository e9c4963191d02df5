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
import { t } from '../../i18n/messages.js';
import { corpusPage, docHref, esc, kindLabel, num, tHtml } from './page.js';
import { EDITION_EPUB, epubPath } from '../epub/paths.js';

export interface LandingParts {
  rows: CorpusRow[];
  registerFiles: { id: string; title: string }[];
  counts: Partial<Record<RegisterKind, number>>;
  /** The search bundles (pagefind/<lang>/<key>/), which the page loads and merges. */
  bundles: readonly { lang: string; path: string }[];
  built: string;
}

export function corpusLanding(edition: EditionModel, parts: LandingParts): string {
  const citation = landingCitation(edition);
  const lang = edition.uiLang;
  const m = (key: string, ...args: (string | number)[]): string => esc(t(lang, key, ...args));
  const { rows } = parts;
  const kinds = (Object.keys(parts.counts) as RegisterKind[]).filter((k) => (parts.counts[k] ?? 0) > 0);
  const genres = [...new Set(rows.map((r) => r.genre).filter((g): g is string => g !== null))].sort();
  const words = rows.reduce((n, r) => n + r.words, 0);
  const label = genreLabels(rows, lang);
  // the sort type of each column, and the column corpus.js filters by genre (data-col: not its words)
  const heads: [string, string | null, string?][] = [
    ['corpus.title', 'text'], ['corpus.author', 'text'], ['corpus.date', 'date'], ['corpus.genre', 'text', 'genre'],
    ['corpus.language', 'text'], ['corpus.words', 'number'], ['corpus.ebook', null],
  ];
  const body = `<h1>${m('landing.title')}</h1>
<p class="lead">${m('corpus.lead', rows.length, num(lang, words))}</p>
<section class="corpus-search" aria-labelledby="corpus-search-h">
<h2 id="corpus-search-h">${m('corpus.search-heading')}</h2>
<form role="search" id="corpus-search" data-bundles="${esc(parts.bundles.map((b) => `${b.lang}=${b.path}`).join(' '))}" hidden><label for="corpus-q">${m('corpus.search-label')}</label><span class="row"><input type="search" id="corpus-q" name="q" autocomplete="off" aria-controls="corpus-results"><button type="submit">${m('controls.search')}</button></span></form>
<p id="corpus-search-status" class="status" role="status">${m('corpus.search-no-js')}</p>
<ol id="corpus-results"></ol>
</section>
${kinds.length ? `<section aria-labelledby="registers-h"><h2 id="registers-h">${m('corpus.registers')}</h2><ul class="corpus-registers">${kinds.map((k) => `<li><a href="registers/${k}.html">${esc(kindLabel(lang, k))}</a> (${parts.counts[k]})</li>`).join('')}</ul></section>` : ''}
<section aria-labelledby="documents-h">
<h2 id="documents-h">${m('corpus.documents')}</h2>
<div class="corpus-filter" hidden><label for="corpus-filter-q">${m('corpus.filter')}</label> <input type="search" id="corpus-filter-q" aria-controls="corpus-table">${genres.length > 1 ? ` <label for="corpus-filter-genre">${m('corpus.genre')}</label> <select id="corpus-filter-genre" aria-controls="corpus-table"><option value="">${m('corpus.all')}</option>${genres.map((g) => `<option value="${esc(g)}">${esc(label(g))}</option>`).join('')}</select>` : ''} <span id="corpus-count" role="status"></span></div>
<div class="table-wrap"><table class="data corpus" id="corpus-table">
<caption>${genres.length ? m('corpus.caption-genre', rows.length) : m('landing.many', rows.length)}</caption>
<thead><tr>${heads.map(([key, type, col]) => `<th scope="col"${type ? ` data-type="${type}"` : ''}${col ? ` data-col="${col}"` : ''}>${m(key)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => rowHtml(r, lang, label)).join('\n')}
</tbody>
</table></div>
</section>
${parts.registerFiles.length ? `<section aria-labelledby="register-files-h"><h2 id="register-files-h">${m('corpus.register-files')}</h2><ul>${parts.registerFiles.map((f) => `<li><a href="${docHref('', f.id)}">${esc(f.title)}</a></li>`).join('')}</ul></section>` : ''}
<p class="downloads">${tHtml(lang, 'landing.edition-epub', `<a href="${EDITION_EPUB}" download="${EDITION_EPUB}" type="application/epub+zip">EPUB</a>`)}</p>
${citeBlockHtml(citation, t(lang, 'cite.heading'), lang)}
<section class="cite" aria-labelledby="formats-h">
<h2 id="formats-h">${m('landing.about')}</h2>
<p>${tHtml(lang, 'landing.about-text', `<a href="schema/edition.schema.json">${m('landing.schema')}</a>`)}</p>
</section>`;
  return corpusPage({ lang, up: '', title: t(lang, 'landing.title'), head: `${headHtml(citation.head)}\n`, kinds, self: 'index.html', built: parts.built, body });
}

/**
 * The words of each genre: the header's own term as it stands, a genre read from the text's
 * structure (letter, drama, verse, prose: src/render/corpus/documents.ts) in the interface language.
 */
function genreLabels(rows: readonly CorpusRow[], lang: string): (genre: string) => string {
  const structural = new Set(rows.filter((r) => r.genreFrom === 'structure').map((r) => r.genre));
  return (genre) => (structural.has(genre) ? t(lang, `corpus.genre-${genre}`) : genre);
}

function rowHtml(r: CorpusRow, lang: string, label: (genre: string) => string): string {
  const genre = r.genre ? `${esc(label(r.genre))}${r.genreFrom === 'structure' ? `<span title="${esc(t(lang, 'corpus.genre-from-structure'))}"> *</span>` : ''}` : '';
  // the title is the document's words, in its language (the page's is the interface's)
  const textLang = r.lang ? ` lang="${esc(r.lang)}"` : '';
  return `<tr><td data-sort="${esc(r.title)}"${textLang}><a href="${docHref('', r.id)}">${esc(r.title)}</a></td><td>${esc(r.authors.join('; '))}</td><td data-sort="${esc(r.date ?? '')}">${r.date ? `<time datetime="${esc(r.date)}">${esc(r.date)}</time>` : ''}</td><td data-sort="${esc(r.genre ?? '')}">${genre}</td><td>${esc(r.lang ?? '')}</td><td class="num" data-sort="${r.words}">${num(lang, r.words)}</td><td><a href="${esc(epubPath(r.id))}" download="${esc(`${r.id}.epub`)}">EPUB</a></td></tr>`;
}
