/**
 * Mutations of the memoir (fast-check, seeded): bytes flipped, the file cut short, a tag cut out
 * or doubled, a character XML forbids put in. Through the stages (as in documents.test.ts), each
 * mutant is refused with a message inside the file, or rendered without a crash into pages that
 * hold nothing that runs script and a JSON edition that keeps every word the mutant's text
 * still has.
 *
 * TEI_EDITION_FUZZ_MEMOIR_RUNS (default 12: a rendered mutant takes seconds) and
 * TEI_EDITION_FUZZ_SEED set the run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { elements, type XElement } from '../../src/xml.js';
import { scanHtml } from '../security/scan.js';
import { FORBIDDEN_CHARS } from './arbitraries.js';
import { outsideTheFile, pipeline } from './pipeline.js';
import { root, renderCacheOff } from '../helpers.js';

const RUNS = Number(process.env['TEI_EDITION_FUZZ_MEMOIR_RUNS'] ?? 12);
const SEED = Number(process.env['TEI_EDITION_FUZZ_SEED'] ?? 20261201);
const seen = { mutants: 0, refused: 0, rendered: 0 };
afterAll(() => {
  if (process.env['TEI_EDITION_FUZZ_REPORT']) console.info('fuzz memoir', JSON.stringify(seen));
});
const memoir = readFileSync(path.join(root, 'tei', 'lenin-kropotkin.xml'));

type Mutation =
  | { kind: 'flip'; at: number; bit: number }[]
  | { kind: 'cut'; at: number }
  | { kind: 'tag'; at: number; twice: boolean }
  | { kind: 'char'; at: number; char: string };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.array(fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 4 }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('tag' as const), at: position, twice: fc.boolean() }),
  fc.record({ kind: fc.constant('char' as const), at: position, char: fc.constantFrom(...FORBIDDEN_CHARS.filter((c) => !/[\ud800-\udfff]/.test(c))) }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (Array.isArray(m)) {
    const out = Buffer.from(bytes);
    for (const f of m) {
      const i = Math.floor(f.at * out.length);
      out[i] = out[i]! ^ (1 << f.bit);
    }
    return out;
  }
  const at = Math.floor(m.at * bytes.length);
  if (m.kind === 'cut') return bytes.subarray(0, at);
  if (m.kind === 'char') {
    // At a character boundary: never inside a UTF-8 sequence.
    let i = at;
    while (i > 0 && (bytes[i]! & 0xc0) === 0x80) i--;
    return Buffer.concat([bytes.subarray(0, i), Buffer.from(m.char, 'utf8'), bytes.subarray(i)]);
  }
  // The tag that starts at or after `at`: cut out, or written twice.
  const start = bytes.indexOf(0x3c, at);
  if (start < 0) return bytes;
  const end = bytes.indexOf(0x3e, start);
  if (end < 0) return bytes;
  const tag = bytes.subarray(start, end + 1);
  return Buffer.concat([bytes.subarray(0, start), m.twice ? Buffer.concat([tag, tag]) : Buffer.alloc(0), bytes.subarray(end + 1)]);
}

/** The words of the mutant's own <text>, as its parsed tree has them. */
function wordsOfText(tree: XElement): string[] {
  const out: string[] = [];
  const text = [...elements(tree)].find((e) => e.local === 'text');
  const visit = (el: XElement): void => {
    for (const c of el.children) {
      if (c.type === 'text') out.push(...(c.value.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []));
      // A <choice> of an unknown kind shows one alternative: its other words are not expected.
      else if (c.local !== 'choice') visit(c);
    }
  };
  if (text) visit(text);
  return out;
}

// Random documents would fill the render cache.
renderCacheOff();

describe('mutations of the memoir', () => {
  it(`${RUNS} mutants: refused at a place inside the file, or rendered safely with their words`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = mutate(memoir, m);
        const { file, outputs } = await pipeline('memoir.xml', bytes);
        seen.mutants++;
        if (file.wellFormed && file.isTei) seen.rendered++;
        else seen.refused++;
        expect(outsideTheFile(file, file.text)).toEqual([]);
        expect(file.messages.filter((x) => x.source === 'render')).toEqual([]);
        if (!Array.isArray(m) && m.kind === 'char') expect(file.wellFormed).toBe(false);
        if (!file.wellFormed || !file.isTei) {
          expect(file.messages.some((x) => x.severity === 'error')).toBe(true);
          expect(outputs).toEqual([]);
          return;
        }
        for (const o of outputs) if (o.path.endsWith('.html')) expect(scanHtml(String(o.content))).toEqual([]);
        const json = outputs.find((o) => o.path === 'memoir/edition.json');
        expect(json).toBeDefined();
        const ed = JSON.parse(String(json!.content)) as { blocks: { reading: string; diplomatic: string }[] };
        const kept = ed.blocks.map((b) => `${b.reading}\n${b.diplomatic}`).join('\n');
        expect(wordsOfText(file.tree!).filter((w) => !kept.includes(w))).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
