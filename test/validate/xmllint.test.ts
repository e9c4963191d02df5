import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { closeXmllint, lintRelaxng, runXmllint } from '../../src/validate/xmllint.js';

const SCHEMA = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="list"><oneOrMore><element name="item"><attribute name="n"><data type="integer"/></attribute><text/></element></oneOrMore></element></start>
</grammar>`;
const GOOD = '<list><item n="1">een</item></list>';
const BAD = '<list>\n  <item n="twee">twee</item>\n  <bogus/>\n</list>';
const input = (xml: string[], schema = SCHEMA) => ({
  xml: xml.map((contents, i) => ({ fileName: `doc${i}.xml`, contents })),
  schema: { fileName: 'schema.rng', contents: schema },
  initialMemoryPages: 256,
  maxMemoryPages: 1024,
});

afterAll(() => closeXmllint());

describe('the xmllint service', () => {
  it('gives the verdicts, messages and output of xmllint-wasm\'s own validateXML', async () => {
    for (const docs of [[GOOD], [BAD], [GOOD, BAD, GOOD]]) {
      const ours = await lintRelaxng(input(docs));
      const { xml, schema, initialMemoryPages, maxMemoryPages } = input(docs);
      const theirs = await validateXML({ xml, schema: [schema], extension: 'relaxng', initialMemoryPages, maxMemoryPages });
      expect(ours).toEqual(theirs);
    }
    const bad = await lintRelaxng(input([GOOD, BAD]));
    expect(bad.valid).toBe(false);
    expect(bad.errors.map((e) => [e.loc?.fileName, e.loc?.lineNumber])).toEqual([
      ['doc1.xml', 2],
      ['doc1.xml', 2],
      ['doc1.xml', 3],
    ]);
    expect(bad.rawOutput).toContain('doc0.xml validates');
  });

  it('refuses, with xmllint\'s output, when it gives no verdict: a schema it cannot use', async () => {
    await expect(lintRelaxng(input([GOOD], '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element/></start></grammar>'))).rejects.toThrow(/schema/i);
    // and goes on serving after it
    expect((await lintRelaxng(input([GOOD]))).valid).toBe(true);
  });

  it('runs call after call in a thread that stays, a fresh libxml2 each time', async () => {
    const task = { inputFiles: [...input([BAD]).xml, input([]).schema], args: ['--relaxng', 'schema.rng', '--noout', 'doc0.xml'], initialMemory: 256, maxMemory: 1024 };
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runXmllint(task));
    expect(new Set(runs.map((r) => r.thread)).size).toBe(1);
    expect(runs.map((r) => r.runs)).toEqual([runs[0]!.runs, runs[0]!.runs + 1, runs[0]!.runs + 2]);
    // nothing of one run is left in the next: the same report each time
    expect(new Set(runs.map((r) => `${r.exitCode}\n${r.stderr}`)).size).toBe(1);
  });
});
