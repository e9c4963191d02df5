/**
 * Where a build's document tasks run: a piscina pool sized to the machine, or this thread when
 * there is one document (a pool's start-up, ~0.3 s of loading the toolkit again per worker, would
 * cost more than it saves), with the document's slow renderers in one worker beside it when
 * there are two cores or more; or this thread alone with TEI_EDITION_WORKERS=1.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import type { Renderer } from '../render/output.js';
import { APART, check, forgetKept, joinHalves, scan, type CheckResult, type CheckTask, type ScanResult, type ScanTask } from './tasks.js';

export interface Runner {
  /** How many tasks run at once. */
  readonly threads: number;
  scan(task: ScanTask): Promise<ScanResult>;
  check(task: CheckTask): Promise<CheckResult>;
  close(): Promise<void>;
}

/** The number of worker threads for `documents` documents: 0 means in-process. */
function wantedThreads(): number {
  const env = Number(process.env['TEI_EDITION_WORKERS']);
  return Number.isInteger(env) && env > 0 ? env : availableParallelism();
}

/** Above this size a document built alone is checked in one thread (see runner). */
const SPLIT_MAX_BYTES = 8 * 1024 * 1024;

export function threadsFor(documents: number): number {
  const threads = Math.min(wantedThreads(), documents);
  return threads <= 1 ? 0 : threads;
}

export async function runner(documents: number, renderers: readonly Renderer[]): Promise<Runner> {
  const threads = threadsFor(documents);
  if (threads === 0) {
    // One document on a machine of several cores: its slow renderers (APART) run in one worker
    // thread, started now so that it loads while this thread reads and checks the document.
    const helper = documents === 1 && wantedThreads() > 1 && renderers.some((r) => APART.has(r.name)) ? await helperPool() : null;
    return {
      threads: 1,
      // One document: keep its tree from the scan for the check, instead of parsing it twice.
      scan: (task) => scan(task, documents === 1),
      check: async (task) => {
        // a large document is not parsed a second time: memory grows with it (and its halves would wait on each other's GC)
        if (!helper || task.stage === null || (await stat(task.path)).size > SPLIT_MAX_BYTES) return check(task, renderers);
        const apart = helper.run({ kind: 'check', ...task, part: 'apart' }) as Promise<CheckResult>;
        const rest = await check({ ...task, part: 'rest' }, renderers);
        return joinHalves(rest, await apart);
      },
      close: async () => {
        forgetKept();
        if (!retained) await helper?.destroy();
        if (!retained) kept1 = undefined;
      },
    };
  }
  const workers = await pool(threads);
  return {
    threads,
    scan: (task) => workers.run({ kind: 'scan', ...task }) as Promise<ScanResult>,
    check: (task) => workers.run({ kind: 'check', ...task }) as Promise<CheckResult>,
    close: () => workers.destroy(),
  };
}

/**
 * The one-worker pool of a document built alone. `tei-edition watch` keeps it between builds
 * (retainHelper), so that the worker stays warm as the watcher's own thread does.
 */
let kept1: ReturnType<typeof pool> | undefined;
let retained = false;
function helperPool(): ReturnType<typeof pool> {
  kept1 ??= pool(1);
  return kept1;
}

export function retainHelper(): void {
  retained = true;
}

export async function releaseHelper(): Promise<void> {
  retained = false;
  const p = kept1;
  kept1 = undefined;
  await (await p)?.destroy();
}

async function pool(threads: number) {
  // Loaded only when used: a build on one core does not pay for it.
  const { Piscina } = await import('piscina');
  // The compiled worker: worker threads run JavaScript, also when the build runs from the sources (tests).
  return new Piscina({
    filename: path.join(packageRoot, 'lib', 'build', 'worker.js'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
}
