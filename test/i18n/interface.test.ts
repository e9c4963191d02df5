/**
 * The interface in the reader's language: the memoir declares Dutch (tei/tei-edition.json), so
 * every page of its edition, the landing page and what edition.js writes must be Dutch, apart
 * from the TEI's own words and the citations (en-US, their styles' locale). test/i18n/leftovers.ts
 * lists what is left in English; an empty list is the goal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { messages, t, uiLanguages } from '../../src/i18n/messages.js';
import { uiLangOf } from '../../src/i18n/ui-lang.js';
import { UsageError } from '../../src/errors.js';
import { root, tempDir } from '../helpers.js';
import { fileUrl, htmlPages, launch, read } from '../html/helpers.js';
import { unzip } from '../epub/helpers.js';
import { ALLOWED, checker, SAME_IN_DUTCH, type Checker } from './leftovers.js';

const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
const en = messages('en');
const nl = messages('nl');
let dist = '';
let dutch: Checker;

beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-i18n-'), 'dist');
  const result = await build({ inputs: [memoir], out: dist });
  expect(result.written).toBe(true);
  dutch = checker(readFileSync(memoir, 'utf8'), en, nl, 'nl');
});

describe('the message tables', () => {
  it('have the same keys in every language, and the same placeholders', () => {
    expect(uiLanguages()).toEqual(expect.arrayContaining(['en', 'nl']));
    for (const lang of uiLanguages()) {
      const table = messages(lang);
      expect(Object.keys(table).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        expect((table[key]!.match(/\{\d\}/g) ?? []).sort(), `${lang} ${key}`).toEqual((value.match(/\{\d\}/g) ?? []).sort());
      }
    }
  });

  it('translate every message into Dutch, except names and symbols', () => {
    // the same in both: placeholders and symbols only, or names that are not translated
    const same = Object.keys(en).filter((k) => en[k] === nl[k] && /\p{L}{3,}/u.test(en[k]!.replace(/\{\d\}/g, '')));
    expect(same.filter((k) => !en[k]!.split(/[^\p{L}-]+/u).filter(Boolean).every((w) => ALLOWED.includes(w) || SAME_IN_DUTCH.includes(w)))).toEqual([]);
  });

  it('fill placeholders and refuse an interface language there is no table for', () => {
    expect(t('nl', 'register.times', 'Genoemd', 3)).toBe('Genoemd 3 keer: ');
    expect(() => uiLangOf(memoir, 'xx')).toThrow(UsageError);
    expect(uiLangOf(memoir)).toBe('nl');
    expect(uiLangOf(path.join(root, 'test', 'fixtures', 'html', 'sample.xml'))).toBe('en');
  });
});

describe('the Dutch interface of the memoir', () => {
  it('marks every page Dutch', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) expect(read(dist, page), page).toMatch(/^<!DOCTYPE html>\s*<html lang="nl">/);
  });

  it('leaves no English string on any page (text, title, aria-label, alt, placeholder, button value)', () => {
    const left = htmlPages(dist).flatMap((page) => dutch.check(read(dist, page)).map((l) => `${page}: ${l.where}: "${l.text}" (${l.found})`));
    expect(left).toEqual([]);
  });

  it('would list an English string, and a word from no table', () => {
    const page = read(dist, 'lenin-kropotkin/persons.html');
    const planted = page
      .replace('<h1>', '<h1><span title="Cite this page">x</span>')
      .replace('</main>', '<p>Bookmark</p><button aria-label="Close the card">×</button></main>');
    expect(dutch.check(planted).map((l) => `${l.where} ${l.found}`)).toEqual(['span@title Cite this page', 'p text Bookmark', 'button@aria-label Close the card']);
  });

  it("would list an English label marked as the text's language, not the text's own words", () => {
    const page = read(dist, 'lenin-kropotkin/persons.html');
    const planted = page.replace('</main>', '<nav lang="en"><h2>Contents</h2><p>line 12</p><p>The contents of the letter, line by line</p></nav></main>');
    expect(dutch.check(planted).map((l) => `${l.where} ${l.text}`)).toEqual(['h2 text Contents', 'p text line 12']);
  });

  it('keeps the text and the citations in their own languages', () => {
    const html = read(dist, 'lenin-kropotkin/index.html');
    expect(html).toMatch(/<article id="text" class="text" lang="nl"/);
    expect(html).toMatch(/<p class="citation" data-style="chicago" lang="en-US">/);
    expect(read(dist, 'lenin-kropotkin/events.html')).toMatch(/<p class="desc" lang="en">The February Revolution/);
  });

  it('writes dates and numbers the Dutch way', () => {
    const overview = read(dist, 'lenin-kropotkin/overview.html');
    expect(overview).toContain('12 juni 1917');
    expect(overview).toContain('14 okt – 13 nov 1917');
    expect(read(dist, 'index.html')).toMatch(/\d\.\d{3} woorden in \d+ genummerde alinea's/);
  });
});

describe("the memoir's e-book in Dutch", () => {
  let items: { name: string; text: string }[] = [];
  beforeAll(async () => {
    const zip = await unzip(readFileSync(path.join(dist, 'lenin-kropotkin', 'lenin-kropotkin.epub')));
    items = zip.filter((i) => /\.(xhtml|opf)$/.test(i.name)).map((i) => ({ name: i.name, text: i.data.toString('utf8') }));
  });

  it('marks every content document, the navigation and the package Dutch', () => {
    const docs = items.filter((i) => i.name.endsWith('.xhtml'));
    expect(docs.map((d) => d.name)).toEqual(expect.arrayContaining(['EPUB/nav.xhtml', 'EPUB/lenin-kropotkin/title.xhtml', 'EPUB/lenin-kropotkin/text.xhtml']));
    for (const d of docs) expect(d.text, d.name).toMatch(/<html [^>]*\blang="nl" xml:lang="nl"|<html [^>]*\bxml:lang="nl"[^>]* lang="nl"/);
    expect(items.find((i) => i.name === 'EPUB/package.opf')!.text).toMatch(/<package [^>]*xml:lang="nl"/);
  });

  it('leaves no English string in its XHTML documents and its navigation', () => {
    const left = items
      .filter((i) => i.name.endsWith('.xhtml'))
      .flatMap((i) => dutch.check(i.text).map((l) => `${i.name}: ${l.where}: "${l.text}" (${l.found})`));
    expect(left).toEqual([]);
  });

  it('says what it offers a reader in Dutch (the accessibility summary)', () => {
    const opf = items.find((i) => i.name === 'EPUB/package.opf')!.text;
    const summary = /property="schema:accessibilitySummary">([^<]*)</.exec(opf)?.[1] ?? '';
    expect(summary).toContain(t('nl', 'epub.summary-inferred').trim());
    expect(dutch.check(`<!DOCTYPE html><html lang="nl"><body><p>${summary}</p></body></html>`)).toEqual([]);
  });
});

describe("edition.js's words", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('has none of its own: every string a reader sees comes from the tables', () => {
    const source = readFileSync(path.join(root, 'xslt', 'assets', 'edition.js'), 'utf8');
    const english = Object.entries(en).filter(([k]) => k.startsWith('js.')).flatMap(([, v]) => v.split(/\{\d\}/)).map((p) => p.trim()).filter((p) => /\p{L}{3,}/u.test(p));
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter((p) => source.includes(p))).toEqual([]);
  });

  it('speaks Dutch on the Dutch page: note and paragraph cards, the search status', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(fileUrl(dist, 'lenin-kropotkin/index.html'));
    const seen: string[] = [];
    const card = async (): Promise<void> => {
      await expect.poll(() => page.locator('#card').isVisible()).toBe(true);
      seen.push(await page.locator('#card').evaluate((c) => c.outerHTML));
    };
    await page.locator('a.noteref.editorial').first().focus();
    await card();
    await page.locator('#p3 a.pn').click();
    await card();
    await page.keyboard.press('Escape');
    for (const query of ['Kropotkin', 'zzxqj']) {
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('');
      seen.push(await page.locator('#search-status').evaluate((s) => s.outerHTML));
    }
    const words = seen.join('\n');
    expect(words).toContain(`>${t('nl', 'js.nothing')}<`);
    expect(words).toMatch(/\d+ plaatsen gevonden\./);
    expect(words).toContain(t('nl', 'js.cite-paragraph', 3));
    expect(words).toContain(`aria-label="${t('nl', 'js.close')}"`);
    expect(dutch.check(`<!DOCTYPE html><html lang="nl"><body>${words}</body></html>`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
