/**
 * Search across the corpus with Pagefind: an index cut into chunks that the browser fetches as
 * a query needs them, so a corpus of hundreds of MB is searched without loading it. Each
 * document is one record: its reading text (the build's <id>.txt), in its own language, which
 * Pagefind stems (Dutch, English, German and the others its Snowball stemmers know). The page
 * language of the HTML is the interface's (en), not the text's: a record says the text's.
 * The files Pagefind writes become outputs under pagefind/, published with the rest.
 */
import * as pagefind from 'pagefind';
import type { TeiFile } from '../../file.js';
import type { Output } from '../output.js';
import type { CorpusRow } from './documents.js';

export const SEARCH_DIR = 'pagefind';

/** The languages of the corpus, one Pagefind bundle each (pagefind/<lang>/), for the landing page. */
export function searchLanguages(rows: readonly CorpusRow[]): string[] {
  return [...new Set(rows.map(langOf))].sort();
}

const langOf = (row: CorpusRow): string => (row.lang && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(row.lang) ? row.lang.toLowerCase() : 'und');

/**
 * Pagefind searches only the index of the page's own language; a corpus in several languages
 * gets one bundle per language, which the page merges (mergeIndex) so that a query runs in each
 * language with its own stemmer.
 */
export async function searchIndex(rows: readonly CorpusRow[], outputs: readonly Output[], report: TeiFile): Promise<Output[]> {
  const texts = new Map(outputs.filter((o) => o.path.endsWith('.txt')).map((o) => [o.path, o.content]));
  const out: Output[] = [];
  try {
    for (const lang of searchLanguages(rows)) out.push(...(await bundle(lang, rows.filter((r) => langOf(r) === lang), texts)));
    return out;
  } catch (err) {
    report.message(`the corpus search index failed: ${(err as Error).message}`, {
      ruleId: 'render-search',
      source: 'render',
      hint: 'Pagefind runs a binary of its own (npm package @pagefind/<platform>): check that it is installed for this machine',
    });
    return [];
  } finally {
    // Pagefind's service is a child process: a build must not leave it running
    await pagefind.close();
  }
}

async function bundle(lang: string, rows: readonly CorpusRow[], texts: ReadonlyMap<string, string | Uint8Array>): Promise<Output[]> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true, forceLanguage: lang });
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  try {
    for (const row of rows) {
      const text = texts.get(`${row.id}/${row.id}.txt`);
      if (text === undefined) continue;
      const meta: Record<string, string> = { title: row.title };
      if (row.authors.length) meta['author'] = row.authors.join('; ');
      if (row.date) meta['date'] = row.date;
      const added = await index.addCustomRecord({
        // relative to the landing page, where the search runs
        url: `${encodeURIComponent(row.id)}/index.html`,
        content: typeof text === 'string' ? text : new TextDecoder().decode(text),
        language: lang,
        meta,
        ...(row.genre ? { filters: { genre: [row.genre] } } : {}),
      });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(failed.join('; '));
    return files
      // the UI bundles of Pagefind are not used: assets/corpus.js talks to pagefind.js itself
      .filter((f) => !/(^|\/)pagefind-(component-|modular-)?(ui|highlight)\./.test(f.path))
      .map((f) => ({ path: `${SEARCH_DIR}/${lang}/${f.path.replace(/^\/+/, '')}`, content: new Uint8Array(f.content) }))
      .sort((a, b) => a.path.localeCompare(b.path));
  } finally {
    await index.deleteIndex();
  }
}
