import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { loadFixture, loadText, places, tei } from '../helpers.js';

describe('validate stage', () => {
  it('says a fault once: the rule\'s message, not the schema\'s echo of it', async () => {
    const file = loadFixture('rules/iso-dates/not-ok.xml');
    await validate([file]);
    expect(places(file)).toEqual(['5:14 iso-dates', '6:13 iso-dates', '7:13 iso-dates']);
  });

  it('reports schema errors with the column of the offending element', async () => {
    const file = loadText(tei('<p>Een <frobnicate>fout</frobnicate>.</p>'));
    await validate([file]);
    expect(file.messages.length).toBeGreaterThan(0);
    expect(file.messages[0]).toMatchObject({ source: 'relaxng', line: 4 });
    expect(file.messages.some((m) => m.column === 20 && /frobnicate/.test(m.reason))).toBe(true);
  });

  it('runs the rules on a recovered tree, so one pass reports a broken tag and a dangling pointer', async () => {
    const file = loadText(tei('<p>Een <hi>fout <persName ref="#niemand">X</persName>.</p>'));
    await validate([file]);
    expect(places(file)).toEqual(['4:20 well-formed', '4:39 pointer-resolves']);
  });
});
