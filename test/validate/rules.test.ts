import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { defaultSchema } from '../../src/paths.js';
import { declaredSchemas, followsConventions } from '../../src/validate/conventions.js';
import { EditionIndex } from '../../src/validate/edition-index.js';
import { runRule } from '../../src/validate/rule.js';
import { rules, validate } from '../../src/validate/index.js';
import { hasShared, loadFixture, loadText, root, tei, teiAll } from '../helpers.js';

/** The letter uses xml:base, which the project schema does not allow; tei_all does. */
const teiAllOrProject = hasShared ? teiAll : defaultSchema;

function loadFile(full: string): TeiFile {
  const file = new TeiFile(path.relative(root, full), readFileSync(full, 'utf8'));
  load(file);
  return file;
}

/** Each rule has ok and not-ok fixtures in test/fixtures/rules/<rule-id>/; these are its faults. */
const expected: Record<string, string[]> = {
  'unique-ids': ['6:8 error xml:id="p1" is used twice: first on <p> at line 5, column 5'],
  'pointer-resolves': ['8:37 error @ref="#lenni" on <persName> points to no element: no xml:id="lenni"'],
  'iso-dates': [
    '5:14 error @when="1919-02-30" on <date> is not a valid date: 1919-02-30 does not exist: that month has 28 days',
    '6:13 error @notBefore="1919-05-10" is later than @notAfter="1919-05-08" on <date>',
    '7:13 error @dur="15 min" on <time> is not an ISO 8601 duration',
  ],
  'names-have-ref': ['8:58 error <placeName> has no @ref: the name is not linked to a register entry'],
  'unused-register-entry': ['7:7 warning register entry <place xml:id="dmitrov"> is never referred to'],
  'commentary-has-source': [
    '5:16 warning commentary note "c-1" names no source',
    '6:20 warning commentary note names no source',
  ],
  'active-content': ['2:1 error an <?xml-stylesheet?> processing instruction would run in the browser of anyone who opens the published TEI'],
  'url-scheme': [
    "8:13 error @target=\"\\u0009JaVaScRiPt:alert(1)\" on <ref> uses the scheme javascript:, which runs code in the reader's browser: it must never become a link",
    "8:61 error @target=\"java\\u000ascript:alert(1)\" on <ref> uses the scheme javascript:, which runs code in the reader's browser: it must never become a link",
    "9:12 error @target=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" on <ref> uses the scheme data:, which carries a document of its own that can run code: it must never become a link",
    "9:92 error @facs=\"vbscript:msgbox(1)\" on <pb> uses the scheme vbscript:, which runs code in the reader's browser: it must never become a link",
    "10:12 error @target=\"x:alert(1)\" on <ref> uses the scheme javascript:, which runs code in the reader's browser (the expansion of the prefix x:): it must never become a link",
    "10:45 warning @target=\"urn:cts:greekLit:tlg0012.tlg001:1.1\" on <ref>: the scheme urn: is not a web link: it is kept in the data and shown as text",
    "11:12 warning @target=\"javajavascript:script:alert(1)\" on <ref>: the scheme javajavascript: is not a web link: it is kept in the data and shown as text",
    "11:65 warning @target=\"//evil.example/x\" on <ref>: the network-path reference //evil.example/x (it takes the page's scheme, file: when opened from disk) is not a web link: it is kept in the data and shown as text",
    "12:13 error @target=\"file:///etc/passwd\" on <ref> uses the scheme file:, which opens local or browser-internal data: it must never become a link",
    "12:49 error <idno type=\"URI\">blob:https://example.org/1</idno> uses the scheme blob:, which carries a document of its own that can run code: it must never become a link",
  ],
};

describe('rules', () => {
  it('every rule has fixtures and a stable id', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('passes its ok example', () => {
        const file = loadFixture(`rules/${rule.id}/ok.xml`);
        runRule(rule, file);
        expect(file.messages).toEqual([]);
      });
      it('flags its not-ok example at the right place', () => {
        const file = loadFixture(`rules/${rule.id}/not-ok.xml`);
        runRule(rule, file);
        const found = file.sortedMessages().map((m) => `${m.line}:${m.column} ${m.severity} ${m.reason}`);
        expect(found).toEqual(expected[rule.id]);
        expect(file.messages.every((m) => m.ruleId === rule.id && m.hint)).toBe(true);
      });
    });
  }
});

