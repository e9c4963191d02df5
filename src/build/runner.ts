/**
 * Where a build's document tasks run: a piscina pool sized to the machine, or this thread when
 * there is one document (a pool's start-up, ~0.3 s of loading the toolkit again per worker, would
 * cost more than it saves) or TEI_EDITION_WORKERS=1.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import type { Output, Renderer } from '../render/output.js';
import type { SearchIndexer } from '../render/corpus/search.js';
import { check, forgetKept, scan, type CheckResult, type CheckTask, type ScanResult, type ScanTask } from './tasks.js';

export interface Runner {
  /** How many tasks run at once. */
  readonly threads: number;
  scan(task: ScanTask): Promise<ScanResult>;
  check(task: CheckTask): Promise<CheckResult>;
  /** Indexes corpus search bundles side by side, each worker with its own Pagefind service; none in-process. */
  readonly search?: SearchIndexer;
  close(): Promise<void>;
}

/** The number of worker threads for `documents` documents: 0 means in-process. */
export function threadsFor(documents: number): number {
  const env = Number(process.env['TEI_EDITION_WORKERS']);
  const wanted = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  const threads = Math.min(wanted, documents);
  return threads <= 1 ? 0 : threads;
}

export async function runner(documents: number, renderers: readonly Renderer[]): Promise<Runner> {
  const threads = threadsFor(documents);
  if (threads === 0) {
    return {
      threads: 1,
      // One document: keep its tree from the scan for the check, instead of parsing it twice.
      scan: (task) => scan(task, documents === 1),
      check: (task) => check(task, renderers),
      close: async () => forgetKept(),
    };
  }
  // Loaded only for a corpus: a one-document build does not pay for it.
  const { Piscina } = await import('piscina');
  // The compiled worker: worker threads run JavaScript, also when the build runs from the sources (tests).
  const pool = new Piscina({
    filename: path.join(packageRoot, 'lib', 'build', 'worker.js'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  return {
    threads,
    scan: (task) => pool.run({ kind: 'scan', ...task }) as Promise<ScanResult>,
    check: (task) => pool.run({ kind: 'check', ...task }) as Promise<CheckResult>,
    search: (task) => pool.run({ kind: 'search', ...task }) as Promise<Output[]>,
    close: () => pool.destroy(),
  };
}
