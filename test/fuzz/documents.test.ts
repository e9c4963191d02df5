/**
 * Property-based tests on generated TEI documents (fast-check, seeded). For every document, with
 * or without a fault put into it: no stage throws or hangs (a bug is an exception, a timeout or
 * a renderer's "this is a bug" message, never a located message); what is not well-formed is
 * refused with a message inside the file; what is well-formed is rendered, its pages hold
 * nothing that runs script, and every word of its text is in the JSON edition.
 *
 * TEI_EDITION_FUZZ_RUNS (default 100) and TEI_EDITION_FUZZ_SEED set the run; a failure prints
 * its seed and path, which replay it exactly.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { FORBIDDEN_CHARS, applyFault, body, document, fault, validBody, wordsOf } from './arbitraries.js';
import { outsideTheFile, pipeline } from './pipeline.js';
import { scanHtml } from '../security/scan.js';
import { renderCacheOff } from '../helpers.js';

const RUNS = Number(process.env['TEI_EDITION_FUZZ_RUNS'] ?? 100);
const SEED = Number(process.env['TEI_EDITION_FUZZ_SEED'] ?? 20261201);
const encoder = new TextEncoder();
/** What the runs met, printed with TEI_EDITION_FUZZ_REPORT=1 (for the figures in a report). */
const seen = { cases: 0, refused: 0, rendered: 0, faulted: 0, built: 0, written: 0 };
afterAll(() => {
  if (process.env['TEI_EDITION_FUZZ_REPORT']) console.info('fuzz documents', JSON.stringify(seen));
});

/** The reading and diplomatic strings of every block: where a reader finds the words. */
function editionText(json: string): string {
  const ed = JSON.parse(json) as { blocks: { reading: string; diplomatic: string }[] };
  return ed.blocks.map((b) => `${b.reading}\n${b.diplomatic}`).join('\n');
}

// Renders of thousands of one-off documents would fill the render cache.
// Random documents would fill the render cache.
renderCacheOff();

describe('generated documents', () => {
  it(`${RUNS} documents through the stages: no crash, faults located, pages safe, words kept`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: body, weight: 3 }, { arbitrary: validBody, weight: 1 }), fc.option(fault, { freq: 2 }), async (nodes, f) => {
        const clean = document(nodes);
        const text = f ? applyFault(clean, f) : clean;
        const { file, outputs } = await pipeline('fuzz.xml', encoder.encode(text));
        seen.cases++;
        if (f) seen.faulted++;
        if (file.wellFormed) seen.rendered++;
        else seen.refused++;
        // TextEncoder writes a lone surrogate as U+FFFD: the text the toolkit read.
        const read = new TextDecoder().decode(encoder.encode(text));
        expect(outsideTheFile(file, read)).toEqual([]);
        expect(file.messages.filter((m) => m.source === 'render')).toEqual([]);
        const forbidden = f?.kind === 'char' && !/[\ud800-\udfff]/.test(f.char) && FORBIDDEN_CHARS.includes(f.char);
        if (forbidden) expect(file.wellFormed).toBe(false);
        if (!file.wellFormed) {
          expect(file.messages.some((m) => m.severity === 'error' && m.source === 'xml')).toBe(true);
          expect(outputs).toEqual([]);
          return;
        }
        expect(outputs.map((o) => o.path)).toContain('fuzz/edition.json');
        for (const o of outputs) if (o.path.endsWith('.html')) expect({ page: o.path, findings: scanHtml(String(o.content)) }).toEqual({ page: o.path, findings: [] });
        if (!f) {
          const kept = editionText(String(outputs.find((o) => o.path === 'fuzz/edition.json')!.content));
          const lost = wordsOf(nodes).filter((w) => !kept.includes(w));
          expect(lost).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});

describe('generated documents through build()', () => {
  // Made when the tests run, not when they are collected: a filtered run leaves nothing behind.
  let temp = '';
  beforeAll(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'tei-edition-fuzz-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const runs = Math.max(8, Math.round(RUNS / 12));

  it(`${runs} documents, schema included: a verdict for each, written only when clean, every word in the written text`, async () => {
    let n = 0;
    await fc.assert(
      // Half of them of the kind the schema accepts, so that some are written and their words checked.
      fc.asyncProperty(fc.oneof(body, validBody), fc.option(fault, { freq: 3 }), async (nodes, f) => {
        const dir = path.join(temp, String(n++));
        mkdirSync(dir);
        const input = path.join(dir, 'fuzz.xml');
        const clean = document(nodes);
        const text = f ? applyFault(clean, f) : clean;
        writeFileSync(input, text);
        const result = await build({ inputs: [input], out: path.join(dir, 'dist') });
        const file = result.files[0]!;
        seen.built++;
        if (result.written) seen.written++;
        expect(outsideTheFile(file, readFileSync(input, 'utf8'))).toEqual([]);
        expect(file.messages.filter((m) => m.source === 'render')).toEqual([]);
        expect(result.written).toBe(!file.hasErrors);
        if (result.written && !f) {
          const kept = editionText(readFileSync(path.join(dir, 'dist', 'fuzz', 'edition.json'), 'utf8'));
          expect(wordsOf(nodes).filter((w) => !kept.includes(w))).toEqual([]);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: runs, seed: SEED + 1 },
    );
  }, 600_000);
});
