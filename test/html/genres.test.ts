/**
 * The genres in Chromium (issue 13, item 4): our fixtures of test/fixtures/genres built into a
 * temporary folder and read as a reader sees them. A speech shows its speaker, stage directions
 * are in italics, verse lines stand on lines of their own with every fifth numbered, a letter
 * shows its closer, signature and correspondence, back matter is shown; axe-core reports nothing
 * and html-validate finds no error on any fixture page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { fixtures, renderCacheOff, tempDir } from '../helpers.js';
import { chromiumPath, fileUrl, launch, openPage, read } from './helpers.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const genres = path.join(fixtures, 'genres');
const names = readdirSync(genres).filter((f) => f.endsWith('.xml')).map((f) => f.replace(/\.xml$/, '')).sort();

renderCacheOff();
let dist: string;
let browser: Browser;
beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-genres-'), 'dist');
  const result = await build({ inputs: [genres], out: dist, schema: path.join(fixtures, 'html', 'any-element.rng') });
  const errors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}:${m.line} ${m.reason}`));
  expect(errors).toEqual([]);
  expect(result.written).toBe(true);
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function open(doc: string): Promise<Page> {
  const { page } = await openPage(browser, fileUrl(dist, `${doc}/index.html`));
  return page;
}

describe(`the genres in Chromium (${chromiumPath})`, () => {
  it('shows each speech with its speaker, stage directions in italics, acts and scenes in the contents', async () => {
    const page = await open('drama');
    const speech = page.locator('.sp').filter({ hasText: 'Only your neighbour' });
    await expect(speech.locator('.speaker').innerText()).resolves.toMatch(/^tobias$/i);
    expect(await speech.locator('.speaker').isVisible()).toBe(true);
    const stage = page.locator('p.stage').filter({ hasText: 'Mara climbs down' });
    expect(await stage.evaluate((e) => getComputedStyle(e).fontStyle)).toBe('italic');
    expect(await page.locator('span.stage', { hasText: 'She pauses.' }).evaluate((e) => getComputedStyle(e).fontStyle)).toBe('italic');
    expect(await page.locator('nav.toc a').allInnerTexts()).toEqual(['Act One', 'Scene One. A street at dusk', 'Scene Two. The square']);
    const target = await page.locator('nav.toc a', { hasText: 'Scene Two' }).getAttribute('href');
    expect(await page.locator(`${target} > h3`).innerText()).toBe('Scene Two. The square');
    expect(await page.locator('.castlist li').first().innerText()).toBe('Mara a lamplighter');
    await page.context().close();
  });

  it('sets verse lines on lines of their own, stanzas apart, every fifth line numbered', async () => {
    const page = await open('verse');
    const lines = page.locator('#harbour .l');
    expect(await lines.count()).toBe(8);
    const tops = await lines.evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);
    // the stanza break is wider than a line break
    const gaps = tops.slice(1).map((t, i) => t - tops[i]!);
    expect(gaps[3]!).toBeGreaterThan(gaps[2]! * 1.3);
    expect(await page.locator('#harbour .vn').allInnerTexts()).toEqual(['5']);
    expect(await page.locator('#numbered .vn').allInnerTexts()).toEqual(['5', '10']);
    expect(await page.locator('#harbour .vn').isVisible()).toBe(true);
    // indentation where rend says so
    const left = async (text: string): Promise<number> => page.locator('.l', { hasText: text }).evaluate((e) => e.getBoundingClientRect().left);
    expect(await left('and gulls go over')).toBeGreaterThan(await left('The boats come home'));
    // lines without a stanza are lines too, and their words stay apart in the page's text
    expect(await page.locator('#couplet').innerText()).toContain('without a group,\nand one more');
    await page.context().close();
  });

  it("shows a letter's opener, closer and signature, and who wrote to whom, where and when", async () => {
    const page = await open('letter');
    expect(await page.locator('.correspondence').innerText()).toBe('From Ada Vermeer to Jonas Hale, Leiden, 14 March 1902');
    expect(await page.locator('.correspondence time').getAttribute('datetime')).toBe('1902-03-14');
    for (const sel of ['.opener .salute', '.closer .salute', '.closer .signed', '.postscript']) expect(await page.locator(sel).isVisible(), sel).toBe(true);
    expect(await page.locator('.closer .signed').innerText()).toBe('Ada Vermeer');
    expect(await page.locator('.postscript').innerText()).toMatch(/^P\.S\.\s+Bring the lens/);
    await page.context().close();
  });

  it('shows the title page, the front matter and the back matter', async () => {
    const page = await open('prose-front-back');
    expect(await page.locator('.titlePage .titlePart.main').innerText()).toBe('A Short Account of the Canal Works');
    const back = page.locator('section.back');
    expect(await back.isVisible()).toBe(true);
    expect(await back.locator('h2').allInnerTexts()).toEqual(['Appendix: the subscribers', 'Register of places']);
    expect(await back.locator('dt').allInnerTexts()).toEqual(['Lower basin', 'Upper sluice']);
    expect(await page.locator('nav.toc a').count()).toBe(5);
    await page.context().close();
  });

  it('shows list labels, table headers and spans, figures with their text, and the TEI examples as code', async () => {
    const page = await open('lists-tables-figures');
    expect(await page.locator('dl dt').allInnerTexts()).toEqual(['(a)', '(b)', 'sluice', 'basin']);
    expect(await page.locator('ol.list li').count()).toBe(2);
    expect(await page.locator('table caption').innerText()).toBe('Depth of the canal, in feet');
    expect(await page.locator('table th').count()).toBe(6);
    expect(await page.locator('td[colspan="2"]').innerText()).toBe('about eight and a half');
    expect(await page.locator('figure img').getAttribute('alt')).toBe('A wooden gate between two stone walls, with a windlass on the left.');
    expect(await page.locator('figure figcaption').first().innerText()).toBe('The upper sluice, seen from the towpath');
    await page.context().close();
    const examples = await open('tei-examples');
    const code = await examples.locator('pre.egxml code').innerText();
    expect(code).toBe('<sp who="#ann">\n  <speaker>Ann</speaker>\n  <p>Good morning, <hi rend="italic">neighbour</hi> &amp; friend.</p>\n  <note>A note inside an example is not a note of this text.</note>\n</sp>');
    // the example's note is an example, not a note of the document
    expect(await examples.locator('section.notes').count()).toBe(0);
    expect(await examples.locator('code.egxml.inline').innerText()).toBe('<lb n="12"/>');
    await examples.context().close();
  });
});

interface AxeViolation { id: string; help: string; nodes: { target: unknown[] }[] }

describe('the genre pages are accessible and valid', () => {
  it('axe-core reports no violation on any fixture page', async () => {
    for (const doc of names) {
      const page = await open(doc);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
        return (await w.axe.run(document, { resultTypes: ['violations'], preload: false })).violations;
      });
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`), doc).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('html-validate finds no error on any fixture reading page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'require-sri': ['error', { target: 'crossorigin' }] } });
    const messages: string[] = [];
    for (const doc of names) {
      const rel = `${doc}/index.html`;
      const report = await validator.validateString(read(dist, rel), rel);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });
});
