/**
 * Writes a build's outputs atomically: everything goes into a temporary folder beside the
 * target, which replaces the target only when complete. A failed or interrupted build leaves
 * the previous output exactly as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Output } from './render/output.js';

export async function writeAtomically(out: string, outputs: readonly Output[]): Promise<void> {
  const target = path.resolve(out);
  const stamp = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  const cleanup = (): void => {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // nothing was created there (e.g. the parent is not a folder)
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await mkdir(tmp, { recursive: true });
    for (const output of outputs) {
      const file = path.join(tmp, ...output.path.split('/'));
      if (!file.startsWith(tmp + path.sep)) throw new Error(`output path escapes the output folder: ${output.path}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, output.content);
    }
    let hadOld = false;
    try {
      await rename(target, old);
      hadOld = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    try {
      await rename(tmp, target);
    } catch (err) {
      if (hadOld) await rename(old, target);
      throw err;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (err) {
    cleanup();
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot write ${out}: ${(err as Error).message}`, 'check that the output folder\'s parent exists and is writable');
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
