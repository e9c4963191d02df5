/**
 * The quickest build: when every document's text, the toolkit, the stylesheets, the schema and
 * the options are as the output's last build had them, and its files are still there as written,
 * there is nothing to do and nothing is written. Loads no renderer and parses no document: the
 * command line asks this before it loads the rest of the toolkit.
 */
import { readdir } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions, BuildResult } from '../build.js';
import { TeiFile } from '../file.js';
import { collect } from '../load/collect.js';
import { resolveLimits } from '../load/limits.js';
import { bytesHash } from '../load/read.js';
import { buildKey, readManifest, readStamp, type BuildManifest, type Stamp } from '../manifest/manifest.js';
import { defaultSchema } from '../paths.js';
import { Stage } from '../write.js';

/** The key of a build: everything but the documents that its outputs depend on. */
export async function keyOf(options: BuildOptions, schemaText: string | Uint8Array): Promise<string> {
  const limits = resolveLimits(options.limits);
  const model = [options.baseUrl ?? null, options.contactEmail ?? null, options.oaiGateway ?? null];
  // not the shard: the shards of one build share the key, which merge checks
  return buildKey({ schemaText, options: [model, options.conventions ?? null, limits, options.schema ? 'given' : 'project'] });
}

/**
 * Do these files still stand in the folder as the build wrote them (size, not touched since)?
 * Asked synchronously: thousands of stat calls through the event loop, one after another, took a
 * corpus's build with nothing to do ten times as long.
 */
export async function intact(dir: string, entries: readonly { path: string; size: number }[], since: number): Promise<boolean> {
  for (const e of entries) {
    const info = statSync(path.join(dir, ...e.path.split('/')), { throwIfNoEntry: false });
    if (!info || info.size !== e.size || info.mtimeMs > since) return false;
  }
  return true;
}

/** What a build needs to know before anything is parsed. */
export interface Prelude<P extends Stamp = BuildManifest> {
  files: TeiFile[];
  hashes: Map<TeiFile, string>;
  key: string;
  published: string | undefined;
  previous: P | null;
}

/** The prelude of a build: the key, the published folder and the manifest of the last build. */
export async function prelude(options: BuildOptions, files: TeiFile[]): Promise<Prelude> {
  return begin(options, files, readManifest);
}

async function begin<P extends Stamp>(
  options: BuildOptions,
  files: TeiFile[],
  readPrevious: (out: string, key: string, version: string | undefined) => Promise<P | null>,
): Promise<Prelude<P>> {
  const schemaPath = options.schema ?? defaultSchema;
  let schemaText: Uint8Array;
  try {
    schemaText = readFileSync(schemaPath);
  } catch (err) {
    const { UsageError } = await import('../errors.js');
    throw new UsageError(`cannot read the schema ${schemaPath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const out = options.out ?? 'dist';
  const key = await keyOf(options, schemaText);
  const published = await Stage.published(out);
  const previous = await readPrevious(out, key, published);
  return { files, hashes: new Map(files.map((f) => [f, f.contentHash])), key, published, previous };
}

/** The result of the build when nothing changed, or null when there is something to build. */
export async function upToDate(options: BuildOptions, given?: Prelude<Stamp>): Promise<BuildResult | null> {
  const start = performance.now();
  let p = given;
  if (!p) {
    // only the bytes and their hashes: nothing is decoded unless there is something to build
    const limits = resolveLimits(options.limits);
    // (synchronously: hundreds of small files read twice as fast so as through the event loop)
    const files = (await collect(options.inputs)).map((f) => {
      const bytes = readSync(f);
      return bytes && bytes.length <= limits.fileSize ? new TeiFile(f, '', bytesHash(bytes)) : null;
    });
    if (files.some((f) => f === null)) return null;
    p = await begin(options, files as TeiFile[], readStamp);
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

function readSync(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}
