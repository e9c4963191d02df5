/**
 * Rendered HTML by content (STYLE: "rebuild what changed"). A document whose text, id,
 * stylesheets, saxon-js and toolkit are all unchanged gets the outputs of its last transform
 * back without running saxon-js, which costs most of a cold build. Output is the same either
 * way: the transform is deterministic. TEI_EDITION_CACHE=off turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TeiFile } from '../file.js';
import { cacheDir } from '../paths.js';
import { sourceHash } from './sef.js';
import { version } from '../version.js';
import type { Rendering } from './rendering.js';

const require = createRequire(import.meta.url);
const dir = path.join(cacheDir, 'html');
/** Renderings kept: every stylesheet edit makes new ones; the oldest go. */
const KEEP = 48;


export function cacheEnabled(): boolean {
  return process.env['TEI_EDITION_CACHE'] !== 'off';
}

/** The renderer's own code: a change to it must not be hidden behind an old rendering. */
let code: Promise<string> | undefined;
const codeHash = (): Promise<string> =>
  Promise.all(['rendering.js', 'html-cache.js'].map((f) => readFile(new URL(f, import.meta.url)).catch(() => Buffer.alloc(0)))).then((parts) =>
    createHash('sha256').update(Buffer.concat(parts)).digest('hex'),
  );

/** The key of a document's rendering: everything the transform's result depends on. */
/** `params`: the stylesheet parameters besides the document (the citation kit), as one string. */
export async function renderKey(file: TeiFile, params: string): Promise<string> {
  code ??= codeHash();
  const hash = createHash('sha256');
  const saxon = (require('saxon-js/package.json') as { version: string }).version;
  for (const part of [version, saxon, await sourceHash(), await code, file.id, file.text, params]) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

export async function cachedRender(key: string): Promise<Rendering | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as Rendering;
    return Array.isArray(value.pages) && Array.isArray(value.epub) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Written atomically; a cache that cannot be written is no reason to fail a build. */
export async function cacheRender(key: string, value: Rendering): Promise<void> {
  const target = path.join(dir, `${key}.json`);
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, target);
    await prune();
  } catch {
    // a read-only checkout builds as well, only not faster the next time
  }
}

async function prune(): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= KEEP) return;
  const aged = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n))).mtimeMs })));
  aged.sort((a, b) => a.t - b.t);
  await Promise.all(aged.slice(0, aged.length - KEEP).map((a) => rm(path.join(dir, a.n), { force: true })));
}

/** The .xsl files below xslt/, names and bytes, in a stable order. */
