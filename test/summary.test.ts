import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from '../src/summary.js';
import { loadText, tei } from './helpers.js';

describe('summary', () => {
  it('counts registers, mentions, dates, notes, speech and corrections', () => {
    const file = loadText(
      tei(
        `<p n="1" xml:id="p1"><lb n="1"/><said who="#lenin">Ja, <persName ref="#kropotkin">Pjotr</persName>, <date when="1919-05">mei</date>.</said>
        <said who="#kropotkin">Vladimir <choice><sic>lljitsj</sic><corr>Iljitsj</corr></choice>!</said><note type="commentary">Uitleg.</note></p>`,
        `<standOff><listPerson><person xml:id="lenin"><persName>Lenin</persName><idno type="wikidata">Q1</idno></person>
        <person xml:id="kropotkin"><persName>Kropotkin</persName></person></listPerson></standOff>`,
      ),
      'memo.xml',
    );
    const s = summarize(file);
    expect(s.registers.persons).toBe(2);
    expect(s.authorityIds).toEqual({ wikidata: 1 });
    expect(s.mentions.persName).toBe(1);
    expect(s.dates).toBe(1);
    expect(s.notes).toEqual({ commentary: 1 });
    expect(s.utterances).toEqual({ '#kropotkin': { said: 1, words: 2 }, '#lenin': { said: 1, words: 3 } });
    expect(s.corrections.sicCorr).toBe(1);
    expect(s.paragraphs).toBe(1);
    expect(s.lines).toBe(1);
    expect(formatSummary(s)).toMatch(/#lenin 1 \(3 words\)/);
    expect(s.sources).toEqual({ listed: 0, notesCiting: 0 });
  });

  it('counts the sources, which are not works, and the commentary notes that name theirs', () => {
    const file = loadText(
      tei(
        '<p>Een zin.<note type="commentary" source="#s1">Uitleg.</note><note type="commentary">Zonder bron.</note></p>',
        '<standOff><listBibl type="sources"><bibl xml:id="s1">Bron.</bibl><bibl xml:id="s2">Nog een.</bibl></listBibl>' +
          '<listBibl><bibl xml:id="w1"><title>Werk</title></bibl></listBibl></standOff>',
      ),
    );
    const s = summarize(file);
    expect(s.registers.works).toBe(1);
    expect(s.sources).toEqual({ listed: 2, notesCiting: 1 });
    expect(formatSummary(s)).toContain('sources:      2 listed; 1 of 2 commentary notes name theirs');
  });
});
