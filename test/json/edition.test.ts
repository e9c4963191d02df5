/** edition.json on the conventions fixture: metadata, blocks, annotations, registers, fallback, plain text. */
import { describe, expect, it } from 'vitest';
import { loadText, tei } from '../helpers.js';
import { edition, plainText, renderJson } from '../../src/render/json/index.js';
import type { Annotation } from '../../src/render/json/types.js';
import { rendered } from './inputs.js';
import { slice } from './readings.js';

const { edition: ed, text } = rendered('json/conventions.xml');
const block = (id: string) => ed.blocks.find((b) => b.id === id)!;
const of = (type: string, blockId?: string): Annotation[] =>
  ed.annotations.filter((a) => a.type === type && (blockId === undefined || a.block === blockId));

describe('JSON edition: metadata', () => {
  it('gives titles, author, translator, editors, source, licence, language, version and a citation', () => {
    const m = ed.metadata;
    expect(m.title).toBe('Een ontmoeting');
    expect(m.titles.map((t) => t.type)).toEqual(['main', 'sub']);
    expect(m.authors).toEqual([{ name: 'Vladimir Bonč-Brujevič', id: 'bonc', role: null }]);
    expect(m.translators.map((t) => t.name)).toEqual(['T. Vertaler']);
    expect(m.editors.map((t) => t.name)).toEqual(['E. Ditor']);
    expect(m.source?.citation).toBe('Bonč-Brujevič, Herinneringen, 1930. online');
    expect(m.source?.urls).toEqual(['https://example.org/source']);
    expect(m.licence).toEqual({ text: 'CC BY 4.0', uri: 'https://creativecommons.org/licenses/by/4.0/' });
    expect([m.language, m.version, m.date]).toEqual(['nl', '1.0', '2026-11-25']);
    expect(m.citation).toBe(
      'Vladimir Bonč-Brujevič, Een ontmoeting. Translated by T. Vertaler. Edited by E. Ditor. tei-edition, 2026-11-25. Version 1.0. https://example.org/conventions.',
    );
  });
});

describe('JSON edition: blocks', () => {
  it('orders headnote, paragraphs, the editorial note after its paragraph, then the back matter', () => {
    expect(ed.blocks.map((b) => `${b.type}:${b.id}`)).toEqual(['headnote:b1', 'paragraph:p1', 'note:c1', 'paragraph:p2', 'head:b2', 'note:fn1']);
    expect(block('p1').n).toBe('1');
    expect(block('c1').subtype).toBe('commentary');
    expect(block('fn1')).toMatchObject({ subtype: 'source', n: '1', part: 'back' });
  });

  it('gives each block the page it starts on', () => {
    expect(ed.blocks.map((b) => b.page)).toEqual([null, '12', '12', '12', '13', '13']);
  });

  it('keeps two strings: corrections in the reading text, source readings and line breaks in the diplomatic', () => {
    expect(block('p1').reading).toMatch(/^Op 12 juni kwam hij naar Moskou, naar het Raad van Volkscommissarissen\.\[1\] Het was Vladimir Iljitsj die direct hielp\./);
    expect(block('p1').diplomatic).toMatch(/^Op 12 juni kwam hij naar\nMoskou, naar het Raad\nvan Volkscommissarissen\.\[1\] Het was Vladimir lljitsj die dadelijk hielp\./);
  });

  it('leaves editorial notes out of the text they comment on', () => {
    expect(block('p1').reading).not.toMatch(/Zie/);
    expect(block('c1').reading).toBe('Zie Wederzijdse hulp.');
  });
});

describe('JSON edition: annotations', () => {
  it('mentions carry their register ids', () => {
    expect(of('mention', 'p1').map((a) => [slice(block('p1').reading, a.reading!), a['entries']])).toEqual([
      ['Moskou', ['moskou']],
      ['Raad van Volkscommissarissen', ['sovnarkom']],
      ['Kropotkin', ['kropotkin']],
    ]);
  });

  it('dates carry ISO values', () => {
    expect(of('date').map((a) => [a.element, a['when'] ?? `${a['notBefore']}/${a['notAfter']}`])).toEqual([
      ['date', '1918-06-12'],
      ['time', '14:30:00'],
      ['date', '1918/1919'],
    ]);
  });

  it('speech carries its speakers, and split utterances their parts', () => {
    expect(of('speech').map((a) => [a['speakers'], a['prev'], a['next']])).toEqual([
      [['kropotkin'], null, 's2'],
      [['kropotkin'], 's1', null],
      [['lenin'], null, null],
    ]);
    expect(of('speech').slice(0, 2).map((a) => a.id)).toEqual(['s1', 's2']);
  });

  it('corrections carry both readings, each with its range', () => {
    const [sic, orig] = of('correction');
    expect(sic).toMatchObject({ kind: 'correction', readingText: 'Vladimir Iljitsj', diplomaticText: 'Vladimir lljitsj' });
    expect(orig).toMatchObject({ kind: 'regularisation', readingText: 'direct', diplomaticText: 'dadelijk' });
    expect(orig!.reading!.end - orig!.reading!.start).toBe(6);
    expect(orig!.diplomatic!.end - orig!.diplomatic!.start).toBe(8);
  });

  it('note anchors: the marker [1] points at its note; an editorial note is a point where it stood', () => {
    const [marker, point] = of('note', 'p1');
    expect(marker).toMatchObject({ id: 'fnref1', element: 'ref', note: 'fn1' });
    expect(slice(block('p1').reading, marker!.reading!)).toBe('[1]');
    expect(point).toMatchObject({ element: 'note', note: 'c1' });
    expect(point!.reading!.start).toBe(point!.reading!.end);
    expect(Array.from(block('p1').reading).slice(0, point!.reading!.start).join('')).toMatch(/hielp\.$/);
  });

  it('page and line beginnings are points before the first word of the page or line', () => {
    const lines = of('line', 'p1');
    expect(lines.map((a) => a['n'])).toEqual(['1', '2', '3']);
    const p1 = block('p1');
    expect(lines.map((a) => Array.from(p1.diplomatic).slice(a.diplomatic!.start, a.diplomatic!.start + 6).join(''))).toEqual(['Op 12 ', 'Moskou', 'van Vo']);
    expect(lines.slice(1).map((a) => Array.from(p1.diplomatic)[a.diplomatic!.start - 1])).toEqual(['\n', '\n']);
    expect(of('page').map((a) => [a.block, a['n'], a.reading!.start])).toEqual([['p1', '12', 0], ['p2', '13', expect.any(Number)]]);
  });
});