/** The rules know TEI: which attributes are dates, how pointers resolve, what is not TEI. */
describe('rules that know TEI', () => {
  const byId = (id: string) => rules.find((r) => r.id === id)!;
  const found = (file: TeiFile) => file.sortedMessages().map((m) => `${m.line}:${m.column} ${m.severity} ${m.reason}`);

  it.each(['iso-dates', 'pointer-resolves'])('%s passes TEI that only tei_all.rng allows (locus, citedRange, egXML, xml:base)', (id) => {
    const file = loadFixture(`rules/${id}/tei-all/ok.xml`);
    runRule(byId(id), file);
    expect(found(file)).toEqual([]);
  });

  it('resolves a path against xml:base: back into the document itself', () => {
    const file = loadFixture('rules/pointer-resolves/tei-all/not-ok.xml');
    runRule(byId('pointer-resolves'), file);
    expect(found(file)).toEqual(['8:29 error @target="../not-ok.xml#lenni" on <ref> points to no element: no xml:id="lenni"']);
    expect(file.messages[0]!.hint).toBe('did you mean #lenin?');
  });

  it('resolves pointers across the files built together (a register beside the documents)', () => {
    const letter = loadFixture('rules/pointer-resolves/tei-all/edition/letter.xml');
    const people = loadFixture('rules/pointer-resolves/tei-all/edition/people.xml');
    const edition = new EditionIndex([letter, people]);
    for (const file of [letter, people]) for (const rule of rules) runRule(rule, file, { edition });
    expect(found(letter)).toEqual(['6:41 error @ref="people.xml#lenni" on <persName> points to no element: no xml:id="lenni" in people.xml']);
    expect(letter.messages[0]!.hint).toBe('did you mean people.xml#lenin?');
    // pointers from the letter count: only the entry nobody names is unused
    expect(found(people)).toEqual(['8:7 warning register entry <person xml:id="tsjechov"> is never referred to']);
  });

  it('leaves a pointer into a file that is not in the build alone', () => {
    const letter = loadFixture('rules/pointer-resolves/tei-all/edition/letter.xml');
    runRule(byId('pointer-resolves'), letter);
    expect(found(letter)).toEqual([]);
  });

  it('leaves a network-path or host-named file URL alone (no file of this machine)', () => {
    const file = loadText(tei('<p><ref target="//evil.example/x.xml#a file://host/y.xml#b #">x</ref></p>'));
    for (const rule of [byId('pointer-resolves'), byId('unused-register-entry')]) runRule(rule, file);
    expect(found(file)).toEqual([]);
  });

  it('reads the build as one edition: validate() resolves between its files', async () => {
    const letter = loadFixture('rules/pointer-resolves/tei-all/edition/letter.xml');
    const people = loadFixture('rules/pointer-resolves/tei-all/edition/people.xml');
    await validate([letter, people], { schema: teiAllOrProject });
    const ruled = (f: TeiFile) => f.sortedMessages().filter((m) => m.source === 'tei-edition').map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(ruled(letter)).toEqual(['6:41 pointer-resolves']);
    expect(ruled(people)).toEqual(['8:7 unused-register-entry']);
  }, 60_000);
});

describe('severities: TEI rules and the edition conventions', () => {
  it('says which rules are TEI, which the edition conventions, which safety', () => {
    const kinds = Object.fromEntries(rules.map((r) => [r.id, r.kind]));
    expect(kinds).toEqual({
      'unique-ids': 'tei',
      'iso-dates': 'tei',
      'pointer-resolves': 'convention',
      'names-have-ref': 'convention',
      'unused-register-entry': 'convention',
      'commentary-has-source': 'convention',
      'url-scheme': 'safety',
      'active-content': 'safety',
    });
  });

  it('holds the memoir to the conventions', () => {
    const memoir = loadFile(path.join(root, 'tei', 'lenin-kropotkin.xml'));
    expect(followsConventions(memoir)).toBe(true);
    expect(followsConventions(memoir, { schema: defaultSchema })).toBe(true);
  });

  it('a document that declares another schema gets warnings where the memoir gets errors (TEI rules stay errors: see the iso-dates and unique-ids examples)', () => {
    const file = loadFixture('rules/conventions/foreign.xml');
    expect(declaredSchemas(file.text)).toEqual(['http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng']);
    for (const rule of rules) runRule(rule, file);
    expect(file.sortedMessages().map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      '6:8 warning names-have-ref',
      '6:49 warning pointer-resolves',
    ]);
  });

  it('so does one validated against another schema (--schema); the option decides outright', () => {
    const strict = loadFixture('rules/names-have-ref/not-ok.xml');
    runRule(namesHaveRef(), strict);
    expect(strict.messages.map((m) => m.severity)).toEqual(['error']);
    const other = loadFixture('rules/names-have-ref/not-ok.xml');
    runRule(namesHaveRef(), other, { schema: '/elsewhere/tei_all.rng' });
    expect(other.messages.map((m) => m.severity)).toEqual(['warning']);
    const forced = loadFixture('rules/conventions/foreign.xml');
    runRule(namesHaveRef(), forced, { conventions: true });
    expect(forced.messages.map((m) => m.severity)).toEqual(['error']);
  });
});

function namesHaveRef() {
  return rules.find((r) => r.id === 'names-have-ref')!;
}
