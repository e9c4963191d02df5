/**
 * The project schema (tei/schema/tei-edition.rng): it accepts our documents, rejects what it
 * must, and accepts nothing that TEI itself (tei_all.rng, from ../shared) would reject.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { defaultSchema } from '../../src/paths.js';
import { validateRelaxng } from '../../src/validate/relaxng.js';
import { fixtures, hasShared, root, teiAll } from '../helpers.js';

function loadAll(dir: string): TeiFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.xml'))
    .sort()
    .map((n) => {
      const full = path.join(dir, n);
      const file = new TeiFile(path.relative(root, full), readFileSync(full, 'utf8'));
      load(file);
      return file;
    });
}

const editions = () => loadAll(path.join(root, 'tei'));
const valid = () => loadAll(path.join(fixtures, 'schema', 'valid'));
const invalid = () => loadAll(path.join(fixtures, 'schema', 'invalid'));
const ruleExamples = () =>
  readdirSync(path.join(fixtures, 'rules')).flatMap((rule) => loadAll(path.join(fixtures, 'rules', rule)));
/** Rule examples in TEI the project schema does not allow (egXML, locus, xml:base): tei_all only. */
const teiAllRuleExamples = () =>
  readdirSync(path.join(fixtures, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((p) => /(^|\/)tei-all(\/[^/]+)*$/.test(p) && !p.endsWith('.xml'))
    .flatMap((dir) => loadAll(path.join(fixtures, 'rules', dir)));

if (!hasShared) console.log(`notice: ${teiAll} is absent; the tei_all.rng comparison is skipped`);

describe('project schema', () => {
  it('accepts every document in tei/ and every valid fixture', async () => {
    const files = [...editions(), ...valid(), ...ruleExamples()];
    expect(files.length).toBeGreaterThan(3);
    await validateRelaxng(files, { schema: defaultSchema });
    const problems = files.flatMap((f) => f.messages).map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`);
    // the rule examples break rules, never the schema, except the impossible date and the duplicate id
    const expected = problems.filter((p) => !/rules\/(iso-dates|unique-ids)\/not-ok/.test(p));
    expect(expected).toEqual([]);
  });

  it('rejects every invalid fixture', async () => {
    const files = invalid();
    expect(files.length).toBeGreaterThan(0);
    await validateRelaxng(files, { schema: defaultSchema });
    for (const file of files) {
      expect(file.messages.length, `${file.path} should be rejected`).toBeGreaterThan(0);
      expect(file.messages.every((m) => m.line >= 1 && m.column >= 1)).toBe(true);
    }
  });

  it.runIf(hasShared)('accepts nothing that tei_all.rng rejects (all documents, one batched call)', async () => {
    const files = [...editions(), ...valid(), ...ruleExamples().filter((f) => !/not-ok/.test(f.path)), ...teiAllRuleExamples()];
    expect(files.filter((f) => f.path.includes('tei-all')).length).toBeGreaterThanOrEqual(5);
    await validateRelaxng(files, { schema: teiAll });
    expect(files.flatMap((f) => f.messages).map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`)).toEqual([]);
    // libxml2 compiles tei_all.rng and validates every document in one call: 45-75 s of one core
    // alone, over the default 120 s when the whole suite runs on a busy machine
  }, 300_000);
});
