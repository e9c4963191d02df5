/**
 * Publishes a build's outputs so that the output folder is, at every instant, either the
 * previous edition or the new one, complete — even if the build is killed (SIGKILL, power loss).
 *
 * rename(2) cannot replace a non-empty folder, but it can replace a symbolic link. So `dist` is a
 * relative link to a versioned folder beside it, `dist.v-<content hash>`:
 *   1. under a lock (`dist.lock`), clean what killed builds left;
 *   2. write every file into `dist.tmp-<pid>-…`, fsync each file and folder;
 *   3. rename it to `dist.v-<hash>` and fsync the parent (the new edition exists, unpublished);
 *   4. make a link `dist.link-<pid>-…` → `dist.v-<hash>` and rename it onto `dist`: one
 *      atomic step from the old edition to the new; fsync the parent;
 *   5. remove the previous versioned folder, release the lock.
 * The name is a hash of the content, so a rebuild of unchanged sources finds its folder already
 * there (checked file by file) and changes nothing: a committed dist/ stays clean in git.
 * A plain `dist/` folder from an older toolkit is replaced once, with one instant between two
 * renames where it is absent (rename(2) cannot swap a folder for a link).
 */
import { createHash } from 'node:crypto';
import { copyFile, link, lstat, mkdir, open, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Output } from './render/output.js';
import { cleanLeftovers, lock } from './write-lock.js';

/** The steps at which a test can make the writer die (TEI_EDITION_FAULT_STEP=<step>). */
export const publishSteps = ['locked', 'cleaned', 'writing', 'written', 'renamed', 'linked', 'legacy-moved', 'swapped', 'retired', 'unlocked'] as const;
export type PublishStep = (typeof publishSteps)[number];

/** Fault injection for test/write.test.ts: SIGKILL ourselves at the named step. */
export function fault(step: PublishStep): void {
  if (process.env['TEI_EDITION_FAULT_STEP'] === step) process.kill(process.pid, 'SIGKILL');
}

type Current = { kind: 'none' } | { kind: 'link'; name: string } | { kind: 'folder' } | { kind: 'file' };