describe('JSON edition: registers', () => {
  it('gives names, dates, descriptions, authority URIs, coordinates and occurrences', () => {
    const k = ed.registers.persons.find((p) => p.id === 'kropotkin')!;
    expect(k).toMatchObject({ name: 'Pjotr Kropotkin', variants: ['Pjotr Aleksejevitsj'], description: 'Russisch anarchist.' });
    expect(k.dates.map((d) => [d.type, d.when])).toEqual([['birth', '1842-12-09'], ['death', '1921-02-08']]);
    expect(k.authorities).toEqual([
      { type: 'wikidata', id: 'Q5592', uri: 'https://www.wikidata.org/entity/Q5592', sources: [] },
      { type: 'VIAF', id: '95207079', uri: 'https://viaf.org/viaf/95207079', sources: [] },
      { type: 'GND', id: '118566512', uri: 'https://d-nb.info/gnd/118566512', sources: [] },
    ]);
    expect(k.occurrences).toEqual(['b1', 'p1']);
    const lenin = ed.registers.persons.find((p) => p.id === 'lenin')!;
    expect(lenin.authorities[0]!.uri).toBe('https://www.wikidata.org/entity/Q1394');
    const moskou = ed.registers.places[0]!;
    expect(moskou).toMatchObject({ coordinates: { lat: 55.7558, long: 37.6173 }, occurrences: ['p1', 'p2'] });
    expect(moskou.authorities[0]!.uri).toBe('https://sws.geonames.org/524901/');
    expect(ed.registers.works[0]).toMatchObject({ id: 'wederzijdse-hulp', name: 'Wederzijdse hulp', occurrences: ['c1'] });
  });
});

describe('JSON edition: sources of the commentary and the registers', () => {
  const e = edition(loadText(tei(
    '<p>Een <persName ref="#x">naam</persName>.<note type="commentary" xml:id="c1" source="#s1 #s2">Noot.</note></p>',
    '<standOff><listBibl type="sources"><bibl xml:id="s1" n="S. 1">Een <ref target="https://example.org/a">bron</ref>.<note>Over de bron.</note></bibl>' +
      '<bibl xml:id="s2">Een tweede.</bibl></listBibl>' +
      '<listPerson><person xml:id="x" source="#s1"><persName>X</persName><birth when="1900" source="#s2">1900</birth>' +
      '<idno type="wikidata" source="#s1">Q1</idno></person></listPerson></standOff>',
  )));

  it('lists the sources, with label, citation (without notes) and addresses, and not as works', () => {
    expect(e.sources).toEqual([
      { id: 's1', label: 'S. 1', citation: 'Een bron.', urls: ['https://example.org/a'] },
      { id: 's2', label: null, citation: 'Een tweede.', urls: [] },
    ]);
    expect(e.registers.works).toEqual([]);
  });

  it('gives a note block its sources, and a register entry those of its facts', () => {
    expect(e.blocks.find((b) => b.id === 'c1')!.sources).toEqual(['s1', 's2']);
    expect(e.blocks[0]!.sources).toBeUndefined();
    const x = e.registers.persons[0]!;
    expect(x.sources).toEqual(['s1', 's2']);
    expect(x.dates[0]!.sources).toEqual(['s2']);
    expect(x.authorities[0]!.sources).toEqual(['s1']);
  });
});

