/** The hashing pool: worker threads and this thread give the digests node:crypto gives. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HashPool, hashFiles, workersFor } from '../../src/package/hash.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashing', () => {
  const files = Array.from({ length: 9 }, (_, i) => {
    const p = path.join(dir, `f${i}.bin`);
    // sizes around the 1 MiB read chunk, and an empty file
    const bytes = Buffer.alloc(i === 0 ? 0 : (1 << 20) + 7919 * i, i);
    writeFileSync(p, bytes);
    return { p, digest: createHash('sha512').update(bytes).digest('hex'), size: bytes.length };
  });

  it('on worker threads and on this thread: the same digests and sizes, in order', async () => {
    const expected = files.map((f) => ({ digest: f.digest, size: f.size }));
    expect(await hashFiles(files.map((f) => f.p), { algorithm: 'sha512', threads: 2 })).toEqual(expected);
    expect(await hashFiles(files.map((f) => f.p), { algorithm: 'sha512', threads: 1 })).toEqual(expected);
  });

  it('reports a file that cannot be read, and goes on', async () => {
    const pool = new HashPool('sha512', 2);
    try {
      const [missing, ok] = await Promise.all([pool.hash(path.join(dir, 'absent.bin')), pool.hash(files[1]!.p)]);
      expect(missing).toEqual({ error: expect.stringMatching(/ENOENT/) });
      expect(ok).toEqual({ digest: files[1]!.digest, size: files[1]!.size });
    } finally {
      await pool.close();
    }
  });

  it('starts workers only when they pay: large jobs, or when asked', () => {
    expect(workersFor({ algorithm: 'sha512', totalBytes: 1000 }, 50)).toBe(0);
    expect(workersFor({ algorithm: 'sha512', totalBytes: 1000, threads: 2 }, 50)).toBe(2);
    expect(workersFor({ algorithm: 'sha512', threads: 1 }, 50)).toBe(0);
    expect(workersFor({ algorithm: 'sha512', totalBytes: 1e9, threads: 3 }, 2)).toBe(2);
  });
});
