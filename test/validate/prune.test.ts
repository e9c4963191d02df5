/**
 * A schema pruned to the element and attribute names of the documents gives the same verdict, at the same
 * places with the same words (one better message pinned below), as the whole schema (src/validate/prune.ts). Proved on our own
 * fixtures (a wrong child, bad attribute values, a missing required element, an element used
 * only where it may not stand, an undefined element, other namespaces, egXML), with the
 * project schema broadly (also on random documents, fast-check) and with tei_all.rng in one
 * batched call (it takes libxml2 ~15 s to compile whole), when ../shared is present.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { cacheDir, defaultSchema } from '../../src/paths.js';
import { cachedPrune, pruneKey, pruneSchema } from '../../src/validate/prune.js';
import { validateRelaxng } from '../../src/validate/relaxng.js';
import { documentNames, elementNames } from '../../src/validate/tags.js';
import { elements } from '../../src/xml.js';
import { fixtures, hasShared, root, shared, teiAll, tempDir } from '../helpers.js';

const TEI = 'http://www.tei-c.org/ns/1.0';

function loadDir(dir: string): TeiFile[] {
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

const pruneFixtures = () => [...loadDir(path.join(fixtures, 'prune', 'valid')), ...loadDir(path.join(fixtures, 'prune', 'invalid'))];
const schemaFixtures = () => [...loadDir(path.join(fixtures, 'schema', 'valid')), ...loadDir(path.join(fixtures, 'schema', 'invalid'))];

/** Every message as `file:line:col reason`, and each file's verdict. */
const report = (files: readonly TeiFile[]) => files.map((f) => ({ file: f.path, valid: f.messages.length === 0, messages: f.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }));

/** Validates each file against the schema pruned to its own element and attribute names (as a build prunes), one call each. */
async function prunedOneByOne(files: readonly TeiFile[], schemaText: string): Promise<TeiFile[]> {
  const copies = files.map((f) => {
    const copy = new TeiFile(f.path, f.text);
    load(copy);
    return copy;
  });
  for (const copy of copies) {
    const names = documentNames(copy.text)!;
    const pruned = pruneSchema(schemaText, names.elements, names.attributes);
    expect(pruned, copy.path).toBeDefined();
    await validateText([copy], pruned!.text);
  }
  return copies;
}

/** validateRelaxng on a schema given as text (through a temporary name in xmllint's own FS). */
async function validateText(files: TeiFile[], schemaText: string): Promise<void> {
  // relaxng.ts reads the schema from a path; the pruned text is used as it is, not pruned again
  const file = path.join(tempDir('tei-edition-pruned-'), 'pruned.rng');
  writeFileSync(file, schemaText);
  await validateRelaxng(files, { schema: file, prune: false });
}

describe('the element names a document uses (the scan before parsing)', () => {
  it('are the names of its parsed tree, with namespaces', () => {
    const files = [...pruneFixtures(), ...schemaFixtures(), ...loadDir(path.join(root, 'tei'))];
    const genres = path.join(shared, 'corpora', 'genres');
    if (existsSync(genres)) files.push(...loadDir(genres));
    const XML = 'http://www.w3.org/XML/1998/namespace';
    for (const file of files.filter((f) => f.tree)) {
      const fromTree = new Set([...elements(file.tree!)].map((e) => `{${e.uri}}${e.local}`));
      expect(elementNames(file.text), file.path).toEqual(fromTree);
      // attributes: unprefixed ones in no namespace, xml:* in the XML namespace, declarations left out
      const attrs = [...elements(file.tree!)].flatMap((e) => Object.keys(e.attributes)).filter((q) => q !== 'xmlns' && !q.startsWith('xmlns:'));
      const scanned = documentNames(file.text)!.attributes;
      expect(new Set([...scanned].map((a) => a.slice(a.indexOf('}') + 1))), file.path).toEqual(new Set(attrs.map((q) => q.slice(q.indexOf(':') + 1))));
      if (attrs.includes('xml:id')) expect(scanned.has(`{${XML}}id`)).toBe(true);
      if (attrs.includes('n')) expect(scanned.has('{}n')).toBe(true);
    }
    const eg = elementNames(readFileSync(path.join(fixtures, 'prune', 'valid', 'egxml.xml'), 'utf8'))!;
    expect(eg.has('{http://www.tei-c.org/ns/Examples}frobnicate')).toBe(true);
    expect(eg.has(`{${TEI}}frobnicate`)).toBe(false);
  });

  it('gives up (undefined: the whole schema is used) on a DOCTYPE or broken tags', () => {
    expect(elementNames('<!DOCTYPE TEI [<!ENTITY x "<p/>">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>')).toBeUndefined();
    expect(elementNames('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p></TEI>')).toBeUndefined();
    expect(elementNames('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p a="1 > 0" b=\'<\'/><!-- <q> --><![CDATA[<r>]]></TEI>')).toEqual(new Set([`{${TEI}}TEI`, `{${TEI}}p`]));
  });
});

