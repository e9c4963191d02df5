/**
 * Quality bars over every page of the built edition: axe-core in Chromium (0 violations, also
 * with the diplomatic text, the speakers and a card shown), html-validate (0 errors), no broken
 * link or anchor, the reading page's weight, and deterministic output.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEdition, fileUrl, filesBelow, htmlPages, launch, openPage, read } from './helpers.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let dist: string;
let browser: Browser;

beforeAll(async () => {
  dist = await builtEdition();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation { id: string; help: string; nodes: { target: unknown[] }[] }

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
    // preload: false — axe would fetch the stylesheets, which a file:// page may not.
    const r = await w.axe.run(document, { resultTypes: ['violations'], preload: false });
    return r.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe('accessibility (axe-core in Chromium)', () => {
  it('reports no violation on any page', async () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(8);
    for (const rel of pages) {
      const { page, errors } = await openPage(browser, fileUrl(dist, rel));
      expect(await axe(page), rel).toEqual([]);
      expect(errors, rel).toEqual([]);
      await page.context().close();
    }
  });

  it('reports no violation with the diplomatic text, the speakers, a card and search results shown', async () => {
    for (const doc of readingPages()) {
      const { page } = await openPage(browser, fileUrl(dist, doc));
      await page.locator('#v-diplomatic').check();
      await page.locator('#v-speakers').check();
      await page.locator('#q').fill('revolutie');
      await page.locator('#search-results a').first().waitFor();
      await page.locator('a.name[href*="#"]').first().click();
      await page.locator('#card').waitFor();
      expect(await axe(page), doc).toEqual([]);
      await page.context().close();
    }
  });
});

function readingPages(): string[] {
  return htmlPages(dist).filter((p) => /^[^/]+\/index\.html$/.test(p));
}

describe('valid HTML (html-validate)', () => {
  it('finds no error on any page', async () => {
    // The validator's own default, its strictest preset; SRI matters for resources from other
    // origins, and ours are the edition's own files.
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
    });
    const messages: string[] = [];
    for (const rel of htmlPages(dist)) {
      const report = await validator.validateString(read(dist, rel), rel);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  it('no link or anchor in dist/ is broken', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (rel: string): Set<string> => {
      let set = ids.get(rel);
      if (!set) {
        set = new Set([...read(dist, rel).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(rel, set);
      }
      return set;
    };
    const files = new Set(filesBelow(dist));
    const broken: string[] = [];
    let checked = 0;
    for (const rel of htmlPages(dist)) {
      const html = read(dist, rel);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const link = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(link)) continue;
        checked++;
        const [file, fragment] = link.split('#') as [string, string | undefined];
        const target = file === '' ? rel : path.posix.normalize(path.posix.join(path.posix.dirname(rel), decodeURIComponent(file)));
        if (!files.has(target)) broken.push(`${rel}: ${link} (no file ${target})`);
        else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${rel}: ${link} (no id "${fragment}")`);
      }
      // ids are unique in each page
      const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]!);
      expect(all.filter((id, i) => all.indexOf(id) !== i), `${rel}: duplicate ids`).toEqual([]);
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});

describe('weight', () => {
  it('the reading page with its CSS and JavaScript (MiniSearch included, search data excluded) is under 160 KB', () => {
    for (const doc of readingPages()) {
      const size = (rel: string): number => statSync(path.join(dist, rel)).size;
      const total = size(doc) + size('assets/edition.css') + size('assets/edition.js') + size('assets/minisearch.js');
      console.log(`${doc}: ${(total / 1024).toFixed(1)} KB with CSS and JavaScript (page ${(size(doc) / 1024).toFixed(1)} KB)`);
      expect(total).toBeLessThan(160 * 1024);
    }
  });
});
