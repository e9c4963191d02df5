/**
 * Properties, with fast-check: manifest paths survive their escaping; `verify` on a damaged copy
 * of a real bag (bytes flipped, the archive cut short) never throws, reports only located errors,
 * always reports a cut archive, and leaves no temporary folder. (A flipped byte may fall where
 * nothing is checked, e.g. a local header's timestamp, so flips need not be reported.)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePath, encodePath, manifestText, parseManifest } from '../../src/package/manifest.js';
import { packageEdition } from '../../src/package/package.js';
import { verify } from '../../src/package/verify.js';
import { root } from '../helpers.js';
import { cleanup } from './tamper.js';

const made: string[] = [];
let zip: Buffer;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tei-edition-robust-'));
  made.push(work);
  const out = path.join(work, 'memoir.zip');
  expect((await packageEdition({ inputs: [path.join(root, 'tei')], out })).written).toBe(true);
  zip = readFileSync(out);
});
afterAll(() => cleanup(made));

/** verify's temporary folders in a private TMPDIR (other test files verify at the same time). */
const verifyTemps = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('tei-edition-verify-')).length;

describe('manifest paths', () => {
  it('any path, with %, CR or LF in it, reads back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (names) => {
        const p = `data/${names.map((n) => n.replace(/\//g, '_')).join('/')}`;
        expect(decodePath(encodePath(p))).toBe(p);
        const { entries, problems } = parseManifest(Buffer.from(manifestText([{ path: p, digest: 'a'.repeat(128) }])));
        expect(problems).toEqual([]);
        expect(entries.map((e) => e.path)).toEqual([p]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('verify on damaged archives', () => {
  it('never throws; every problem is a located error; no temporary folder is left', async () => {
    const privateTmp = mkdtempSync(path.join(tmpdir(), 'tei-edition-robust-tmp-'));
    made.push(privateTmp);
    const previous = process.env['TMPDIR'];
    process.env['TMPDIR'] = privateTmp;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat({ max: zip.length - 1 }), { minLength: 1, maxLength: 4 }) }),
            fc.record({ kind: fc.constant('cut' as const), at: fc.array(fc.nat({ max: zip.length - 1 }), { minLength: 1, maxLength: 1 }) }),
          ),
          async ({ kind, at }) => {
            const bytes = Buffer.from(zip);
            const damaged = kind === 'cut' ? bytes.subarray(0, at[0]) : bytes;
            if (kind === 'flip') for (const i of at) damaged[i] = damaged[i]! ^ 0xff;
            const file = path.join(work, 'damaged.zip');
            writeFileSync(file, damaged);
            const { messages } = await verify(file);
            for (const m of messages) {
              expect(m.severity).toBe('error');
              expect(m.file.startsWith(file)).toBe(true);
              expect(m.line).toBeGreaterThanOrEqual(1);
              expect(m.ruleId).toMatch(/^bag-/);
            }
            // a cut archive loses its directory: always reported
            if (kind === 'cut') expect(messages.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
    }
    expect(verifyTemps(privateTmp)).toBe(0);
  });
});
