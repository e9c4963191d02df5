/** The citation downloads round-trip through citation-js: same title, creators with roles, date, publisher, URL. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, built, read, translated } from './helpers.js';

let out = '';
beforeAll(async () => {
  ({ out } = await built({ baseUrl: BASE }));
});

interface Item {
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  editor?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  URL?: string;
  'container-title'?: string;
}

type Name = { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string };
const names = (ns: Name[] | undefined): string[] =>
  (ns ?? []).map((n) => n.literal ?? [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given].filter(Boolean).join(', '));
const year = (i: Item): number | undefined => i.issued?.['date-parts'][0]?.[0];

function parsed(text: string): Item[] {
  return new Cite(text.trimStart().startsWith('[') ? JSON.parse(text) : text).data as unknown as Item[];
}

describe('citation downloads', () => {
  it('cite the text as a chapter of its edition: author, editors, date, publisher, URL, in all three formats', () => {
    const csl = JSON.parse(read(out, 'lenin-kropotkin/cite/lenin-kropotkin.json')) as Item[];
    expect(csl).toHaveLength(1);
    const [item] = csl as [Item];
    expect(item.type).toBe('chapter');
    expect(item.title).toBe('Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin');
    expect(names(item.author)).toEqual(['Bontsj-Broejevitsj, V. D.']);
    expect(names(item.editor)).toEqual(['the tei-edition editorial team']);
    expect(item.publisher).toBe('tei-edition project');
    expect(item.URL).toBe(`${BASE}lenin-kropotkin/`);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12, 1]] });
    for (const ext of ['bib', 'ris']) {
      const [back] = parsed(read(out, `lenin-kropotkin/cite/lenin-kropotkin.${ext}`)) as [Item];
      expect(back.type, ext).toBe('chapter');
      expect(back.title, ext).toBe(item.title);
      expect(back['container-title'], ext).toBe(item['container-title']);
      expect(names(back.author), ext).toEqual(names(item.author));
      expect(names(back.editor), ext).toEqual(names(item.editor));
      expect(year(back), ext).toBe(2026);
      expect(back.publisher, ext).toBe(item.publisher);
      expect(back.URL, ext).toBe(item.URL);
    }
  });

  it('has a citation of each numbered paragraph, by its anchor, and of the edition as a book', () => {
    const files = readdirSync(path.join(out, 'lenin-kropotkin', 'cite'));
    for (const n of [1, 12, 39]) {
      for (const ext of ['json', 'bib', 'ris']) expect(files).toContain(`p${n}.${ext}`);
      const [item] = parsed(read(out, `lenin-kropotkin/cite/p${n}.ris`)) as [Item];
      expect(item.title).toBe(`Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin, ¶ ${n}`);
      expect(item.URL).toBe(`${BASE}lenin-kropotkin/#p${n}`);
    }
    for (const ext of ['json', 'bib', 'ris']) {
      const [book] = parsed(read(out, `cite/edition.${ext}`)) as [Item];
      expect(book.type, ext).toBe('book');
      expect(book.title, ext).toMatch(/^Een ontmoeting tussen V\.I\. Lenin en P\. A\. Kropotkin: A digital scholarly edition/);
      expect(names(book.editor), ext).toEqual(['the tei-edition editorial team']);
      expect(book.URL, ext).toBe(BASE);
      expect(book['edition' as keyof Item], ext).toBe('Version 0.2');
    }
  });

  it('every download reads back with citation-js to the item its CSL-JSON twin holds', () => {
    const folders = ['cite', 'lenin-kropotkin/cite'];
    let count = 0;
    for (const folder of folders) {
      for (const name of readdirSync(path.join(out, folder)).filter((f) => f.endsWith('.json'))) {
        const [csl] = JSON.parse(read(out, `${folder}/${name}`)) as [Item];
        for (const ext of ['bib', 'ris']) {
          const [back] = parsed(read(out, `${folder}/${name.replace(/\.json$/, `.${ext}`)}`)) as [Item];
          const what = `${folder}/${name} ${ext}`;
          expect(back.type, what).toBe(csl.type);
          expect(back.title, what).toBe(csl.title);
          expect(names(back.author), what).toEqual(names(csl.author));
          expect(names(back.editor), what).toEqual(names(csl.editor));
          expect(year(back), what).toBe(year(csl));
          expect(back.publisher, what).toBe(csl.publisher);
          expect(back.URL, what).toBe(csl.URL);
          count++;
        }
      }
    }
    // the edition, the text, and its 39 numbered paragraphs, in two formats each
    expect(count).toBe(2 * (1 + 1 + 39));
  });

  it('keeps the editor and translator roles in BibLaTeX', () => {
    const bib = read(out, 'lenin-kropotkin/cite/lenin-kropotkin.bib');
    expect(bib).toMatch(/^@inbook\{/);
    expect(bib).toContain('editor = {{the tei-edition editorial team}}');
    expect(bib).toContain('version = {0.2}');
    // the header says the translator is unknown: said, not invented
    expect(bib).not.toContain('translator =');
    expect(bib).toContain('note = {Translator not named in the source.}');
  });

  it('a named translator is kept as translator in every format; names come from forename/surname', async () => {
    const { out: other } = await built({ inputs: [translated] });
    const csl = JSON.parse(read(other, 'translated/cite/translated.json')) as (Item & { translator?: Item['author'] })[];
    expect(names(csl[0]!.author)).toEqual(['Schreiber, Anna']);
    expect(names(csl[0]!.translator)).toEqual(['de Vries, Jan']);
    expect(names(csl[0]!.editor)).toEqual(['Lopez, Maria', 'Test Editions Group']);
    // the base URL is the header's own idno[@type='URI']
    expect(csl[0]!.URL).toBe('https://tests.example.org/brief/translated/');
    expect(read(other, 'translated/cite/translated.bib')).toMatch(/translator = \{de Vries, Jan\}|translator = \{Vries, Jan de\}/);
    expect(read(other, 'translated/cite/translated.ris')).toMatch(/^A4 {2}- .*Vries/m);
    for (const ext of ['bib', 'ris']) {
      const [back] = parsed(read(other, `translated/cite/translated.${ext}`)) as [Item & { translator?: Item['author'] }];
      expect(back.translator?.length, ext).toBe(1);
      expect(back.translator![0]!.family, ext).toMatch(/Vries/);
    }
  });

  it('RIS lines are whole: no value is broken at 70 characters', () => {
    const ris = read(out, 'lenin-kropotkin/cite/lenin-kropotkin.ris');
    for (const line of ris.trimEnd().split('\n')) expect(line).toMatch(/^([A-Z][A-Z0-9] {2}- .|ER {2}-)/);
    expect(ris).toContain('T2  - Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5)\n');
  });
});
