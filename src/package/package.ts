/**
 * `tei-edition package`: a BagIt 1.0 bag (RFC 8493) of a release, serialised as one .zip. The
 * edition is built first, from the same sources, into a temporary folder (so the bag never
 * holds a stale or hand-edited dist/); the bag holds that build, the TEI sources and the schema.
 * Deterministic: entries sorted, one fixed timestamp (the sources' date), fixed modes, no
 * extra timestamp fields, so the same sources give the same bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { build, type BuildOptions } from '../build.js';
import { UsageError } from '../errors.js';
import type { TeiFile } from '../file.js';
import type { EditionModel } from '../model/edition.js';
import { defaultSchema } from '../paths.js';
import { bagInfo } from './bag-info.js';
import { listFiles } from './files.js';
import { hashFiles } from './hash.js';
import { ALGORITHM, MANIFEST, TAG_MANIFEST, manifestText } from './manifest.js';
import { EDITION_DIR } from './profile.js';
import { BAG_INFO, BAGIT_TXT, bagitTxt, tagsText } from './tags.js';

/** Folders of the inputs that are not sources: tool caches. */
const NOT_SOURCES = new Set(['node_modules', '__pycache__']);

export interface PackageOptions extends Omit<BuildOptions, 'out'> {
  /** The .zip to write (default `<document id>-<version>.zip`, or `edition.zip`). */
  out?: string;
}

export interface PackageResult {
  files: TeiFile[];
  edition: EditionModel | null;
  written: boolean;
  out: string;
  /** Files and bytes in data/. */
  payload: { files: number; bytes: number };
  /** Size of the .zip in bytes. */
  size: number;
}

interface PayloadFile {
  bagPath: string;
  source: string;
}

export async function packageEdition(options: PackageOptions): Promise<PackageResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'tei-edition-package-'));
  try {
    const dist = path.join(work, 'dist');
    const built = await build({ ...options, out: dist });
    const out = options.out ?? defaultName(built.edition);
    if (!built.written || !built.edition) return { files: built.files, edition: built.edition, written: false, out, payload: { files: 0, bytes: 0 }, size: 0 };
    const payload = await collectPayload(dist, options);
    const hashes = await hashFiles(payload.map((p) => p.source), { algorithm: ALGORITHM });
    let bytes = 0;
    const entries = payload.map((p, i) => {
      const h = hashes[i]!;
      if ('error' in h) throw new UsageError(`cannot read ${p.source}: ${h.error}`);
      bytes += h.size;
      return { ...p, digest: h.digest, size: h.size };
    });
    const tagFiles = new Map<string, Buffer>();
    tagFiles.set(BAGIT_TXT, Buffer.from(bagitTxt()));
    tagFiles.set(BAG_INFO, Buffer.from(tagsText(bagInfo(built.edition, { bytes, files: entries.length }))));
    tagFiles.set(MANIFEST, Buffer.from(manifestText(entries.map((e) => ({ path: e.bagPath, digest: e.digest })))));
    const tagEntries = [...tagFiles].map(([p, b]) => ({ path: p, digest: createHash(ALGORITHM).update(b).digest('hex') }));
    tagFiles.set(TAG_MANIFEST, Buffer.from(manifestText(tagEntries)));
    const size = await writeZip(out, built.edition, tagFiles, entries);
    return { files: built.files, edition: built.edition, written: true, out, payload: { files: entries.length, bytes }, size };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function defaultName(edition: EditionModel | null): string {
  const docs = edition?.documents ?? [];
  if (docs.length === 1) return `${docs[0]!.id}${docs[0]!.metadata.version ? `-${docs[0]!.metadata.version}` : ''}.zip`;
  return 'edition.zip';
}

/** data/edition/ (the build), data/tei/ (the inputs as given), data/schema/ (if not among them). */
async function collectPayload(dist: string, options: PackageOptions): Promise<PayloadFile[]> {
  const out: PayloadFile[] = [];
  for (const f of (await listFiles(dist)).files) out.push({ bagPath: `${EDITION_DIR}/${f.rel}`, source: f.full });
  const sources = new Set<string>();
  for (const input of options.inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const f of (await listFiles(input)).files) {
        if (f.rel.split('/').some((s) => NOT_SOURCES.has(s))) continue;
        out.push({ bagPath: `data/tei/${f.rel}`, source: f.full });
        sources.add(path.resolve(f.full));
      }
    } else {
      out.push({ bagPath: `data/tei/${path.basename(input)}`, source: input });
      sources.add(path.resolve(input));
    }
  }
  const schema = path.resolve(options.schema ?? defaultSchema);
  if (!sources.has(schema)) out.push({ bagPath: `data/schema/${path.basename(schema)}`, source: schema });
  const seen = new Set<string>();
  for (const p of out) {
    if (seen.has(p.bagPath)) throw new UsageError(`two inputs would both be ${p.bagPath} in the bag`, 'give inputs with different file names, or one folder that holds them');
    seen.add(p.bagPath);
  }
  return out.sort((a, b) => (a.bagPath < b.bagPath ? -1 : a.bagPath > b.bagPath ? 1 : 0));
}

/**
 * The zip holds one folder, named like the file, with the bag in it (RFC 8493 §4: a serialised
 * bag unpacks into a single base directory). Written beside the target, then renamed.
 */
async function writeZip(
  out: string,
  edition: EditionModel,
  tagFiles: Map<string, Buffer>,
  payload: readonly (PayloadFile & { size: number })[],
): Promise<number> {
  const root = path.basename(out).replace(/\.zip$/i, '') || 'bag';
  // DOS timestamps are local time: build the date from local fields so every time zone writes
  // the same bytes; no extended (UTC) timestamp field.
  const [y, m, d] = (edition.modified ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  const common = { mtime: new Date(y, (m ?? 1) - 1, d ?? 1), mode: 0o100644, forceDosTimestamp: true };
  const zip = new yazl.ZipFile();
  const all = [
    ...[...tagFiles].map(([p, buffer]) => ({ p, add: () => zip.addBuffer(buffer, `${root}/${p}`, common) })),
    ...payload.map((f) => ({
      p: f.bagPath,
      add: () => zip.addReadStreamLazy(`${root}/${f.bagPath}`, { ...common, size: f.size }, (cb) => cb(null, createReadStream(f.source))),
    })),
  ].sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  for (const entry of all) entry.add();
  zip.end();
  const target = path.resolve(out);
  const tmp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await pipeline(zip.outputStream, createWriteStream(tmp));
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`, "check that the folder exists and is writable");
  }
  return (await stat(target)).size;
}
