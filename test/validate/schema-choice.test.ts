/**
 * Which schema judges each document (src/validate/schema-choice.ts): --schema, the document's
 * xml-model (beside it, or through an OASIS catalog), the project schema; and the reports say
 * which one did.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { defaultSchema } from '../../src/paths.js';
import { Catalogs } from '../../src/validate/catalog.js';
import { judgedBy, validate } from '../../src/validate/index.js';
import { chooseSchema } from '../../src/validate/schema-choice.js';
import { xmlModels } from '../../src/validate/xml-model.js';
import { fixtures, hasShared, root, shared, teiAll, tempDir, tei } from '../helpers.js';

const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';
const TEI_ALL_URL = 'http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng';
const testCatalog = path.join(fixtures, 'catalog', 'catalog.xml');
/** A schema that accepts any TEI document: <TEI> with anything inside. */
const ANY_TEI = `<grammar xmlns="${RNG_NS}"><start><element><nsName ns="http://www.tei-c.org/ns/1.0"/><ref name="any"/></element></start><define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define></grammar>`;

const model = (href: string, ns = RNG_NS, extra = '') => `<?xml-model href="${href}" schematypens="${ns}"${extra}?>`;
const withModels = (...pis: string[]) => tei('<p>x</p>').replace('<TEI ', `${pis.join('\n')}\n<TEI `);

function docIn(dir: string, name: string, text: string): TeiFile {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return new TeiFile(full, text);
}

describe('xml-model declarations', () => {
  it('are read from the prolog with their place, behind a BOM, across lines, not from comments', () => {
    const text = `\uFEFF<?xml version="1.0"?>\n<!-- ${model('old.rng')} -->\n  <?xml-model href="a.rng"\n   type="application/xml" schematypens="${RNG_NS}"?>\n${model('a.sch', SCH_NS)}<?xml-model href="b.rng"?><?xml-model href="c.rnc" schematypens="${RNG_NS}"?>\n<TEI/>`;
    const models = xmlModels(text);
    expect(models.map((m) => [m.href, m.kind, `${m.place.line}:${m.place.column}`])).toEqual([
      ['a.rng', 'relaxng', '3:3'],
      ['a.sch', 'schematron', '5:1'],
      ['b.rng', 'relaxng', '5:79'],
      ['c.rnc', 'relaxng-compact', '5:105'],
    ]);
    expect(xmlModels(`\uFEFF${model('x.rng')}<TEI/>`)[0]!.place).toEqual({ line: 1, column: 1 });
    expect(xmlModels('<TEI><?xml-model href="late.rng"?></TEI>')).toEqual([]);
  });
});

describe('OASIS catalogs', () => {
  it('map by uri, rewriteURI, uriSuffix, system, rewriteSystem, systemSuffix, nextCatalog, with xml:base', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(
      path.join(dir, 'catalog.xml'),
      `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <uri name="https://example.org/a.rng" uri="local/a.rng"/>
  <rewriteURI uriStartString="https://example.org/odd/" rewritePrefix="odd/"/>
  <rewriteURI uriStartString="https://example.org/odd/deeper/" rewritePrefix="deep/"/>
  <uriSuffix uriSuffix="/tail.rng" uri="tails/tail.rng"/>
  <group xml:base="based/"><system systemId="https://example.org/sys.rng" uri="sys.rng"/></group>
  <rewriteSystem systemIdStartString="https://example.org/rs/" rewritePrefix="rs/"/>
  <systemSuffix systemIdSuffix="ss.rng" uri="ss/ss.rng"/>
  <nextCatalog catalog="sub/next.xml"/>
</catalog>`,
    );
    writeFileSync(path.join(dir, 'sub', 'next.xml'), `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="https://example.org/next.rng" uri="n.rng"/><nextCatalog catalog="../catalog.xml"/></catalog>`);
    const catalogs = new Catalogs([path.join(dir, 'catalog.xml')]);
    const at = (address: string) => catalogs.resolve(address)?.path;
    expect(at('https://example.org/a.rng')).toBe(path.join(dir, 'local', 'a.rng'));
    expect(at('https://example.org/odd/x/y.rng')).toBe(path.join(dir, 'odd', 'x', 'y.rng'));
    expect(at('https://example.org/odd/deeper/z.rng')).toBe(path.join(dir, 'deep', 'z.rng'));
    expect(at('https://other.org/some/tail.rng')).toBe(path.join(dir, 'tails', 'tail.rng'));
    expect(at('https://example.org/sys.rng')).toBe(path.join(dir, 'based', 'sys.rng'));
    expect(at('https://example.org/rs/q.rng')).toBe(path.join(dir, 'rs', 'q.rng'));
    expect(at('https://x.org/ss.rng')).toBe(path.join(dir, 'ss', 'ss.rng'));
    expect(at('https://example.org/next.rng')).toBe(path.join(dir, 'sub', 'n.rng'));
    expect(catalogs.resolve('https://example.org/nothing.rng')).toBeUndefined();
    expect(catalogs.resolve('https://example.org/a.rng')?.catalog).toBe(path.join(dir, 'catalog.xml'));
  });

  it('come from --catalog (which must exist) and XML_CATALOG_FILES (skipped when missing, as libxml2 does)', () => {
    expect(() => new Catalogs(['no/such/catalog.xml'])).toThrow(/cannot read the catalog no\/such\/catalog\.xml/);
    const c = Catalogs.fromEnvironment([], { XML_CATALOG_FILES: `no/such.xml  file://${testCatalog}` });
    expect(c.files).toEqual(['no/such.xml', `file://${testCatalog}`]);
    expect(c.resolve(TEI_ALL_URL)?.path).toBe(teiAll);
    expect(c.resolve('https://www.tei-c.org/Vault/P5/4.12.0/xml/tei/custom/schema/relaxng/tei_all.rng')?.path).toBe(teiAll);
  });
});