describe('pruning the project schema', () => {
  const schemaText = readFileSync(defaultSchema, 'utf8');

  it('keeps what the documents use, cuts the rest, and keeps patterns named by anyName or nsName', () => {
    const names = elementNames(readFileSync(path.join(fixtures, 'prune', 'valid', 'minimal.xml'), 'utf8'))!;
    const pruned = pruneSchema(schemaText, names)!;
    expect(pruned.kept).toBeGreaterThanOrEqual(names.size - 1);
    expect(pruned.cut).toBeGreaterThan(10);
    expect(pruned.text.length).toBeLessThan(schemaText.length);
    expect(pruneSchema('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="x.rng"/></grammar>', names)).toBeUndefined();
  });

  it('cuts the optional attributes no document uses, keeps required ones and those named otherwise', () => {
    const rng = (body: string) => `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="${TEI}"><start><element name="TEI">${body}<empty/></element></start></grammar>`;
    const cut = (body: string, used: string[]) => pruneSchema(rng(body), new Set([`{${TEI}}TEI`]), new Set(used))!.text;
    const optional = '<optional><attribute name="rend"><text/></attribute></optional>';
    expect(cut(optional, ['{}n'])).not.toContain('rend');
    expect(cut(optional, ['{}rend'])).toContain('name="rend"');
    // an unprefixed attribute name is in no namespace, whatever ns the grammar gives elements
    expect(cut(optional, [`{${TEI}}rend`])).not.toContain('rend');
    // required: kept, so that libxml2 says it is missing
    expect(cut('<attribute name="ident"><text/></attribute>', [])).toContain('name="ident"');
    // through a choice inside the optional; anyName stays
    expect(cut('<optional><choice><attribute name="a"><text/></attribute><attribute name="b"><text/></attribute></choice></optional>', ['{}b'])).toMatch(/name="b"/);
    expect(cut('<optional><choice><attribute name="a"><text/></attribute><attribute name="b"><text/></attribute></choice></optional>', ['{}b'])).not.toMatch(/name="a"/);
    expect(cut('<zeroOrMore><attribute><anyName/><text/></attribute></zeroOrMore>', [])).toContain('anyName');
  });

  it('makes a repetition of one repetition one, with the same verdicts (libxml2 is quadratic in nested ones)', async () => {
    // TEI's listPerson: ((person | listPerson)+, (relation | listRelation)*)+; no relation used
    const rng = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="${TEI}"><start><element name="list">
      <zeroOrMore><element name="head"><text/></element></zeroOrMore>
      <oneOrMore><oneOrMore><choice><ref name="item"/><element name="list2"><empty/></element></choice></oneOrMore>
        <zeroOrMore><element name="relation"><empty/></element></zeroOrMore></oneOrMore>
      <zeroOrMore><oneOrMore><element name="tail"><empty/></element></oneOrMore></zeroOrMore>
    </element></start><define name="item"><element name="item"><text/></element></define></grammar>`;
    const names = new Set(['list', 'head', 'item', 'list2', 'tail'].map((n) => `{${TEI}}${n}`));
    const pruned = pruneSchema(rng, names)!.text;
    expect(pruned).not.toContain('relation');
    const bare = pruned.replace(/\s+/g, '');
    expect(bare).not.toMatch(/<(oneOrMore|zeroOrMore)><(oneOrMore|zeroOrMore)>/);
    expect(bare).toContain('<oneOrMore><choice><refname="item"/>');
    expect(bare).toContain('<zeroOrMore><elementname="tail">');
    // documents of those names only, as the build prunes for
    const docs = ['<item/>', '<item/><list2/><item/>', '<head/><item/><tail/><tail/>', '', '<head/>', '<tail/><item/>', '<item/><head/>', '<item/><list2/><list2/><item/><tail/>']
      .map((inner) => `<list xmlns="${TEI}">${inner.replace(/<item\/>/g, '<item>x</item>')}</list>`);
    const verdicts = async (schema: string) => {
      const r = await validateXML({ xml: docs.map((t, i) => ({ fileName: `d${i}.xml`, contents: t })), schema: [{ fileName: 's.rng', contents: schema }], extension: 'relaxng' });
      return docs.map((_, i) => r.rawOutput.includes(`d${i}.xml validates`));
    };
    const whole = await verdicts(rng);
    expect(whole).toEqual([true, true, true, false, false, false, false, true]);
    expect(await verdicts(pruned)).toEqual(whole);
  });

  it('gives the same verdicts and messages as the whole schema on every fixture', async () => {
    const whole = [...pruneFixtures(), ...schemaFixtures()];
    expect(whole.length).toBeGreaterThan(25);
    const pruned = await prunedOneByOne(whole, schemaText);
    await validateRelaxng(whole, { schema: defaultSchema, prune: false });
    expect(whole.some((f) => f.messages.length === 0) && whole.some((f) => f.messages.length > 0)).toBe(true);
    // One message differs, for the better, at the same place: with the unused attributes cut,
    // libxml2 compiles list's content model into an automaton, which names the element it did
    // not expect instead of blaming the list (as with tei_lite, below).
    const better = (r: ReturnType<typeof report>) => r.filter((f) => !f.file.endsWith('prune/invalid/wrong-child.xml'));
    expect(better(report(pruned))).toEqual(better(report(whole)));
    const wrongChild = (files: TeiFile[]) => report(files).find((r) => r.file.endsWith('prune/invalid/wrong-child.xml'))!.messages;
    expect(wrongChild(whole)).toEqual(['6:1 <p>: element list has extra content: p']);
    expect(wrongChild(pruned)).toEqual(['6:1 <p>: did not expect element p there']);
  }, 120_000);

  it('gives the same verdicts on random documents (fast-check)', async () => {
    // names the project schema defines, one it does not, one of the examples namespace
    const inline = ['hi', 'persName', 'placeName', 'date', 'lb', 'note', 'said', 'choice', 'sic', 'corr', 'frobnicate', 'q', 'p'];
    const attrs = ['', ' rend="italic"', ' when="1919-05-08"', ' when="8 May"', ' n="1"', ' ref="#x"'];
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? fc.constantFrom('tekst', '')
        : fc.oneof(
            fc.constantFrom('tekst'),
            fc.tuple(fc.constantFrom(...inline), fc.constantFrom(...attrs), fc.array(node(depth - 1), { maxLength: 3 })).map(([n, a, kids]) => `<${n}${a}>${kids.join('')}</${n}>`),
          ),
    );
    const doc = fc.array(fc.tuple(fc.constantFrom('p', 'head', 'ab', 'div', 'list'), fc.array(node(3), { maxLength: 3 })), { minLength: 1, maxLength: 3 }).map((blocks) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="${TEI}" xml:lang="nl"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n${blocks.map(([b, kids]) => `<${b}>${kids.join('')}</${b}>`).join('\n')}\n</body></text></TEI>\n`,
    );
    const texts = fc.sample(doc, { numRuns: 24, seed: 1919 });
    // the whole schema: one call for all; pruned: one call per group of six, for the group's names
    const r = await validateXML({ xml: texts.map((t, i) => ({ fileName: `d${i}.xml`, contents: t })), schema: [{ fileName: 's.rng', contents: schemaText }], extension: 'relaxng' });
    const verdictWhole = texts.map((_, i) => r.rawOutput.includes(`d${i}.xml validates`));
    const verdictPruned: boolean[] = [];
    for (let g = 0; g < texts.length; g += 6) {
      const group = texts.slice(g, g + 6);
      const names = new Set(group.flatMap((t) => [...elementNames(t)!]));
      const attributes = new Set(group.flatMap((t) => [...documentNames(t)!.attributes]));
      const pruned = pruneSchema(schemaText, names, attributes)!;
      const rp = await validateXML({ xml: group.map((t, i) => ({ fileName: `d${i}.xml`, contents: t })), schema: [{ fileName: 's.rng', contents: pruned.text }], extension: 'relaxng' });
      verdictPruned.push(...group.map((_, i) => rp.rawOutput.includes(`d${i}.xml validates`)));
    }
    expect(verdictPruned).toEqual(verdictWhole);
    // both kinds of document were tried
    expect(verdictWhole.includes(true) && verdictWhole.includes(false)).toBe(true);
  }, 120_000);

  it('caches the pruned schema in .cache/schemas by the hash of the schema and the names', async () => {
    const names = new Set([`{${TEI}}TEI`, `{${TEI}}p`, `{${TEI}}frobnicate-${process.pid}`]);
    const key = pruneKey(schemaText, names);
    expect(pruneKey(schemaText, new Set([...names].reverse()))).toBe(key);
    expect(pruneKey(`${schemaText} `, names)).not.toBe(key);
    const first = await cachedPrune(schemaText, names);
    expect(existsSync(path.join(cacheDir, 'schemas', `${key}.json`))).toBe(true);
    expect(await cachedPrune(schemaText, names)).toEqual(first);
    rmSync(path.join(cacheDir, 'schemas', `${key}.json`));
  });
});

