/**
 * Search across the corpus with Pagefind: an index cut into chunks that the browser fetches as
 * a query needs them, so a corpus of hundreds of MB is searched without loading it. Each
 * document is one record: its reading text (the build's <id>.txt), in its own language, which
 * Pagefind stems (Dutch, English, German and the others its Snowball stemmers know). The page
 * language of the HTML is the interface's (en), not the text's: a record says the text's.
 * The files Pagefind writes become outputs under pagefind/, published with the rest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { TeiFile } from '../../file.js';
import type { Output } from '../output.js';
import type { CorpusRow } from './documents.js';

export const SEARCH_DIR = 'pagefind';

/**
 * A Pagefind bundle: the records of one language's group of documents, in pagefind/<lang>/<key>/.
 * Its key is a hash of what it indexes, so a rebuild finds an unchanged group's bundle in the
 * last published edition and takes it, and indexes again only the groups whose texts changed.
 */
export interface SearchBundle {
  lang: string;
  /** The folder below the site root, ending in `/`. */
  path: string;
  rows: CorpusRow[];
}

/**
 * Text per group, roughly (TEI_EDITION_SEARCH_GROUP_BYTES): the number of groups is the power of
 * two nearest to a language's text over it, so that it seldom changes as texts are edited, and
 * a document's group (a hash of its id) never changes while the number does not.
 */
const GROUP_BYTES = 1 << 20;
const MAX_GROUPS = 64;

function groupBytes(): number {
  const env = Number(process.env['TEI_EDITION_SEARCH_GROUP_BYTES']);
  return Number.isInteger(env) && env > 0 ? env : GROUP_BYTES;
}

const textOf = (t: string | Uint8Array | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : new TextDecoder().decode(t));
const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The corpus's bundles: per language, its documents in groups; the landing page lists them. */
export function searchBundles(rows: readonly CorpusRow[], outputs: readonly Output[]): SearchBundle[] {
  const texts = textsOf(outputs);
  const out: SearchBundle[] = [];
  for (const lang of [...new Set(rows.map(langOf))].sort()) {
    const mine = rows.filter((r) => langOf(r) === lang);
    const bytes = mine.reduce((n, r) => n + textOf(texts.get(textPath(r))).length, 0);
    const wanted = Math.max(1, Math.min(MAX_GROUPS, 2 ** Math.round(Math.log2(Math.max(1, bytes / groupBytes())))));
    const groups = new Map<number, CorpusRow[]>();
    for (const r of mine) {
      const g = parseInt(hash(r.id).slice(0, 8), 16) % wanted;
      groups.set(g, [...(groups.get(g) ?? []), r]);
    }
    for (const g of [...groups.keys()].sort((a, b) => a - b)) {
      const group = groups.get(g)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const key = hash(JSON.stringify([SEARCH_FORMAT, PAGEFIND, lang, group.map((r) => [r.id, record(r, lang, '').meta, r.genre, hash(textOf(texts.get(textPath(r))))])])).slice(0, 16);
      out.push({ lang, path: `${SEARCH_DIR}/${lang}/${key}/`, rows: group });
    }
  }
  return out;
}

const langOf = (row: CorpusRow): string => (row.lang && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(row.lang) ? row.lang.toLowerCase() : 'und');
const textPath = (row: CorpusRow): string => `${row.id}/${row.id}.txt`;
const textsOf = (outputs: readonly Output[]) => new Map(outputs.filter((o) => o.path.endsWith('.txt')).map((o) => [o.path, o.content]));

/** Raise when what a record holds (record() below) changes: every bundle is indexed anew. */
const SEARCH_FORMAT = 1;
/** The version of Pagefind, in every bundle's key: another version indexes anew. */
const PAGEFIND = pagefindVersion();

