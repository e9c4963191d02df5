/**
 * The EPUBs as the reference tools see them: epubcheck (0 errors, 0 warnings) for the memoir's
 * e-book and for the e-book of an edition of several documents, and axe-core in Chromium for every
 * content document and the navigation document (0 violations), opened as XHTML from the unzipped
 * e-book.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtures, tempDir } from '../helpers.js';
import { builtEdition, launch, openPage } from '../html/helpers.js';
import { unzip } from './helpers.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const jar = inject('epubcheckJar');

let dist: string;
beforeAll(async () => {
  dist = await builtEdition();
});

/** epubcheck's verdict: the counts line and every message that is not an info. */
async function epubcheck(file: string): Promise<{ counts: string; problems: string[] }> {
  const out = await run('java', ['-jar', jar, file], { maxBuffer: 16 << 20 }).catch((e: { stdout: string; stderr: string }) => e);
  const text = `${out.stdout}\n${out.stderr}`;
  const counts = /Messages: (\d+ fatals \/ \d+ errors \/ \d+ warnings)/.exec(text)?.[1] ?? `no verdict:\n${text}`;
  return { counts, problems: text.split('\n').filter((l) => /^(FATAL|ERROR|WARNING)/.test(l)) };
}

describe('epubcheck', () => {
  it("finds no error and no warning in the memoir's EPUB", async () => {
    const r = await epubcheck(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.epub'));
    expect(r.problems).toEqual([]);
    expect(r.counts).toBe('0 fatals / 0 errors / 0 warnings');
  });

  it('finds no error and no warning in the EPUB of an edition of several documents', async () => {
    const r = await epubcheck(path.join(dist, 'edition.epub'));
    expect(r.problems).toEqual([]);
    expect(r.counts).toBe('0 fatals / 0 errors / 0 warnings');
  });

  it('finds no error and no warning in the e-book of every genre fixture (apparatus, figures, letters, drama…)', async () => {
    const { build } = await import('../../src/build.js');
    const out = path.join(tempDir('tei-edition-epub-genres-'), 'dist');
    const result = await build({ inputs: [path.join(fixtures, 'genres')], out, schema: path.join(fixtures, 'html', 'any-element.rng') });
    expect(result.files.flatMap((f) => f.messages).filter((m) => m.severity === 'error')).toEqual([]);
    // the edition's e-book holds every document's content documents
    const r = await epubcheck(path.join(out, 'edition.epub'));
    expect(r.problems).toEqual([]);
    expect(r.counts).toBe('0 fatals / 0 errors / 0 warnings');
  }, 120_000);

  it('is a check that can fail: a broken fragment is an error', async () => {
    // the memoir's EPUB with one note marker pointing nowhere, zipped again the same way
    const { zipEpub, dosTime } = await import('../../src/render/epub/zip.js');
    const items = await unzip(readFileSync(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.epub')));
    const broken = items
      .filter((i) => i.name !== 'mimetype')
      .map((i) => ({ path: i.name, content: i.name.endsWith('/text.xhtml') ? i.data.toString('utf8').replace('href="#fn1"', 'href="#no-such-note"') : i.data }));
    const file = path.join(tempDir('tei-edition-epub-'), 'broken.epub');
    writeFileSync(file, await zipEpub(broken, dosTime('2026-12-01')));
    const r = await epubcheck(file);
    expect(r.counts).not.toBe('0 fatals / 0 errors / 0 warnings');
    expect(r.problems.join('\n')).toMatch(/^ERROR\(RSC-012\): .*text\.xhtml/m);
  });
});

describe('axe-core in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds no violation in any content document or the navigation document', async () => {
    const dir = tempDir('tei-edition-epub-');
    const items = await unzip(readFileSync(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.epub')));
    for (const i of items) {
      mkdirSync(path.join(dir, path.dirname(i.name)), { recursive: true });
      writeFileSync(path.join(dir, i.name), i.data);
    }
    const pages = items.filter((i) => i.name.endsWith('.xhtml')).map((i) => i.name);
    expect(pages.length).toBe(10);
    const found: string[] = [];
    for (const name of pages) {
      const { page, errors } = await openPage(browser, pathToFileURL(path.join(dir, name)).href);
      // an XHTML file that is not well-formed shows Chromium's parser error instead of the page
      expect(await page.locator('parsererror').count(), name).toBe(0);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
        const r = await w.axe.run(document, { resultTypes: ['violations'], preload: false });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      found.push(...violations.map((v) => `${name}: ${v}`));
      expect(errors, name).toEqual([]);
      await page.context().close();
    }
    expect(found).toEqual([]);
  });
});
