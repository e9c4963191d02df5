/**
 * The corpus site in Dutch: test/fixtures/corpus built with `--ui-lang nl`. Its landing page,
 * registers across the corpus and the documents' own pages leave no English string
 * (test/i18n/leftovers.ts), and what assets/corpus.js writes (the table's filter, the search's
 * status) comes from the tables too, in Debian's Chromium over http (Pagefind needs fetch).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { messages, t } from '../../src/i18n/messages.js';
import { LiveReload } from '../../src/serve/live.js';
import { startServer } from '../../src/serve/server.js';
import { editionModel } from '../../src/model/edition.js';
import { corpusRegisters } from '../../src/render/corpus/index.js';
import { registerPages } from '../../src/render/corpus/register-pages.js';
import { fixtures, loadFixture, root, tempDir } from '../helpers.js';
import { htmlPages, launch, openPage, read } from '../html/helpers.js';
import { checker, type Checker } from './leftovers.js';

const corpus = path.join(fixtures, 'corpus');
const en = messages('en');
let dist = '';
let dutch: Checker;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-i18n-corpus-'), 'dist');
  const result = await build({ inputs: [corpus], out: dist, schema: path.join(fixtures, 'html', 'any-element.rng'), uiLang: 'nl' });
  expect(result.written).toBe(true);
  const tei = readdirSync(corpus).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(path.join(corpus, f), 'utf8'));
  dutch = checker(tei.join('\n'), en, messages('nl'), 'nl');
  server = await startServer({ root: dist, port: 0, live: new LiveReload() });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the corpus site with a Dutch interface', () => {
  it('marks every page Dutch, the registers across the corpus too', () => {
    const pages = htmlPages(dist);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'registers/persons.html']));
    for (const page of pages) expect(read(dist, page), page).toMatch(/^<!DOCTYPE html>\s*<html lang="nl">/);
  });

  it('leaves no English string on any page', () => {
    const left = htmlPages(dist).flatMap((page) => dutch.check(read(dist, page)).map((l) => `${page}: ${l.where}: "${l.text}" (${l.found})`));
    expect(left).toEqual([]);
  });

  it("names the columns, the registers and a genre read from the text's structure in Dutch", () => {
    const html = read(dist, 'index.html');
    for (const key of ['corpus.title', 'corpus.author', 'corpus.words', 'corpus.genre']) expect(html).toContain(`>${t('nl', key)}</th>`);
    // (the fixture's documents say no genre: each is prose by its structure)
    expect(html).toContain(`<td data-sort="prose">${t('nl', 'corpus.genre-prose')}<span title="${t('nl', 'corpus.genre-from-structure')}"> *</span></td>`);
    expect(read(dist, 'registers/persons.html')).toContain(`<h1>${t('nl', 'corpus.register-heading', t('nl', 'register.persons'))}</h1>`);
  });
});

describe('a mention in a letter\'s header, on a register page', () => {
  it("is told in the interface's words, not in the sentence registers.ts writes", () => {
    // test/fixtures/corpus-site/: letters whose correspDesc names their sender and addressee
    const folder = path.join(fixtures, 'corpus-site');
    const files = readdirSync(folder).filter((f) => f.endsWith('.xml')).map((f) => loadFixture(`corpus-site/${f}`));
    const edition = editionModel(files, { uiLang: 'nl' });
    const regs = corpusRegisters(edition, () => new Set());
    const html = registerPages(regs, new Map(), '', 'nl').map((o) => String(o.content)).join('\n');
    expect(html).toContain(`>${t('nl', 'corpus.in-header', t('nl', 'corpus.action-sent'))}</a>`);
    expect(html).not.toContain('in the header');
  });
});

describe("corpus.js's words", () => {
  it('has none of its own: every string a reader sees comes from the tables', () => {
    const source = readFileSync(path.join(root, 'xslt', 'assets', 'corpus.js'), 'utf8');
    const english = Object.entries(en).filter(([k]) => k.startsWith('corpusjs.')).flatMap(([, v]) => v.split(/\{\d\}/)).map((p) => p.trim()).filter((p) => /\p{L}{3,}/u.test(p));
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter((p) => source.includes(p))).toEqual([]);
  });

  it('speaks Dutch: the filter of the table, the sorting by a Dutch column head, the search status', async () => {
    const { page, errors } = await openPage(browser, `${server.url}index.html`);
    const seen: string[] = [];
    await page.locator('#corpus-filter-q').fill('Fixture letter');
    await expect.poll(() => page.locator('#corpus-count').innerText()).toBe(t('nl', 'corpusjs.showing', 3, 5));
    seen.push(await page.locator('#corpus-count').innerText());
    await page.locator('#corpus-filter-q').fill('');
    const genre = page.locator('#corpus-table th', { hasText: t('nl', 'corpus.genre') });
    await genre.locator('button').click();
    expect(await genre.getAttribute('aria-sort')).toBe('ascending');
    for (const query of ['zzxqj', 'the']) {
      await page.locator('#corpus-q').fill(query);
      await page.locator('#corpus-search button').click();
      await expect.poll(() => page.locator('#corpus-search-status').innerText(), { timeout: 20_000 }).toMatch(/voor ‘|Geen document/);
      seen.push(await page.locator('#corpus-search-status').innerText());
    }
    expect(seen[1]).toBe(t('nl', 'corpusjs.none', 'zzxqj'));
    expect(seen[2]).toMatch(/^\d+ documenten? voor ‘the’/);
    // (the queries, in quotation marks, are the reader's words)
    const words = seen.map((s) => `<p>${s.replace(/‘[^’]*’/g, '')}</p>`).join('');
    expect(dutch.check(`<!DOCTYPE html><html lang="nl"><body>${words}</body></html>`)).toEqual([]);
    expect(errors.filter((e) => !e.includes('/__tei-edition/'))).toEqual([]);
    await page.context().close();
  });
});
