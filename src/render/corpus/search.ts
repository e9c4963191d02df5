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

export async function searchIndex(rows: readonly CorpusRow[], outputs: readonly Output[], report: TeiFile): Promise<Output[]> {
  const texts = new Map(outputs.filter((o) => o.path.endsWith('.txt')).map((o) => [o.path, o.content]));
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  try {
    if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
    for (const row of rows) {
      const text = texts.get(`${row.id}/${row.id}.txt`);
      if (text === undefined) continue;
      const meta: Record<string, string> = { title: row.title };
      if (row.authors.length) meta['author'] = row.authors.join('; ');
      if (row.date) meta['date'] = row.date;
      const added = await index.addCustomRecord({
        url: `${encodeURIComponent(row.id)}/index.html`,
        content: typeof text === 'string' ? text : new TextDecoder().decode(text),
        language: row.lang ?? 'und',
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
      .map((f) => ({ path: `${SEARCH_DIR}/${f.path.replace(/^\/+/, '')}`, content: new Uint8Array(f.content) }))
      .sort((a, b) => a.path.localeCompare(b.path));
  } catch (err) {
    report.message(`the corpus search index failed: ${(err as Error).message}`, {
      ruleId: 'render-search',
      source: 'render',
      hint: 'Pagefind runs a binary of its own (npm package @pagefind/<platform>): check that it is installed for this machine',
    });
    return [];
  } finally {
    await index?.deleteIndex();
    // Pagefind's service is a child process: a build must not leave it running
    await pagefind.close();
  }
}
