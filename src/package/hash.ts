/**
 * Streamed hashing of many files on every core: a small pool of worker threads, each reading
 * its files in chunks (never whole into memory). Workers get plain data (a path) and return
 * plain data (digest and size, or the error's text). Small jobs stay on this thread, where
 * starting workers would cost more than it saves.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type HashResult = { digest: string; size: number } | { error: string };

/** Below this many bytes in all, hashing stays on the main thread. */
const WORKER_THRESHOLD = 8 * 1024 * 1024;

// The worker's code is plain JavaScript given as text, so it runs the same from src/ (vitest,
// tsx) and from lib/ (the installed CLI), with no build step of its own.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
parentPort.on('message', ({ id, path, algorithm }) => {
  const hash = createHash(algorithm);
  let size = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  stream.on('data', (chunk) => { size += chunk.length; hash.update(chunk); });
  stream.on('error', (err) => parentPort.postMessage({ id, error: err.message }));
  stream.on('end', () => parentPort.postMessage({ id, digest: hash.digest('hex'), size }));
});
`;

export function hashFile(path: string, algorithm: string): Promise<HashResult> {
  return new Promise((resolve) => {
    const hash = createHash(algorithm);
    let size = 0;
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => {
      size += chunk.length;
      hash.update(chunk);
    });
    stream.on('error', (err) => resolve({ error: err.message }));
    stream.on('end', () => resolve({ digest: hash.digest('hex'), size }));
  });
}

export interface HashOptions {
  algorithm: string;
  /** The total size, if known, to decide whether workers are worth starting. */
  totalBytes?: number;
  /** Number of threads (default: the machine's cores, at most 4). */
  threads?: number;
}

/** The digest of every path, in the order given. */
export async function hashFiles(paths: readonly string[], options: HashOptions): Promise<HashResult[]> {
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 4), paths.length));
  if (threads === 1 || (options.totalBytes !== undefined && options.totalBytes < WORKER_THRESHOLD)) {
    return inThread(paths, options.algorithm);
  }
  return inWorkers(paths, options.algorithm, threads);
}

async function inThread(paths: readonly string[], algorithm: string): Promise<HashResult[]> {
  // A few streams at once: reading overlaps with hashing.
  const results: HashResult[] = new Array(paths.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await hashFile(paths[i]!, algorithm);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return results;
}

function inWorkers(paths: readonly string[], algorithm: string, threads: number): Promise<HashResult[]> {
  return new Promise((resolve) => {
    const results: HashResult[] = new Array(paths.length);
    let next = 0;
    let done = 0;
    const live = new Set<Worker>();
    const settle = (): void => {
      if (done < paths.length) return;
      for (const w of live) void w.terminate();
      resolve(results);
    };
    const start = (): void => {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      let current = -1;
      live.add(worker);
      const feed = (): void => {
        if (next >= paths.length) return;
        current = next++;
        worker.postMessage({ id: current, path: paths[current], algorithm });
      };
      worker.on('message', (m: { id: number } & HashResult) => {
        const { id, ...result } = m;
        results[id] = result as HashResult;
        done++;
        current = -1;
        feed();
        settle();
      });
      worker.on('error', (err) => {
        // A worker that dies loses only the file it was reading; the others carry on.
        live.delete(worker);
        if (current >= 0) {
          results[current] = { error: err.message };
          done++;
        }
        if (live.size === 0 && next < paths.length) start();
        settle();
      });
      feed();
    };
    for (let t = 0; t < threads; t++) start();
  });
}