describe('JSON edition: any TEI document', () => {
  it('keeps the text of an element it has no handler for, and records it by name', () => {
    expect(block('p2').reading).toMatch(/schreef hij\.Onbekend element$/);
    expect(ed.unhandled).toEqual([{ element: 'unknownThing', count: 1 }]);
    const [unknown] = of('element');
    expect(unknown).toMatchObject({ element: 'unknownThing', attributes: { type: 'x' } });
    expect(slice(block('p2').reading, unknown!.reading!)).toBe('Onbekend element');
  });

  it('keeps loose text in a container as a block, and unknown containers\' blocks', () => {
    const file = loadText(tei('<div>Loose <hi>text</hi><p>A paragraph.</p><wrapper><p>Inside.</p></wrapper><gap/></div>'));
    const e = edition(file);
    expect(e.blocks.map((b) => [b.type, b.element, b.reading])).toEqual([
      ['other', 'div', 'Loose text'],
      ['paragraph', 'p', 'A paragraph.'],
      ['paragraph', 'p', 'Inside.'],
    ]);
    expect(e.unhandled).toEqual([{ element: 'gap', count: 1 }, { element: 'wrapper', count: 1 }]);
  });

  it('joins the words around a line beginning inside a word in the reading text only', () => {
    const e = edition(loadText(tei('<p>hyphen\n<lb break="no"/>ation and <lb/>more</p>')));
    expect([e.blocks[0]!.reading, e.blocks[0]!.diplomatic]).toEqual(['hyphenation and more', 'hyphen\nation and\nmore']);
  });

  it('writes each half of a pair in its own view only, also inside the other half of a choice; a del inside supplied stays in the reading', () => {
    const views = (body: string) => {
      const b = edition(loadText(tei(body))).blocks[0]!;
      return [b.reading, b.diplomatic];
    };
    // an orig/reg pair (no choice) inside a corr: the reading has the reg, nothing of the orig
    expect(views('<p>a <choice><sic>dort hir</sic><corr><w><orig>hir</orig><reg>hier</reg></w></corr></choice> b</p>')).toEqual(['a hier b', 'a dort hir b']);
    // supplied letters inside an orig whose reg has the word: not in the diplomatic view
    expect(views('<p><w><orig>ver<supplied>rer</supplied></orig><reg>verrer</reg></w></p>')).toEqual(['verrer', 'ver']);
    // no alternative has these words: they stay where a view is on
    expect(views('<p>a <supplied>b <del>c</del></supplied> d</p>')).toEqual(['a b c d', 'a d']);
  });

  it('is deterministic: two renderings are byte for byte the same', () => {
    const a = renderJson(loadText(tei('<p n="1">Een <persName ref="#x">naam</persName>.</p>')));
    const b = renderJson(loadText(tei('<p n="1">Een <persName ref="#x">naam</persName>.</p>')));
    expect(a).toEqual(b);
    expect(a.map((o) => o.path)).toEqual(['doc/edition.json', 'doc/annotations.jsonld', 'doc/doc.txt']);
  });
});

describe('<doc-id>.txt', () => {
  it('is the reading text, blocks separated by blank lines, ending with a newline', () => {
    expect(text).toBe(`${ed.blocks.map((b) => b.reading).join('\n\n')}\n`);
    expect(text.split('\n\n')[1]).toBe(block('p1').reading);
  });

  it('places each block at its textOffset (code points)', () => {
    const cps = Array.from(text);
    for (const b of ed.blocks) expect(cps.slice(b.textOffset!, b.textOffset! + Array.from(b.reading).length).join('')).toBe(b.reading);
  });

  it('is empty for a document without text', () => {
    expect(plainText(edition(loadText(tei(''))))).toBe('');
  });
});

describe('JSON edition: edge cases (test/fixtures/json/edge-cases.xml)', () => {
  const { edition: e } = rendered('json/edge-cases.xml');
  const b = (id: string) => e.blocks.find((x) => x.id === id)!;

  it('nests choices and notes: the corrected reading, the source reading, and each note a block of its own', () => {
    expect(b('nest').reading).toMatch(/^A the Doctor Smith said that it spanslines\. one two Then words and see note/);
    expect(b('nest').diplomatic).toBe(
      'A teh Smiht said that it\nspans\nlines. one two Then words\nand see note, a link, cat; & <raw> é (e\u0301) 😀 foreign-namespaced. nested paragraph tail',
    );
    expect(e.blocks.map((x) => x.id).slice(2, 5)).toEqual(['nest', 'n-outer', 'n-inner']);
    expect(b('n-outer').reading).toBe('outer note');
  });

  it('a name inside a source reading has no range in the reading text', () => {
    const smiht = e.annotations.find((a) => a.type === 'mention' && (a['entries'] as string[])[0] === 'nobody')!;
    expect(smiht.reading).toBeNull();
    expect(slice(b('nest').diplomatic, smiht.diplomatic!)).toBe('Smiht');
  });

  it('loose text, empty paragraphs, verse, speech, tables and block quotations all become blocks', () => {
    expect(e.blocks.map((x) => x.type)).toEqual(['other', 'paragraph', 'paragraph', 'note', 'note', 'verse', 'verse', 'other', 'paragraph', 'other', 'other', 'paragraph', 'head', 'paragraph']);
    expect(b('b2').textOffset).toBeNull();
    expect(e.unhandled.map((u) => u.element)).toEqual(['quote', 'thing']); // gap and unclear have handlers (transcription.ts)
  });
});
