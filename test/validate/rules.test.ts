import { describe, expect, it } from 'vitest';
import { runRule } from '../../src/validate/rule.js';
import { rules } from '../../src/validate/index.js';
import { loadFixture } from '../helpers.js';

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
