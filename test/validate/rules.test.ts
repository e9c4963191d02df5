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