if (!hasShared) console.log(`notice: ${teiAll} is absent; the tei_all.rng pruning comparison is skipped`);

describe.runIf(hasShared)('pruning the TEI schemas', () => {
  it('gives the same verdicts as the whole tei_lite on every fixture, and better messages', async () => {
    const lite = path.join(shared, 'schemas', 'tei_lite-p5-4.1.0.rng');
    const whole = [...pruneFixtures(), ...schemaFixtures()];
    // one call each way: pruned to the union of the fixtures' names (what a build does)
    const pruned = whole.map((f) => {
      const copy = new TeiFile(f.path, f.text);
      load(copy);
      return copy;
    });
    const names = new Set(whole.flatMap((f) => [...elementNames(f.text)!]));
    const attributes = new Set(whole.flatMap((f) => [...documentNames(f.text)!.attributes]));
    await validateText(pruned, pruneSchema(readFileSync(lite, 'utf8'), names, attributes)!.text);
    await validateRelaxng(whole, { schema: lite, prune: false });
    const verdicts = (files: TeiFile[]) => report(files).map((r) => `${r.file} ${r.valid}`);
    expect(verdicts(pruned)).toEqual(verdicts(whole));
    // The messages differ, for the better: libxml2 cannot compile tei_lite 4.1.0's content
    // models into automata whole, and its interpreter blames an ancestor ("<body>: did not
    // expect element p there"); pruned, they compile and it names the fault where it is.
    const bad = (files: TeiFile[]) => report(files).find((r) => r.file.endsWith('prune/invalid/bad-value.xml'))!.messages;
    expect(bad(whole)).toEqual(['4:7 <body>: did not expect element p there', '5:1 <p>: element p has extra content: text']);
    expect(bad(pruned)).toEqual(['5:13 <date>: invalid attribute when for element date']);
  }, 120_000);

  it('gives the same verdicts and messages as the whole tei_all on our fixtures (one batched call for the whole)', async () => {
    const schemaText = readFileSync(teiAll, 'utf8');
    const whole = pruneFixtures();
    const pruned = await prunedOneByOne(whole, schemaText);
    await validateRelaxng(whole, { schema: teiAll, prune: false });
    expect(whole.filter((f) => f.messages.length === 0).map((f) => path.basename(f.path))).toEqual(['egxml.xml', 'list.xml', 'minimal.xml', 'verse.xml']);
    expect(report(pruned)).toEqual(report(whole));
    // an undefined element is still rejected, where it stands
    expect(report(pruned).find((r) => r.file.endsWith('undefined-element.xml'))!.messages).toEqual(['5:8 <frobnicate>: did not expect element frobnicate there']);
  }, 300_000);
});
