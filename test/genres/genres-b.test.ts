/**
 * Genres, part B (issue 13): critical apparatus, manuscript descriptions, transcriptions,
 * facsimiles and dictionaries, on the fixtures we wrote (test/fixtures/genres/), in the JSON
 * edition and in the reading page in a real Chromium: the structure each genre's readers
 * expect, every word of <text> in the view that shows it, in order, and no axe violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { edition, SCHEMA_URL, type Edition } from '../../src/render/json/index.js';
import type { Annotation } from '../../src/render/json/types.js';
import { fixtures, loadFixture, tempDir } from '../helpers.js';
import { fileUrl, launch, openPage } from '../html/helpers.js';
import { share, viewWords, words, type View } from './views.js';

const NAMES = ['apparatus', 'msdesc', 'transcription', 'facsimile', 'dictionary'] as const;
const fixture = (name: string): string => path.join(fixtures, 'genres', `${name}.xml`);
const editions = new Map(NAMES.map((n) => [n, edition(loadFixture(`genres/${n}.xml`))]));
const ed = (name: (typeof NAMES)[number]): Edition => editions.get(name)!;
const tree = (name: string) => loadFixture(`genres/${name}.xml`).tree!;
const ofType = (e: Edition, type: string): Annotation[] => e.annotations.filter((a) => a.type === type);
const text = (e: Edition, kind: View): string => e.blocks.filter((b) => b.type !== 'note').map((b) => b[kind]).join(' ');

describe('the JSON edition of each genre', () => {
  const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true }).compile(
    JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object,
  );

  it.each(NAMES)('%s: valid against the schema, every word of <text> once, in order, in each view', (name) => {
    const e = ed(name);
    expect(validate(e), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    for (const view of ['reading', 'diplomatic'] as const) {
      const expected = viewWords(tree(name), view);
      const got = share(expected.main, words(text(e, view)));
      expect(got.missing, `${name}, ${view}`).toEqual([]);
      expect(words(text(e, view)).length, `${name}, ${view}: no word doubled`).toBe(expected.main.length);
    }
  });

  it('apparatus: the lemma in the strings, the readings as structure with witness ids, not doubled', () => {
    const e = ed('apparatus');
    const apps = ofType(e, 'apparatus');
    expect(apps).toHaveLength(5);
    const nobody = apps[1]!;
    expect(nobody['lemma']).toEqual({ text: 'nobody', diplomatic: 'nobody', notes: [], witnesses: ['wA'], type: null, group: null });
    expect(nobody['readings']).toEqual([
      { text: 'no body', diplomatic: 'no body', notes: [], witnesses: ['wB'], type: 'orthographic', group: 'orthographic' },
      { text: 'no-body', diplomatic: 'no-body', notes: [], witnesses: ['wC'], type: 'orthographic', group: 'orthographic' },
    ]);
    // no lemma: the first reading is the base text; a reading's correction in each view, its note a note block
    expect(apps[2]).toMatchObject({ lemma: null, baseIsReading: true, readings: [{ text: 'The wind crossed the wall', diplomatic: 'The wind corssed the wall', witnesses: ['wC'] }] });
    const noteIds = (apps[2]!['readings'] as { notes: string[] }[])[0]!.notes;
    expect(noteIds).toHaveLength(1);
    expect(e.blocks.find((b) => b.id === noteIds[0])).toMatchObject({ type: 'note', reading: 'Only C has this reading.' });
    // nothing of a reading's inner markup is annotated: those ranges would point into no block
    expect(e.annotations.filter((a) => a.type === 'correction')).toHaveLength(0);
    expect(apps[3]!['readings']).toEqual([{ text: '', diplomatic: '', notes: [], witnesses: ['wC'], type: null, group: null }]);
    const all = e.blocks.map((b) => `${b.reading} ${b.diplomatic}`).join(' ');
    expect(all).not.toMatch(/pears|no body|crossed/);
    expect([...e.blocks[2]!.reading].slice(nobody.reading!.start, nobody.reading!.end).join('')).toBe('nobody');
    expect(e.witnesses!.map((w) => [w.id, w.siglum])).toEqual([['wA', 'A'], ['wB', 'B'], ['wC', 'C']]);
    expect(e.witnesses![1]!.description).toBe('The second witness, a printed edition.');
    expect(e.witnesses![2]!.manuscript).toMatchObject({ where: 'witness', shelfmark: 'Nowhere, Library of Examples, MS Test 7', physical: { form: 'codex', material: 'chart' } });
  });

  it('manuscript descriptions: the catalogue entry as structured data, dates with their ISO values', () => {
    const [header, inText] = ed('msdesc').manuscripts!;
    expect(header).toMatchObject({
      id: 'ms1', where: 'header', shelfmark: 'Exampleton, Town Library, MS 12',
      identifier: { settlement: 'Exampleton', repository: 'Town Library', idno: [{ type: 'shelfmark', value: 'MS 12' }], alternatives: ['olim 345'] },
      summary: 'A small collection of prayers.',
      physical: { form: 'codex', material: 'perg', dimensions: [{ type: 'leaf', unit: 'mm', height: 210, width: 150, depth: null }] },
      history: { originPlaces: ['Exampleton'], originDates: [{ notBefore: '1400', notAfter: '1450', when: null }], provenance: ['Owned by a parish of the town.'] },
      additional: [{ element: 'recordHist', text: 'Described for this test.' }, { element: 'surrogates', text: 'Photographs of every page.' }],
    });
    expect(header!.items[0]).toMatchObject({ n: '1', loci: [{ from: '1r', to: '4v' }], authors: ['Anonymous'], titles: ['Prayers for the morning'], incipit: 'Domine labia mea aperies', explicit: 'in saecula saeculorum' });
    expect(header!.physical!.fields.map((f) => f.element)).toEqual(['support', 'extent', 'handDesc', 'decoDesc']);
    expect(inText).toMatchObject({ id: 'ms2', where: 'text', shelfmark: 'Exampleton, Town Library, MS 13' });
    // in the text, the msDesc is a block whose parts are word boundaries
    expect(ed('msdesc').blocks[1]).toMatchObject({ element: 'msDesc', reading: 'Exampleton Town Library MS 13 fol. 1r A single leaf of music' });
  });

  it('transcriptions: broken words joined in the reading text, deletions and am in the diplomatic, ex and supplied in the reading', () => {
    const e = ed('transcription');
    const [b] = e.blocks;
    expect(b!.reading).toContain('has written to us again about the house. Mr Smith and Saint Paul');
    expect(b!.reading).toContain('parish agreed that the roof is broken and the work must be done before winter');
    expect(b!.reading).not.toMatch(/twice|agreeagreed|Govt/);
    expect(b!.diplomatic).toContain('has writ-\nten to us twice again');
    expect(b!.diplomatic).toContain('Mr Sm. and S. Paul');
    expect(b!.diplomatic).toContain('and the wo must be');
    expect(ofType(e, 'deletion').map((a) => a.reading)).toEqual([null, null]);
    expect(ofType(e, 'addition').map((a) => a['place'])).toEqual(['above', 'inline']);
    expect(ofType(e, 'gap')[0]).toMatchObject({ reason: 'illegible', extent: '2', unit: 'words' });
    expect(ofType(e, 'unclear')[0]).toMatchObject({ reason: 'faded', cert: 'low' });
    expect(ofType(e, 'glyph')[0]).toMatchObject({ name: 'LATIN SMALL LETTER R ROTUNDA', mapping: 'r' });
    expect(ofType(e, 'space')[0]).toMatchObject({ quantity: '3', unit: 'chars' });
  });

  it('facsimiles: surfaces, zones with coordinates, graphics, and the facs of pages and blocks', () => {
    const e = ed('facsimile');
    const [f1, f2] = e.facsimile!.surfaces;
    expect(f1).toMatchObject({ id: 'f1', n: '1', ulx: 0, uly: 0, lrx: 2000, lry: 3000, graphics: [{ url: 'images/page-1.jpg', href: 'images/page-1.jpg', width: '2000px' }] });
    expect(f1!.zones).toEqual([
      { id: 'f1-z1', n: null, type: null, ulx: 100, uly: 200, lrx: 1900, lry: 400, points: null, graphics: [] },
      { id: 'f1-z2', n: null, type: null, ulx: null, uly: null, lrx: null, lry: null, points: '100,500 1900,500 1900,700 100,700', graphics: [] },
    ]);
    expect(f2!.graphics[0]!.url).toBe('images/page-2.jpg');
    expect(ofType(e, 'page').map((a) => [a['n'], a['facs']])).toEqual([['1', ['#f1']], ['2', ['#f2']], ['3', ['images/page-3.jpg']]]);
    expect(e.blocks.slice(0, 2).map((b) => b.facs)).toEqual([['#f1-z1'], ['#f1-z2']]);
  });

  it('dictionaries: entries as blocks and as structured data, senses numbered and nested', () => {
    const e = ed('dictionary');
    expect(e.blocks.map((b) => [b.id, b.type])).toEqual([['apple', 'entry'], ['pear', 'entry'], ['bank1', 'entry'], ['bank2', 'entry'], ['quick', 'entry']]);
    const [apple] = e.entries!;
    expect(apple).toMatchObject({ id: 'apple', block: 'apple', headwords: ['apple'], pronunciations: ['ˈæp.əl'], hyphenations: ['ap|ple'], grammar: [{ element: 'pos', text: 'noun' }] });
    expect(apple!.senses.map((s) => [s.n, s.definitions, s.translations])).toEqual([
      ['1', ['The round fruit of a tree.'], [{ text: 'appel', lang: 'nl' }]],
      ['2', ['The tree itself.'], []],
    ]);
    expect(apple!.senses[1]!.usages).toEqual([{ type: 'dom', text: 'botany' }]);
    expect(apple!.senses[1]!.senses[0]).toMatchObject({ definitions: ['Its wood.'], translations: [{ text: 'appelhout', lang: 'nl' }] });
    expect(apple!.crossReferences).toEqual([{ type: 'syn', text: 'See also pear.', targets: ['pear'] }]);
    expect(e.entries!.map((x) => [x.headwords, x.n])).toEqual([[['apple'], null], [['pear'], null], [['bank'], '1'], [['bank'], '2'], [[], null]]);
    expect(ofType(e, 'lexical').filter((a) => a['role'] === 'orth').length).toBe(4);
    expect(e.unhandled).toEqual([]);
  });
});

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let dist: string;
let browser: Browser;

beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-genres-b-'), 'dist');
  // rendering, not validation, is under test here: a schema that accepts any XML
  const result = await build({ inputs: NAMES.map(fixture), out: dist, schema: path.join(fixtures, 'html', 'any-element.rng') });
  const errors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}:${m.line} ${m.reason}`));
  if (!result.written) throw new Error(`the build failed:\n${errors.join('\n')}`);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  return openPage(browser, fileUrl(dist, `${name}/index.html`));
}
const innerText = (page: Page, selector: string): Promise<string> => page.locator(selector).evaluate((el) => (el as HTMLElement).innerText);
const diplomatic = (page: Page): Promise<void> => page.locator('label[for="v-diplomatic"]').click();

describe('the reading page of each genre in Chromium', () => {
  it.each(NAMES)('%s: every word of <text> shown once, in order, in the reading and in the diplomatic view; notes and readings apart', async (name) => {
    const { page, errors } = await open(name);
    for (const view of ['reading', 'diplomatic'] as const) {
      if (view === 'diplomatic') await diplomatic(page);
      const expected = viewWords(tree(name), view);
      const got = share(expected.main, words(await innerText(page, '#text')));
      expect(got.missing, `${name}, ${view}`).toEqual([]);
      // each note and each reading of the apparatus, in its own section
      const apartText = words((await page.locator('.apparatus, .notes').allInnerTexts()).join(' '));
      for (const seq of expected.apart) expect(share(seq, apartText).missing, `${name}, ${view}: notes and readings`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('an apparatus entry shows the lemma and the readings with their sigla; the witnesses are listed', async () => {
    const { page } = await open('apparatus');
    const marker = page.locator('#text a.app-ref').nth(1);
    expect(await marker.getAttribute('href')).toBe('#app-2');
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#app-2');
    const entry = page.locator('#app-2');
    expect(await entry.isVisible()).toBe(true);
    expect((await entry.innerText()).replace(/\s+/g, ' ')).toMatch(/line 2 nobody\] A; no body B \(orthographic\); no-body C \(orthographic\)/);
    expect(await entry.locator('a.wit').first().getAttribute('href')).toBe('#wit-wA');
    expect(await page.locator('#app-4').innerText()).toMatch(/om\./);
    const witnesses = page.locator('section.witnesses');
    expect(await witnesses.isVisible()).toBe(true);
    expect(await witnesses.locator('dl.wit-list > dt').allInnerTexts()).toEqual(['A', 'B', 'C']);
    expect(await witnesses.locator('dl.wit-list > dd').nth(2).innerText()).toMatch(/Nowhere, Library of Examples, MS Test 7/);
    // the base text of an app without a lemma stands in the text, the other reading does not
    expect(await innerText(page, '#text')).toMatch(/The wind went over the wall/);
    expect(await innerText(page, '#text')).not.toMatch(/crossed/);
  });

  it('a catalogue entry before the text shows its shelfmark, contents and history', async () => {
    const { page } = await open('msdesc');
    const entry = page.locator('.ms-section .msdesc');
    expect(await entry.locator('.shelfmark').innerText()).toBe('Exampleton, Town Library, MS 12');
    const body = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(body).toMatch(/Contents A small collection of prayers\. 1\. fols\. 1r–4v Anonymous Prayers for the morning Inc\.: .?Domine labia mea aperies/);
    expect(body).toMatch(/Extent 6 leaves leaf: 210 × 150 mm/);
    expect(body).toMatch(/Origin Written in Exampleton, first half of the fifteenth century\./);
    expect(await entry.locator('time[datetime="1901-05-03"]').innerText()).toBe('May 1901');
    expect(await entry.locator('.origDate').getAttribute('title')).toMatch(/1400.*1450/);
    // before the text, and the msDesc in the text stands where it is
    expect(await page.evaluate(() => !!(document.querySelector('.ms-section')!.compareDocumentPosition(document.querySelector('#text')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.locator('#text #ms2 .shelfmark').innerText()).toBe('Exampleton, Town Library, MS 13');
  });

  it('the diplomatic view strikes deletions through and shows the source hyphen; the reading view shows neither', async () => {
    const { page } = await open('transcription');
    const del = page.locator('del').first();
    expect(await del.isVisible()).toBe(false);
    expect(await innerText(page, '#text')).toMatch(/has written to us again/);
    await diplomatic(page);
    expect(await del.isVisible()).toBe(true);
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    expect(await innerText(page, '#text')).toMatch(/writ-\s*\nten to us twice again/);
    expect(await page.locator('.gap').getAttribute('title')).toBe('text left out: illegible: 2 words');
  });

  it('a page beginning links its image; a dictionary entry shows its headword bold and its senses numbered', async () => {
    const { page } = await open('facsimile');
    const links = page.locator('.pb a.facs');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['images/page-1.jpg', 'images/page-2.jpg', 'images/page-3.jpg']);
    expect(await links.first().isVisible()).toBe(true);
    const dict = (await open('dictionary')).page;
    const orth = dict.locator('#apple .orth');
    expect(Number(await orth.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(await dict.locator('#apple > .sense > .sense-n').allInnerTexts()).toEqual(['1. ', '2. ']);
  });

  it.each(NAMES)('%s: axe-core reports no violation, in the reading and the diplomatic view', async (name) => {
    const { page } = await open(name);
    await page.addScriptTag({ content: axeSource });
    const run = () => page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
      const r = await w.axe.run(document, { resultTypes: ['violations'], preload: false });
      return r.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(await run()).toEqual([]);
    await diplomatic(page);
    expect(await run()).toEqual([]);
  });
});
