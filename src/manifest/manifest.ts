/**
 * The build manifest: what the last successful build of an output folder was made from (content
 * hashes of its documents, and one key for the stylesheets, schema, toolkit and options) and what
 * it made (every file's hash). The next build re-renders only what changed and takes the rest
 * from the published folder. It lives in the toolkit's cache (.cache/builds/), not in dist/, so
 * that dist/ holds only the edition (and a bag of it only the edition); a manifest that does not
 * describe the folder the output links to now is ignored, and the build is a full one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PortableElement } from '../build/portable.js';
import type { Message } from '../message.js';
import type { DocumentFacts } from '../model/edition.js';
import { cacheDir, packageRoot, xsltDir } from '../paths.js';
import { version } from '../version.js';
import type { Entry } from '../write.js';

const require = createRequire(import.meta.url);

/** What a build knows of one document, and what the next build reuses when it is unchanged. */
export interface DocumentRecord {
  /** Absolute path of the TEI file. */
  path: string;
  id: string;
  textHash: string;
  facts: DocumentFacts;
  header: PortableElement;
  ids: string[];
  pointers: [string, string[]][];
  /** A hash of what its rules read of the other documents (the ids it points to, the pointers to it). */
  deps: string;
  /** Its messages (warnings: a document with errors is never published). */
  messages: Message[];
  data: Record<string, unknown>;
  outputs: Entry[];
}

export interface BuildManifest {
  format: 1;
  key: string;
  /** A hash of what every document's pages read of the edition (base URL, date, number of documents). */
  editionKey: string;
  /** The versioned folder (`dist.v-…`) this manifest describes. */
  version: string;
  /** When it was written (ms): a published file changed after it was changed by hand. */
  writtenAt: number;
  documents: DocumentRecord[];
  site: Entry[];
  /** Every message of the build, its `file` made absolute: what a rebuild of nothing says again. */
  messages: Message[];
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Where the manifest of an output folder is kept. */
export function manifestPath(out: string): string {
  return path.join(cacheDir, 'builds', `${sha256(path.resolve(out)).slice(0, 24)}.json`);
}

/**
 * Everything that changes every output when it changes: the toolkit (its version and compiled
 * code), everything under xslt/ (the stylesheets, their message tables and the pages' assets),
 * saxon-js, the schema and the options of the build.
 */
export async function buildKey(parts: { schemaText: string | Uint8Array; options: unknown }): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${version}\0${(require('saxon-js/package.json') as { version: string }).version}\0`);
  hash.update(toolkitHash());
  hash.update(sha256(parts.schemaText));
  hash.update(JSON.stringify(parts.options));
  return hash.digest('hex');
}

let toolkit: string | undefined;
/**
 * The compiled toolkit and xslt/ (see toolkitFiles), hashed: a changed renderer, message or
 * stylesheet must not hide behind an old page. Read synchronously: a build with nothing to do
 * waits for it, and a few hundred small files read faster so than through the event loop.
 */
function toolkitHash(): string {
  if (toolkit === undefined) {
    const hash = createHash('sha256');
    for (const file of toolkitFiles()) hash.update(`${path.relative(packageRoot, file)}\0`).update(readFileSync(file));
    toolkit = hash.digest('hex');
  }
  return toolkit;
}

/** The files whose change changes every output: lib/'s JavaScript (the renderer lists included) and everything under xslt/. */
export function toolkitFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, keep);
      else if (keep(e.name)) out.push(full);
    }
  };
  walk(path.join(packageRoot, 'lib'), (name) => name.endsWith('.js'));
  walk(xsltDir, (name) => !name.endsWith('.sef.json'));
  return out;
}

/** For a long-running process (`tei-edition watch`): the toolkit's files changed, hash them again. */
export function forgetToolkit(): void {
  toolkit = undefined;
}

/**
 * What a build with nothing to do reads instead of the manifest (whose documents' data, for the
 * corpus pages, make it megabytes): what the inputs were and which files the output holds.
 */
export interface Stamp {
  format: 1;
  key: string;
  version: string;
  writtenAt: number;
  documents: { path: string; textHash: string; outputs: { path: string; size: number }[] }[];
  site: { path: string; size: number }[];
  messages: Message[];
}

const stampPath = (out: string): string => manifestPath(out).replace(/\.json$/, '.stamp');

export function stampOf(m: BuildManifest): Stamp {
  const files = (entries: readonly Entry[]) => entries.map((e) => ({ path: e.path, size: e.size }));
  return {
    format: m.format,
    key: m.key,
    version: m.version,
    writtenAt: m.writtenAt,
    documents: m.documents.map((d) => ({ path: d.path, textHash: d.textHash, outputs: files(d.outputs) })),
    site: files(m.site),
    messages: m.messages,
  };
}

/** The manifest of the output's last build, if it has this key and describes `version`. */
export async function readManifest(out: string, key: string, version: string | undefined): Promise<BuildManifest | null> {
  return readAs<BuildManifest>(manifestPath(out), key, version);
}

/** The stamp of the output's last build (see Stamp), if it has this key and describes `version`. */
export async function readStamp(out: string, key: string, version: string | undefined): Promise<Stamp | null> {
  return readAs<Stamp>(stampPath(out), key, version);
}

async function readAs<T extends { format: number; key: string; version: string }>(file: string, key: string, version: string | undefined): Promise<T | null> {
  if (!version) return null;
  try {
    const m = JSON.parse(await readFile(file, 'utf8')) as T;
    return m.format === 1 && m.key === key && m.version === version ? m : null;
  } catch {
    return null;
  }
}

/**
 * Written whole or not at all, the manifest first and then its stamp (a stamp never describes a
 * newer build than the manifest beside it); a manifest that cannot be written costs the next
 * build time, nothing else.
 */
export async function writeManifest(out: string, manifest: BuildManifest): Promise<void> {
  try {
    await mkdir(path.dirname(manifestPath(out)), { recursive: true });
    await writeWhole(manifestPath(out), JSON.stringify(manifest));
    await writeWhole(stampPath(out), JSON.stringify(stampOf(manifest)));
    await prune(path.dirname(manifestPath(out)));
  } catch {
    // the next build is a full one
  }
}

async function writeWhole(target: string, text: string): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, target);
}

/** Manifests kept: one per output folder built (temporary ones too, e.g. a bag's); the oldest go. */
const KEEP = 64;

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  for (const { n } of dated.sort((a, b) => b.t - a.t).slice(KEEP)) {
    await rm(path.join(dir, n), { force: true });
    await rm(path.join(dir, n.replace(/\.json$/, '.stamp')), { force: true });
  }
}
