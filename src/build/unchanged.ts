/**
 * The quickest build: when every document's text, the toolkit, the stylesheets, the schema and
 * the options are as the output's last build had them, and its files are still there as written,
 * there is nothing to do and nothing is written. Loads no renderer and parses no document: the
 * command line asks this before it loads the rest of the toolkit.
 */
import { readdir, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions, BuildResult } from '../build.js';
import type { TeiFile } from '../file.js';
import { collect } from '../load/collect.js';
import { read, resolveLimits } from '../load/index.js';
import { buildKey, readManifest, sha256, type BuildManifest } from '../manifest/manifest.js';
import { defaultSchema } from '../paths.js';
import { Stage } from '../write.js';

/** The key of a build: everything but the documents that its outputs depend on. */
export async function keyOf(options: BuildOptions, schemaText: string): Promise<string> {
  const limits = resolveLimits(options.limits);
  const model = [options.baseUrl ?? null, options.contactEmail ?? null, options.oaiGateway ?? null];
  // not the shard: the shards of one build share the key, which merge checks
  return buildKey({ schemaText, options: [model, options.conventions ?? null, limits, options.schema ? 'given' : 'project'] });
}

/** Do these files still stand in the folder as the build wrote them (size, not touched since)? */
export async function intact(dir: string, entries: readonly { path: string; size: number }[], since: number): Promise<boolean> {
  for (const e of entries) {
    const info = await stat(path.join(dir, ...e.path.split('/'))).catch(() => undefined);
    if (!info || info.size !== e.size || info.mtimeMs > since) return false;
  }
  return true;
}

/** What a build needs to know before anything is parsed. */
export interface Prelude {
  files: TeiFile[];
  hashes: Map<TeiFile, string>;
  schemaText: string;
  key: string;
  published: string | undefined;
  previous: BuildManifest | null;
}

export async function prelude(options: BuildOptions, files: TeiFile[]): Promise<Prelude> {
  const schemaPath = options.schema ?? defaultSchema;
  let schemaText: string;
  try {
    schemaText = readFileSync(schemaPath, 'utf8');
  } catch (err) {
    const { UsageError } = await import('../errors.js');
    throw new UsageError(`cannot read the schema ${schemaPath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const out = options.out ?? 'dist';
  const key = await keyOf(options, schemaText);
  const published = await Stage.published(out);
  const previous = await readManifest(out, key, published);
  return { files, hashes: new Map(files.map((f) => [f, sha256(f.text)])), schemaText, key, published, previous };
}

/** The result of the build when nothing changed, or null when there is something to build. */
export async function upToDate(options: BuildOptions, given?: Prelude): Promise<BuildResult | null> {
  const start = performance.now();
  let p = given;
  if (!p) {
    const limits = resolveLimits(options.limits);
    const files = await Promise.all((await collect(options.inputs)).map((f) => read(f, limits).catch(() => null)));
    if (files.some((f) => f === null)) return null;
    p = await prelude(options, files as TeiFile[]);
  }
  const { previous, files, hashes } = p;
  if (!previous || files.length !== previous.documents.length || files.some((f) => f.hasErrors)) return null;
  if (new Set(files.map((f) => f.id)).size !== files.length) return null;
  const records = new Map(previous.documents.map((d) => [d.path, d]));
  const out = options.out ?? 'dist';
  const dir = path.join(path.dirname(path.resolve(out)), p.published!);
  for (const f of files) {
    const r = records.get(path.resolve(f.path));
    if (!r || r.textHash !== hashes.get(f)) return null;
  }
  const entries = [...previous.documents.flatMap((d) => d.outputs), ...previous.site];
  if (!(await intact(dir, entries, previous.writtenAt))) return null;
  // a file added by hand: the folder is not this edition
  const found = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => !e.isDirectory()).length;
  if (found !== entries.length) return null;
  const byPath = new Map(files.map((f) => [path.resolve(f.path), f]));
  for (const m of previous.messages) {
    const f = byPath.get(m.file);
    if (f) f.messages.push({ ...m, file: f.path });
  }
  const total = Math.round((performance.now() - start) * 10) / 10;
  return { files, edition: null, written: true, changed: false, rendered: [], out, times: { phases: { read: total }, stages: { load: 0, validate: 0, render: 0, write: 0 }, documents: [], total } };
}
