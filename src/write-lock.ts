/**
 * One build at a time publishes into an output folder: a lock file beside it (`dist.lock`)
 * holding the writer's pid. A lock whose process is gone (a killed build) is taken over. Under
 * the lock, what killed builds left beside the output is cleaned up.
 */
import { link, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

/** Is a process with this pid running (or at least existing, but not ours to signal)? */
export function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<target>.lock`, waiting for a running build to finish (up to `waitMs`). link(2) makes
 * the lock appear whole or not at all: the pid is written to a file of our own first.
 */
export async function lock(target: string, waitMs = 120_000): Promise<() => Promise<void>> {
  const file = `${target}.lock`;
  const mine = `${target}.lock-${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  const deadline = Date.now() + waitMs;
  try {
    for (;;) {
      try {
        await link(mine, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (!alive(holder)) {
        // A killed build's lock. (Two builds that both find it stale at the same instant could
        // both go on; one writer per output folder at a time is the supported use.)
        await unlink(file).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new UsageError(`another build (pid ${holder}) is writing ${target}`, `wait for it to finish, or remove ${file} if no such build is running`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  return async () => {
    await unlink(file).catch(() => undefined);
  };
}

/**
 * Removes, beside `target`, the temporary folders, links and lock files of builds that are no
 * longer running (`dist.tmp-<pid>-…`, `dist.old-<pid>-…`, `dist.link-<pid>-…`,
 * `dist.lock-<pid>`), and every versioned folder (`dist.v-…`) but the ones in `keep`.
 * Only called under the lock, so no running build can be publishing a versioned folder.
 */
export async function cleanLeftovers(target: string, keep: ReadonlySet<string>): Promise<string[]> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const removed: string[] = [];
  for (const name of await readdir(parent)) {
    if (!name.startsWith(`${base}.`)) continue;
    const rest = name.slice(base.length + 1);
    const temp = /^(?:tmp|old|link|lock)-(\d+)(?:-|$)/.exec(rest);
    const stale = temp ? Number(temp[1]) !== process.pid && !alive(Number(temp[1])) : rest.startsWith('v-') && !keep.has(name);
    if (!stale) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
