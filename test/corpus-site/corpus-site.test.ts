/**
 * The corpus site on our own fixture (three invented letters in Dutch, English and German and a
 * shared register file): the table of documents, registers across the corpus, and the Pagefind
 * search, in Debian's Chromium over http (Pagefind needs fetch) and from file://.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { corpusRegisters, corpusRows } from '../../src/render/corpus/index.js';
import { LiveReload } from '../../src/serve/live.js';
import { startServer } from '../../src/serve/server.js';
import type { EditionModel } from '../../src/model/edition.js';
import { fixtures, tempDir } from '../helpers.js';
import { fileUrl, filesBelow, launch, openPage, read } from '../html/helpers.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

let dist: string;
let edition: EditionModel;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-corpus-'), 'dist');
  const result = await build({ inputs: [path.join(fixtures, 'corpus-site')], out: dist, schema: anySchema });
  const errors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'));
  if (!result.written) throw new Error(errors.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`).join('\n'));
  edition = result.edition!;
  server = await startServer({ root: dist, port: 0, live: new LiveReload() });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
    return (await w.axe.run(document, { resultTypes: ['violations'], preload: false })).violations;
  });
  return violations.map((v) => `${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const visibleTitles = (page: Page) => page.locator('#corpus-table tbody tr:not([hidden]) td:first-child').allInnerTexts();

describe('the corpus model', () => {
  it('gives each document its metadata from the header, the register file no row', () => {
    const rows = corpusRows(edition);
    expect(rows.map((r) => [r.id, r.authors.join(), r.date, r.genre, r.genreFrom, r.lang, r.words])).toEqual([
      ['letter-01', 'Anna Verbeek', '1901-03-04', 'brief', 'header', 'nl', 19],
      ['letter-02', 'Bert Hollander', '1901-04-10', 'letter', 'header', 'en', 14],
      ['letter-03', 'Anna Verbeek', '1901-05-22', 'letter', 'structure', 'de', 18],
    ]);
  });

  it('makes one entry per entity: by pointer into the shared register, and by authority id', () => {
    const regs = corpusRegisters(edition, () => new Set());
    const byName = (kind: 'persons' | 'places', name: string) => regs.entries[kind].find((e) => e.name === name)!;
    const anna = byName('persons', 'Anna Verbeek');
    expect(anna.records).toEqual([{ doc: 'register', id: 'anna' }]);
    expect([...new Set(anna.mentions.map((m) => m.doc))]).toEqual(['letter-01', 'letter-02', 'letter-03']);
    // two documents' own records of Amsterdam share Q727: one entry with both mentions
    const amsterdam = byName('places', 'Amsterdam');
    expect(amsterdam.records).toEqual([{ doc: 'letter-02', id: 'ams' }, { doc: 'letter-03', id: 'amsterdam' }]);
    expect(amsterdam.mentions.map((m) => m.doc)).toEqual(['letter-02', 'letter-03']);
    expect(amsterdam.authorities.map((a) => a.uri)).toContain('https://sws.geonames.org/2759794/');
    expect(regs.entries.places.map((e) => e.name)).toEqual(['Amsterdam', 'Oosthaven']);
    expect(regs.unmentioned).toBe(0);
  });
});

describe('the landing page in Chromium', () => {
  it('is a plain table without JavaScript', async () => {
    const { page } = await openPage(browser, `${server.url}index.html`, { javaScript: false });
    expect(await visibleTitles(page)).toHaveLength(3);
    expect(await page.locator('#corpus-search').isVisible()).toBe(false);
    await page.context().close();
  });

  it('sorts by a column and filters by words and by genre', async () => {
    const { page, errors } = await openPage(browser, `${server.url}index.html`);
    const words = page.locator('#corpus-table th', { hasText: 'Words' });
    await words.locator('button').click();
    expect(await words.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('#corpus-table tbody td.num').allInnerTexts()).toEqual(['14', '18', '19']);
    await words.locator('button').click();
    expect(await page.locator('#corpus-table tbody td.num').allInnerTexts()).toEqual(['19', '18', '14']);
    await page.locator('#corpus-table th', { hasText: 'Title' }).locator('button').click();
    expect((await visibleTitles(page))[0]).toBe('Anna Verbeek aan Bert Hollander, Oosthaven');

    await page.locator('#corpus-filter-q').fill('amsterdam');
    expect(await visibleTitles(page)).toEqual(['Anna Verbeek an Bert Hollander, Amsterdam', 'Bert Hollander to Anna Verbeek, Amsterdam']);
    expect(await page.locator('#corpus-count').innerText()).toBe('Showing 2 of 3 documents');
    await page.locator('#corpus-filter-q').fill('');
    await page.locator('#corpus-filter-genre').selectOption('brief');
    expect(await visibleTitles(page)).toEqual(['Anna Verbeek aan Bert Hollander, Oosthaven']);
    expect(await axe(page)).toEqual([]);
    expect(errors.filter((e) => !e.includes('/__tei-edition/'))).toEqual([]);
    await page.context().close();
  });

  it('searches the whole corpus with stemming in each document\'s language', async () => {
    const { page, errors } = await openPage(browser, `${server.url}index.html`);
    const search = async (q: string) => {
      await page.locator('#corpus-q').fill(q);
      await page.locator('#corpus-search button').click();
      await expect.poll(() => page.locator('#corpus-search-status').innerText(), { timeout: 20_000 }).toMatch(/for “|No document/);
      return page.locator('#corpus-results li > a').allInnerTexts();
    };
    // German: "Leuchtturm" finds "Leuchttürme"; English: "lighthouse" finds "lighthouses" (first:
    // Pagefind also ranks near words lower, such as the Dutch "liggen"); Dutch: "visser", "vissers"
    expect(await search('Leuchtturm')).toEqual(['Anna Verbeek an Bert Hollander, Amsterdam']);
    expect((await search('lighthouse'))[0]).toBe('Bert Hollander to Anna Verbeek, Amsterdam');
    expect(await page.locator('#corpus-results mark').first().innerText()).toBe('lighthouses');
    expect(await search('visser')).toEqual(['Anna Verbeek aan Bert Hollander, Oosthaven']);
    expect(await page.locator('#corpus-results mark').first().innerText()).toMatch(/^vissers$/i);
    expect(await search('zeppelin')).toEqual([]);
    await search('Amsterdam');
    await page.locator('#corpus-results li > a', { hasText: 'Bert Hollander to Anna Verbeek' }).click();
    await page.waitForURL(/letter-02\/index\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Bert Hollander to Anna Verbeek, Amsterdam');
    expect(errors.filter((e) => !e.includes('/__tei-edition/'))).toEqual([]);
    await page.context().close();
  });

  it('from file:// says that search needs http, and the table still filters', async () => {
    const { page, errors } = await openPage(browser, fileUrl(dist, 'index.html'));
    expect(await page.locator('#corpus-search-status').innerText()).toMatch(/needs the edition served over http/);
    expect(await page.locator('#corpus-q').isDisabled()).toBe(true);
    await page.locator('#corpus-filter-q').fill('Oosthaven');
    expect(await visibleTitles(page)).toHaveLength(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the registers across the corpus', () => {
  it('list an entity once, with its mentions in two documents linked to their pages', async () => {
    const { page, errors } = await openPage(browser, `${server.url}registers/places.html`);
    const entry = page.locator('section.corpus-entry', { has: page.locator('h2', { hasText: 'Amsterdam' }) });
    expect(await entry.count()).toBe(1);
    const links = await entry.locator('ul.mentions a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    // letter-02's paragraph has an xml:id, and the reading page an anchor for it
    expect(links).toEqual(['../letter-02/index.html#l2-p1', '../letter-03/index.html']);
    expect(await axe(page)).toEqual([]);
    await entry.locator('ul.mentions a').first().click();
    await page.waitForURL(/letter-02\/index\.html#l2-p1$/);
    expect(await page.locator('#l2-p1').innerText()).toContain('lighthouses of Amsterdam');
    expect(errors.filter((e) => !e.includes('/__tei-edition/'))).toEqual([]);
    await page.context().close();
  });
});

describe('the files', () => {
  it('are valid HTML, and Pagefind\'s index is one bundle per language, in chunks', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'require-sri': ['error', { target: 'crossorigin' }] } });
    const messages: string[] = [];
    for (const rel of ['index.html', 'registers/persons.html', 'registers/places.html']) {
      const report = await validator.validateString(read(dist, rel), rel);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)));
    }
    expect(messages).toEqual([]);
    const files = filesBelow(dist);
    const bundles = /data-bundles="([^"]*)"/.exec(read(dist, 'index.html'))![1]!.split(' ');
    // a small corpus: one bundle per language, in a folder named by what it indexes
    expect(bundles.map((b) => b.split('=')[0])).toEqual(['de', 'en', 'nl']);
    for (const b of bundles) {
      const [lang, folder] = b.split('=') as [string, string];
      expect(folder).toMatch(new RegExp(`^pagefind/${lang}/[0-9a-f]{16}/$`));
      expect(files.some((f) => f.startsWith(`${folder}pagefind.${lang}_`)), lang).toBe(true);
      expect(files.filter((f) => f.startsWith(`${folder}index/`)).length, lang).toBeGreaterThan(0);
    }
    expect(files.some((f) => /pagefind-ui/.test(f))).toBe(false);
  });
});