/** Read from its package.json, found where Node would find the package (it exports no such path). */
function pagefindVersion(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    try {
      return (JSON.parse(readFileSync(path.join(dir, 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // not in this folder
    }
  }
  return 'unknown';
}

function record(row: CorpusRow, lang: string, content: string) {
  const meta: Record<string, string> = { title: row.title };
  if (row.authors.length) meta['author'] = row.authors.join('; ');
  if (row.date) meta['date'] = row.date;
  return {
    // relative to the landing page, where the search runs
    url: `${encodeURIComponent(row.id)}/index.html`,
    content,
    language: lang,
    meta,
    ...(row.genre ? { filters: { genre: [row.genre] } } : {}),
  };
}

/**
 * One bundle to index: its documents and their texts (`<id>/<id>.txt` → the text). Plain data,
 * so that a worker thread of the build's pool can index it with a Pagefind service of its own.
 */
export interface SearchTask {
  bundle: SearchBundle;
  texts: [path: string, text: string | Uint8Array][];
}

/** Indexes one bundle somewhere (this thread, or a worker of the pool: src/build/runner.ts). */
export type SearchIndexer = (task: SearchTask) => Promise<Output[]>;

/**
 * Pagefind searches only the index of the page's own language: the page loads the first bundle
 * and merges the others (mergeIndex), each with its language, so that a query runs in each
 * language with its own stemmer and in every group. A bundle the last published edition
 * (`previous`, its folder) has already is taken from there. Pagefind's service indexes one
 * bundle at a time: with an `indexer` (the build's worker pool, each worker with a service of
 * its own) the bundles are indexed side by side.
 */
export async function searchIndex(
  bundles: readonly SearchBundle[],
  outputs: readonly Output[],
  report: TeiFile,
  previous?: string,
  indexer?: SearchIndexer,
): Promise<Output[]> {
  const texts = textsOf(outputs);
  let started = false;
  const local: SearchIndexer = (task) => {
    started = true;
    return indexBundle(task);
  };
  const index = indexer ?? local;
  try {
    const made = await Promise.all(bundles.map(async (b) => {
      const kept = previous ? published(previous, b.path) : null;
      if (kept) return kept;
      const task: SearchTask = { bundle: b, texts: b.rows.flatMap((r): [string, string | Uint8Array][] => {
        const text = texts.get(textPath(r));
        return text === undefined ? [] : [[textPath(r), text]];
      }) };
      return index(task);
    }));
    return made.flat();
  } catch (err) {
    report.message(`the corpus search index failed: ${(err as Error).message}`, {
      ruleId: 'render-search',
      source: 'render',
      hint: 'Pagefind runs a binary of its own (npm package @pagefind/<platform>): check that it is installed for this machine',
    });
    return [];
  } finally {
    // Pagefind's service is a child process: a build must not leave it running
    if (started) await closeSearch();
  }
}

/** Stops this thread's Pagefind service (a child process), if it runs. */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}

/** A bundle's files in the last published edition, or null when it has not got them all. */
function published(dir: string, folder: string): Output[] | null {
  const root = path.join(dir, ...folder.split('/'));
  if (!existsSync(path.join(root, 'pagefind-entry.json'))) return null;
  try {
    return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => {
        const full = path.join(e.parentPath ?? e.path, e.name);
        return { path: `${folder}${path.relative(root, full).split(path.sep).join('/')}`, content: readFileSync(full) };
      })
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } catch {
    return null;
  }
}

/** Indexes one bundle with this thread's Pagefind service: its files, at their paths below the site. */
export async function indexBundle({ bundle: b, texts: given }: SearchTask): Promise<Output[]> {
  const texts = new Map(given);
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true, forceLanguage: b.lang });
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  try {
    for (const row of b.rows) {
      const text = texts.get(textPath(row));
      if (text === undefined) continue;
      const added = await index.addCustomRecord(record(row, b.lang, textOf(text)));
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(failed.join('; '));
    return files
      // the UI bundles of Pagefind are not used: assets/corpus.js talks to pagefind.js itself
      .filter((f) => !/(^|\/)pagefind-(component-|modular-)?(ui|highlight)\./.test(f.path))
      .map((f) => ({ path: `${b.path}${f.path.replace(/^\/+/, '')}`, content: new Uint8Array(f.content) }))
      .sort((a, b2) => (a.path < b2.path ? -1 : a.path > b2.path ? 1 : 0));
  } finally {
    await index.deleteIndex();
  }
}