describe('the schema of a document', () => {
  const none = new Catalogs();

  it('is --schema, else the first RelaxNG declaration that can be had, else the project schema', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'own.rng'), ANY_TEI);
    const declared = docIn(dir, 'declared.xml', withModels(model('missing.rng'), model('own.rng', SCH_NS), model('own.rng')));
    expect(chooseSchema(declared, { catalogs: none })).toMatchObject({ path: path.join(dir, 'own.rng'), how: 'declared', href: 'own.rng', place: { line: 4, column: 1 } });
    expect(declared.messages).toEqual([]);
    expect(chooseSchema(declared, { catalogs: none, schema: defaultSchema })).toEqual({ path: defaultSchema, how: 'option' });
    const plain = docIn(dir, 'plain.xml', tei('<p>x</p>'));
    expect(chooseSchema(plain, { catalogs: none })).toEqual({ path: defaultSchema, how: 'project' });
  });

  it('is the local copy a catalog maps a remote declaration to', () => {
    // a catalog of our own, so that the test needs no copy of tei_all
    const dir = tempDir();
    const local = path.join(dir, 'local.rng');
    writeFileSync(local, ANY_TEI);
    const catalog = path.join(dir, 'catalog.xml');
    writeFileSync(catalog, `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="${TEI_ALL_URL}" uri="local.rng"/></catalog>`);
    const file = docIn(dir, 'remote.xml', withModels(model(TEI_ALL_URL)));
    expect(chooseSchema(file, { catalogs: new Catalogs([catalog]) })).toMatchObject({ path: local, how: 'declared', catalog });
  });

  it.runIf(hasShared)('is tei_all through the test catalog (../shared)', () => {
    const file = docIn(tempDir(), 'remote.xml', withModels(model(TEI_ALL_URL)));
    expect(chooseSchema(file, { catalogs: new Catalogs([testCatalog]) })).toMatchObject({ path: teiAll, how: 'declared', catalog: testCatalog });
  });

  it('cannot be had: an error at the declaration that names it and says where to put the file', () => {
    const dir = tempDir();
    const remote = docIn(dir, 'remote.xml', withModels(model(TEI_ALL_URL)));
    expect(chooseSchema(remote, { catalogs: none })).toBeUndefined();
    expect(remote.messages).toHaveLength(1);
    expect(remote.messages[0]).toMatchObject({ line: 2, column: 1, ruleId: 'xml-model', severity: 'error' });
    expect(remote.messages[0]!.reason).toContain(TEI_ALL_URL);
    expect(remote.messages[0]!.hint).toContain(`<uri name="${TEI_ALL_URL}" uri="schemas/tei_all.rng"/>`);
    expect(remote.messages[0]!.hint).toMatch(/--catalog catalog\.xml or set XML_CATALOG_FILES/);
    // ELTeC's declaration, relative and absent
    mkdirSync(path.join(dir, 'level1'));
    const eltec = docIn(path.join(dir, 'level1'), 'ENG.xml', `<?xml version="1.0" encoding="UTF-8"?>\n    <?xml-model href="../../Schemas/eltec-1.rng" type="application/xml"\n      schematypens="${RNG_NS}"?>\n${tei('<p>x</p>').replace(/^<\?xml[^>]*>\n/, '')}`);
    expect(chooseSchema(eltec, { catalogs: none })).toBeUndefined();
    expect(eltec.messages[0]).toMatchObject({ line: 2, column: 5, ruleId: 'xml-model' });
    expect(eltec.messages[0]!.reason).toMatch(/\.\.\/\.\.\/Schemas\/eltec-1\.rng, which is not there/);
    expect(eltec.messages[0]!.hint).toContain(`put the schema at ${path.resolve(dir, '..', 'Schemas', 'eltec-1.rng')}`);
  });

  it('is the project schema, with a warning, when only Schematron is declared; compact syntax is an error', () => {
    const dir = tempDir();
    const sch = docIn(dir, 'sch.xml', withModels(model('rules.sch', SCH_NS)));
    expect(chooseSchema(sch, { catalogs: none })).toEqual({ path: defaultSchema, how: 'project' });
    expect(sch.messages[0]).toMatchObject({ severity: 'warning', ruleId: 'xml-model', line: 2 });
    expect(sch.messages[0]!.reason).toMatch(/only Schematron/);
    const rnc = docIn(dir, 'rnc.xml', withModels(model('s.rnc')));
    expect(chooseSchema(rnc, { catalogs: none })).toBeUndefined();
    expect(rnc.messages[0]!.reason).toMatch(/compact syntax/);
  });
});

