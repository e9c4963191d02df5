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
import { lstat, mkdir, open, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Output } from './render/output.js';
import { cleanLeftovers, lock } from './write-lock.js';

/** The steps at which a test can make the writer die (TEI_EDITION_FAULT_STEP=<step>). */
export const publishSteps = ['locked', 'cleaned', 'writing', 'written', 'renamed', 'linked', 'legacy-moved', 'swapped', 'retired', 'unlocked'] as const;
export type PublishStep = (typeof publishSteps)[number];

/** Fault injection for test/write.test.ts: SIGKILL ourselves at the named step. */
function fault(step: PublishStep): void {
  if (process.env['TEI_EDITION_FAULT_STEP'] === step) process.kill(process.pid, 'SIGKILL');
}

type Current = { kind: 'none' } | { kind: 'link'; name: string } | { kind: 'folder' } | { kind: 'file' };

export async function writeAtomically(out: string, outputs: readonly Output[]): Promise<void> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  const base = path.basename(target);
  const stamp = () => `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const name = `${base}.v-${contentHash(outputs)}`;
  const temporary: string[] = [];
  const cleanup = (): void => {
    for (const p of temporary) rmSync(p, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let release: (() => Promise<void>) | undefined;

  /** Steps 2–3: a complete, synced versioned folder called `version`. */
  const writeVersion = async (version: string): Promise<void> => {
    const tmp = path.join(parent, `${base}.tmp-${stamp()}`);
    temporary.push(tmp);
    await writeTree(tmp, outputs);
    await rename(tmp, path.join(parent, version));
    await syncFolder(parent);
    fault('renamed');
  };
  /** Step 4: `target` becomes a link to `version`, in one rename. */
  const swap = async (version: string, current: Current): Promise<void> => {
    const link = path.join(parent, `${base}.link-${stamp()}`);
    temporary.push(link);
    await symlink(version, link);
    fault('linked');
    let legacy: string | undefined;
    if (current.kind === 'folder') {
      legacy = path.join(parent, `${base}.old-${stamp()}`);
      await rename(target, legacy);
      fault('legacy-moved');
    }
    try {
      await rename(link, target);
    } catch (err) {
      if (legacy) await rename(legacy, target);
      throw err;
    }
    await syncFolder(parent);
    fault('swapped');
    if (legacy) await rm(legacy, { recursive: true, force: true });
  };

  try {
    release = await lock(target);
    fault('locked');
    const current = await currentVersion(target);
    if (current.kind === 'file') throw new UsageError(`cannot write ${out}: it is a file, not a folder`, 'remove it or choose another --out');
    const previous = current.kind === 'link' ? current.name : undefined;
    await cleanLeftovers(target, new Set([name, ...(previous ? [previous] : [])]));
    fault('cleaned');
    const versioned = path.join(parent, name);
    if (!(await exists(versioned))) await writeVersion(name);
    else if (!(await sameContent(versioned, outputs))) {
      // Someone changed the published files by hand: publish a copy aside, then the right one.
      const aside = `${name}-${process.pid}`;
      await writeVersion(aside);
      await swap(aside, current);
      await rm(versioned, { recursive: true, force: true });
      await writeVersion(name);
      await swap(name, { kind: 'link', name: aside });
      await rm(path.join(parent, aside), { recursive: true, force: true });
    }
    const now = await currentVersion(target);
    if (!(now.kind === 'link' && now.name === name)) await swap(name, now);
    if (previous && previous !== name) await rm(path.join(parent, previous), { recursive: true, force: true });
    fault('retired');
  } catch (err) {
    cleanup();
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`, "check that the output folder's parent exists and is writable");
  } finally {
    await release?.();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  fault('unlocked');
}

/** A hash of every output's path and bytes, in path order: the versioned folder's name. */
export function contentHash(outputs: readonly Output[]): string {
  const hash = createHash('sha256');
  for (const o of [...outputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const bytes = typeof o.content === 'string' ? Buffer.from(o.content, 'utf8') : o.content;
    hash.update(`${o.path}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Writes every output below `dir` and fsyncs each file, then each folder, deepest first. */
async function writeTree(dir: string, outputs: readonly Output[]): Promise<void> {
  await mkdir(dir);
  const folders = new Set<string>([dir]);
  let first = true;
  for (const output of outputs) {
    const file = path.join(dir, ...output.path.split('/'));
    if (!file.startsWith(dir + path.sep)) throw new Error(`output path escapes the output folder: ${output.path}`);
    for (let d = path.dirname(file); d.startsWith(dir + path.sep) && !folders.has(d); d = path.dirname(d)) folders.add(d);
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(output.content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (first) fault('writing');
    first = false;
  }
  for (const d of [...folders].sort((a, b) => b.length - a.length)) await syncFolder(d);
  fault('written');
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

/** Does `dir` hold exactly these outputs, byte for byte, and nothing else? */
async function sameContent(dir: string, outputs: readonly Output[]): Promise<boolean> {
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
  if (!(await walk(dir, '')) || found.length !== outputs.length) return false;
  const wanted = new Map(outputs.map((o) => [o.path, o.content]));
  for (const rel of found) {
    const content = wanted.get(rel);
    if (content === undefined) return false;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    if (!bytes.equals(await readFile(path.join(dir, ...rel.split('/'))))) return false;
  }
  return true;
}
