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

// The worker's code is plain JavaScript given as text, so it runs the same from src/ (vitest)
// and from lib/ (the installed CLI), with no build step of its own.
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
  /** Number of threads (default: the machine's cores, at most 4; 1 hashes on this thread). */
  threads?: number;
}

/** Worker threads are worth starting for this much data. */
export function workersFor(options: HashOptions, files: number): number {
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 4), files));
  if (threads === 1) return 0;
  // threads asked for explicitly are started whatever the size
  if (options.threads === undefined && options.totalBytes !== undefined && options.totalBytes < WORKER_THRESHOLD) return 0;
  return threads;
}

/**
 * Hashes files as they are handed in (so that a caller can hash while it still unpacks), on
 * `threads` workers, or on this thread, four streams at a time, when `threads` is 0.
 */
export class HashPool {
  private readonly queue: Job[] = [];
  private readonly idle: Slot[] = [];
  private readonly slots = new Set<Slot>();
  private running = 0;

  constructor(
    private readonly algorithm: string,
    private readonly threads: number,
  ) {
    for (let t = 0; t < threads; t++) this.start();
  }

  hash(path: string): Promise<HashResult> {
    return new Promise((resolve) => {
      this.queue.push({ path, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(): void {
    const slot: Slot = { worker: new Worker(WORKER_SOURCE, { eval: true }), current: null };
    this.slots.add(slot);
    slot.worker.on('message', (m: { id: number } & HashResult) => {
      const { id: _id, ...result } = m;
      const job = slot.current;
      slot.current = null;
      this.idle.push(slot);
      job?.resolve(result as HashResult);
      this.pump();
    });
    slot.worker.on('error', (err) => {
      // A worker that dies loses only the file it was reading; a new one takes its place.
      this.slots.delete(slot);
      slot.current?.resolve({ error: err.message });
      slot.current = null;
      this.start();
      this.pump();
    });
    this.idle.push(slot);
  }

  private pump(): void {
    if (this.threads === 0) {
      while (this.running < 4 && this.queue.length > 0) {
        const job = this.queue.shift()!;
        this.running++;
        void hashFile(job.path, this.algorithm).then((r) => {
          this.running--;
          job.resolve(r);
          this.pump();
        });
      }
      return;
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.shift()!;
      if (!this.slots.has(slot)) continue;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage({ id: 0, path: slot.current.path, algorithm: this.algorithm });
    }
  }
}

interface Job {
  path: string;
  resolve: (r: HashResult) => void;
}

interface Slot {
  worker: Worker;
  current: Job | null;
}

/** The digest of every path, in the order given. */
export async function hashFiles(paths: readonly string[], options: HashOptions): Promise<HashResult[]> {
  const pool = new HashPool(options.algorithm, workersFor(options, paths.length));
  try {
    return await Promise.all(paths.map((p) => pool.hash(p)));
  } finally {
    await pool.close();
  }
}