describe('validation per schema', () => {
  it('groups documents by schema and records which one judged each', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'any.rng'), ANY_TEI);
    const files = [
      docIn(dir, 'a.xml', withModels(model('any.rng')).replace('<p>x</p>', '<frobnicate/>')),
      docIn(dir, 'b.xml', tei('<p>x</p>')),
      docIn(dir, 'c.xml', tei('<frobnicate/>')),
    ];
    for (const f of files) load(f);
    await validate(files, { conventions: false });
    expect(files.map((f) => judgedBy(f)?.how)).toEqual(['declared', 'project', 'project']);
    expect(judgedBy(files[0]!)).toMatchObject({ path: path.join(dir, 'any.rng'), pruned: false });
    // any.rng accepts <frobnicate/>; the project schema does not
    expect(files.map((f) => f.messages.filter((m) => m.source === 'relaxng').length > 0)).toEqual([false, false, true]);
  });

  it.runIf(hasShared)('validates the genres documents that declare tei_all with it, through the test catalog, pruned', async () => {
    const genres = path.join(shared, 'corpora', 'genres');
    const files = ['HvK_crit.xml', 'DWL_syn.xml', 'pj001.xml'].map((n) => new TeiFile(path.join(genres, n), readFileSync(path.join(genres, n), 'utf8').replace(/^\uFEFF/, '')));
    for (const f of files) load(f);
    await validate(files, { catalogs: [testCatalog] });
    for (const f of files) {
      expect(f.messages.filter((m) => m.source === 'relaxng' || m.ruleId === 'xml-model'), f.path).toEqual([]);
      expect(judgedBy(f), f.path).toMatchObject({ path: teiAll, how: 'declared', href: TEI_ALL_URL, catalog: testCatalog, pruned: true });
    }
  }, 300_000);
});

if (!hasShared) console.log(`notice: ${teiAll} is absent; the genres documents are not validated against tei_all`);

describe('reports', () => {
  const bin = path.join(root, 'bin', 'tei-edition.js');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: '' } });

  it('say which schema judged each document: text, JSON and summary', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'any.rng'), ANY_TEI);
    writeFileSync(path.join(dir, 'a.xml'), withModels(model('any.rng')));
    const text = run(['validate', 'tei', dir]);
    expect(text.stderr).toContain('judged by tei/schema/tei-edition.rng (the project schema: the document declares no RelaxNG schema): tei/lenin-kropotkin.xml');
    expect(text.stderr).toMatch(/judged by .*any\.rng \(declared as any\.rng\): .*a\.xml/);
    const json = JSON.parse(run(['validate', 'tei', dir, '--format', 'json']).stdout) as Array<{ severity: string; ruleId: string; file: string; schema: string; how: string }>;
    const infos = json.filter((m) => m.severity === 'info');
    expect(infos.map((m) => [path.basename(m.file), path.basename(m.schema), m.how, m.ruleId])).toEqual([
      ['a.xml', 'any.rng', 'declared', 'schema'],
      ['lenin-kropotkin.xml', 'tei-edition.rng', 'project', 'schema'],
    ]);
    const summary = run(['summary', 'tei']);
    expect(summary.stdout).toContain('  judged by:    tei/schema/tei-edition.rng (the project schema');
  }, 120_000);
});