export async function writeAtomically(out: string, outputs: readonly Output[]): Promise<void> {
  const stage = await Stage.open(out);
  try {
    await stage.write(outputs);
  } catch (err) {
    await stage.abort();
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`, "check that the output folder's parent is writable");
  }
  await stage.publish();
}

/** One file of a versioned folder: its bytes' SHA-256 and length. */
export interface Entry {
  path: string;
  hash: string;
  size: number;
}

/** The SHA-256 of an output's bytes, as the versioned folder's name and the manifests use it. */
export function entryOf(output: Output): Entry {
  const bytes = typeof output.content === 'string' ? Buffer.from(output.content, 'utf8') : output.content;
  return { path: output.path, hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/**
 * The next version of the output folder, filled file by file (by this thread, by the workers of
 * the build's pool, or by linking files of the previous version), then published in one rename.
 * Opening it takes the lock: from then on, until publish() or abort(), no other build publishes.
 */
export class Stage {
  /** The temporary folder being filled: `dist.tmp-<pid>-…`. */
  readonly dir: string;
  /** The folder the output links to now (`dist.v-…`), if any: where unchanged files come from. */
  readonly previous: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private readonly folders = new Set<string>();
  private first = true;
  private done = false;

  private constructor(
    readonly out: string,
    private readonly current: Current,
    private readonly release: () => Promise<void>,
    private readonly offSignals: () => void,
    dir: string,
  ) {
    this.dir = dir;
    this.folders.add(dir);
    const parent = path.dirname(path.resolve(out));
    this.previous = current.kind === 'link' ? path.join(parent, current.name) : current.kind === 'folder' ? path.resolve(out) : undefined;
  }

  static async open(out: string): Promise<Stage> {
    const target = path.resolve(out);
    const parent = path.dirname(target);
    const base = path.basename(target);
    const dir = path.join(parent, `${base}.tmp-${stamp()}`);
    // watch and serve listen for the signals themselves, and stop cleanly after the build they are in
    const handled = { SIGINT: process.listenerCount('SIGINT') > 0, SIGTERM: process.listenerCount('SIGTERM') > 0 };
    const onSignal = (signal: NodeJS.Signals): void => {
      rmSync(dir, { recursive: true, force: true });
      // else the signal's own end
      if (!handled[signal as keyof typeof handled]) process.kill(process.pid, signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const offSignals = (): void => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    };
    let release: (() => Promise<void>) | undefined;
    try {
      // `--out site/dist` where site/ is not there yet: made, as any output folder is
      await mkdir(parent, { recursive: true });
      release = await lock(target);
      fault('locked');
      const current = await currentVersion(target);
      if (current.kind === 'file') throw new UsageError(`cannot write ${out}: it is a file, not a folder`, 'remove it or choose another --out');
      await cleanLeftovers(target, new Set(current.kind === 'link' ? [current.name] : []));
      fault('cleaned');
      await mkdir(dir);
      return new Stage(out, current, release, offSignals, dir);
    } catch (err) {
      offSignals();
      await release?.();
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot write ${out}: ${(err as Error).message}`, "check that the output folder's parent is writable");
    }
  }

  /** The versioned folder the output links to now, if it is a link. */
  static async published(out: string): Promise<string | undefined> {
    // an output that cannot be looked at (its parent is a file) is the writer's to report
    const current = await currentVersion(path.resolve(out)).catch(() => ({ kind: 'none' }) as const);
    return current.kind === 'link' ? current.name : undefined;
  }

  /** The name the folder will have: a hash of every file's path, length and hash, in path order. */
  get name(): string {
    return `${path.basename(path.resolve(this.out))}.v-${hashOfEntries([...this.entries.values()])}`;
  }

  /** The name of the published version now (`dist.v-…`), if the output is a link. */
  get currentName(): string | undefined {
    return this.current.kind === 'link' ? this.current.name : undefined;
  }

  /** Writes outputs into the folder (each file synced), and records them. */
  async write(outputs: readonly Output[]): Promise<Entry[]> {
    const written: Entry[] = [];
    for (const output of outputs) {
      const entry = entryOf(output);
      await writeFileSynced(this.dir, output.path, output.content, this.folders);
      this.add(entry);
      written.push(entry);
    }
    return written;
  }

  /** Records files that someone else (a worker) wrote into the folder. */
  add(...entries: Entry[]): void {
    for (const e of entries) {
      if (this.entries.has(e.path)) throw new Error(`two outputs have the path ${e.path}`);
      this.entries.set(e.path, e);
      for (let d = path.dirname(path.join(this.dir, e.path)); d.startsWith(this.dir + path.sep) && !this.folders.has(d); d = path.dirname(d)) this.folders.add(d);
    }
    if (this.first && this.entries.size > 0) {
      this.first = false;
      fault('writing');
    }
  }

  /** Takes a file from another folder (the previous version, a shard's output): a hard link, else a copy. */
  async take(from: string, entry: Entry): Promise<void> {
    const file = safeJoin(this.dir, entry.path);
    await mkdir(path.dirname(file), { recursive: true });
    const source = path.join(from, ...entry.path.split('/'));
    await link(source, file).catch(() => copyFile(source, file));
    this.add(entry);
  }

  /** Every file recorded so far, in path order. */
  list(): Entry[] {
    return [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Drops the folder and releases the lock: the output stays as it was. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await rm(this.dir, { recursive: true, force: true });
    await this.release();
    this.offSignals();
  }

  /**
   * Syncs the folders, names the folder by its content and makes the output link to it (steps
   * 3 to 5 of the file comment). Returns false when the output already was this version.
   */
  async publish(): Promise<boolean> {
    const target = path.resolve(this.out);
    const parent = path.dirname(target);
    const base = path.basename(target);
    const name = this.name;
    const temporary: string[] = [this.dir];
    const swap = async (version: string, current: Current): Promise<void> => {
      const linkPath = path.join(parent, `${base}.link-${stamp()}`);
      temporary.push(linkPath);
      await symlink(version, linkPath);
      fault('linked');
      let legacy: string | undefined;
      if (current.kind === 'folder') {
        legacy = path.join(parent, `${base}.old-${stamp()}`);
        await rename(target, legacy);
        fault('legacy-moved');
      }
      try {
        await rename(linkPath, target);
      } catch (err) {
        if (legacy) await rename(legacy, target);
        throw err;
      }
      await syncFolder(parent);
      fault('swapped');
      if (legacy) await rm(legacy, { recursive: true, force: true });
    };
    /** The staged folder, under another name. */
    const place = async (version: string): Promise<void> => {
      await rename(this.dir, path.join(parent, version));
      await syncFolder(parent);
      fault('renamed');
    };
    let changed = true;
    try {
      for (const d of [...this.folders].sort((a, b) => b.length - a.length)) await syncFolder(d);
      fault('written');
      const versioned = path.join(parent, name);
      const previous = this.current.kind === 'link' ? this.current.name : undefined;
      if (!(await exists(versioned))) await place(name);
      else if (await sameFiles(versioned, this.list())) {
        await rm(this.dir, { recursive: true, force: true });
        changed = previous !== name;
      } else {
        // Someone changed the published files by hand: publish the new files aside, then under their name.
        const aside = `${name}-${process.pid}`;
        await place(aside);
        await swap(aside, this.current);
        await rm(versioned, { recursive: true, force: true });
        await linkTree(path.join(parent, aside), versioned);
        await syncFolder(parent);
        await swap(name, { kind: 'link', name: aside });
        await rm(path.join(parent, aside), { recursive: true, force: true });
      }
      const now = await currentVersion(target);
      if (!(now.kind === 'link' && now.name === name)) await swap(name, now);
      if (previous && previous !== name) await rm(path.join(parent, previous), { recursive: true, force: true });
      fault('retired');
    } catch (err) {
      for (const p of temporary) rmSync(p, { recursive: true, force: true });
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot write ${this.out}: ${(err as Error).message}`, "check that the output folder's parent is writable");
    } finally {
      this.done = true;
      await this.release();
      this.offSignals();
    }
    fault('unlocked');
    return changed;
  }
}

const stamp = (): string => `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** A hash of every output's path and bytes, in path order: the versioned folder's name. */
export function contentHash(outputs: readonly Output[]): string {
  return hashOfEntries(outputs.map(entryOf));
}

/** The versioned folder's name from its files' entries (no need to read the files again). */
export function hashOfEntries(entries: readonly Entry[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${e.path}\0${e.size}\0${e.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

function safeJoin(dir: string, rel: string): string {
  const file = path.join(dir, ...rel.split('/'));
  if (!file.startsWith(dir + path.sep)) throw new Error(`output path escapes the output folder: ${rel}`);
  return file;
}

/** Writes one file below `dir` (creating its folders, never replacing a file) and syncs it. */
export async function writeFileSynced(dir: string, rel: string, content: string | Uint8Array, folders?: Set<string>): Promise<void> {
  const file = safeJoin(dir, rel);
  if (folders) for (let d = path.dirname(file); d.startsWith(dir + path.sep) && !folders.has(d); d = path.dirname(d)) folders.add(d);
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A copy of a folder made of hard links (copies where links are refused). */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(a, b);
    else await link(a, b).catch(() => copyFile(a, b));
  }
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function currentVersion(target: string): Promise<Current> {
  const info = await lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!info) return { kind: 'none' };
  if (info.isSymbolicLink()) return { kind: 'link', name: await readlink(target) };
  return info.isDirectory() ? { kind: 'folder' } : { kind: 'file' };
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

/** Does `dir` hold exactly these files, byte for byte, and nothing else? */
async function sameFiles(dir: string, entries: readonly Entry[]): Promise<boolean> {
  const found: string[] = [];
  const walk = async (d: string, rel: string): Promise<boolean> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(await walk(path.join(d, entry.name), r))) return false;
      } else if (entry.isFile()) found.push(r);
      else return false;
    }
    return true;
  };
  if (!(await walk(dir, '')) || found.length !== entries.length) return false;
  const wanted = new Map(entries.map((e) => [e.path, e]));
  for (const rel of found) {
    const entry = wanted.get(rel);
    if (!entry) return false;
    const bytes = await readFile(path.join(dir, ...rel.split('/')));
    if (bytes.length !== entry.size || createHash('sha256').update(bytes).digest('hex') !== entry.hash) return false;
  }
  return true;
}
