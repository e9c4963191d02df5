/**
 * The build manifest: what the last successful build of an output folder was made from (content
 * hashes of its documents, and one key for the stylesheets, schema, toolkit and options) and what
 * it made (every file's hash). The next build re-renders only what changed and takes the rest
 * from the published folder. It lives in the toolkit's cache (.cache/builds/), not in dist/, so
 * that dist/ holds only the edition (and a bag of it only the edition); a manifest that does not
 * describe the folder the output links to now is ignored, and the build is a full one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PortableElement } from '../build/portable.js';
import type { Message } from '../message.js';
import type { DocumentFacts } from '../model/edition.js';
import { cacheDir, packageRoot } from '../paths.js';
import { sourceHash } from '../render/sef.js';
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
 * code), the stylesheets, saxon-js, the schema and the options of the build.
 */
export async function buildKey(parts: { schemaText: string; options: unknown }): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${version}\0${await sourceHash()}\0${(require('saxon-js/package.json') as { version: string }).version}\0`);
  hash.update(await codeHash());
  hash.update(sha256(parts.schemaText));
  hash.update(JSON.stringify(parts.options));
  return hash.digest('hex');
}

let code: Promise<string> | undefined;
/** The compiled toolkit (lib/, the renderer lists included): a changed renderer must not hide behind an old page. */
function codeHash(): Promise<string> {
  code ??= (async () => {
    const hash = createHash('sha256');
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) await walk(full);
        else if (e.name.endsWith('.js')) hash.update(e.name).update(await readFile(full));
      }
    };
    await walk(path.join(packageRoot, 'lib'));
    return hash.digest('hex');
  })();
  return code;
}

/** The manifest of the output's last build, if it has this key and describes `version`. */
export async function readManifest(out: string, key: string, version: string | undefined): Promise<BuildManifest | null> {
  if (!version) return null;
  try {
    const m = JSON.parse(await readFile(manifestPath(out), 'utf8')) as BuildManifest;
    return m.format === 1 && m.key === key && m.version === version ? m : null;
  } catch {
    return null;
  }
}

/** Written whole or not at all; a manifest that cannot be written costs the next build time, nothing else. */
export async function writeManifest(out: string, manifest: BuildManifest): Promise<void> {
  const target = manifestPath(out);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(manifest));
    await rename(tmp, target);
    await prune(path.dirname(target));
  } catch {
    // the next build is a full one
  }
}

/** Manifests kept: one per output folder built (temporary ones too, e.g. a bag's); the oldest go. */
const KEEP = 64;

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  for (const { n } of dated.sort((a, b) => b.t - a.t).slice(KEEP)) await rm(path.join(dir, n), { force: true });
}
