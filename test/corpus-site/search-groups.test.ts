/**
 * The corpus search in groups (src/render/corpus/search.ts): a language's documents are indexed
 * in several Pagefind bundles when its text is large (here made so with a tiny group size), the
 * page merges them, and a query finds a document in any of them; a rebuild after one document
 * changed indexes only its group again and takes the other bundles from the last edition. The
 * build's worker pool indexes the bundles side by side, a Pagefind service per worker: the same
 * files as one thread's one service.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build.js';
import { LiveReload } from '../../src/serve/live.js';
import { startServer } from '../../src/serve/server.js';
import { fixtures, tempDir } from '../helpers.js';
import { filesBelow, launch, openPage, read } from '../html/helpers.js';

const anySchema = path.join(fixtures, 'html', 'any-element.rng');
let browser: Browser;
const saved = process.env['TEI_EDITION_SEARCH_GROUP_BYTES'];

beforeAll(async () => {
  // every few bytes of text a group: the five documents fall into several
  process.env['TEI_EDITION_SEARCH_GROUP_BYTES'] = '8';
  browser = await launch();
});

afterAll(async () => {
  if (saved === undefined) delete process.env['TEI_EDITION_SEARCH_GROUP_BYTES'];
  else process.env['TEI_EDITION_SEARCH_GROUP_BYTES'] = saved;
  await browser?.close();
});

const bundlesOf = (dist: string): string[] => /data-bundles="([^"]*)"/.exec(read(dist, 'index.html'))![1]!.split(' ');

async function search(dist: string, q: string): Promise<string[]> {
  const server = await startServer({ root: dist, port: 0, live: new LiveReload() });
  try {
    const { page, errors } = await openPage(browser, `${server.url}index.html`);
    await page.locator('#corpus-q').fill(q);
    await page.locator('#corpus-search button').click();
    await expect.poll(() => page.locator('#corpus-search-status').innerText(), { timeout: 20_000 }).toMatch(/for “|No document/);
    const found = await page.locator('#corpus-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(errors.filter((e) => !e.includes('/__tei-edition/'))).toEqual([]);
    await page.context().close();
    return found.sort();
  } finally {
    await server.close();
  }
}

describe('the corpus search in groups', { timeout: 300_000 }, () => {
  it('finds documents in every bundle, and a rebuild indexes only the changed document\'s group', async () => {
    const input = path.join(tempDir('tei-edition-search-groups-'), 'tei');
    cpSync(path.join(fixtures, 'corpus'), input, { recursive: true });
    const options: BuildOptions = { inputs: [input], out: path.join(path.dirname(input), 'dist'), schema: anySchema };
    const first = await build(options);
    expect(first.written).toBe(true);
    const before = bundlesOf(options.out!);
    expect(before.length).toBeGreaterThan(1);
    expect(new Set(before.map((b) => b.split('=')[0]))).toEqual(new Set(['en']));
    expect(await search(options.out!, 'Nobody')).toEqual(['/letter-c/index.html']);
    // documents in the other bundles, each found by a word of its own (Pagefind also ranks
    // near words, so other documents may follow)
    expect(await search(options.out!, 'answer')).toContain('/letter-b/index.html');
    expect(await search(options.out!, 'Twice')).toContain('/story-d/index.html');
    expect(await search(options.out!, 'fixture')).toContain('/letter-a/index.html');

    const letter = path.join(input, 'letter-c.xml');
    writeFileSync(letter, readFileSync(letter, 'utf8').replace('Nobody is named here.', 'Nobody but a lighthouse keeper is named here.'));
    const again = await build(options);
    expect(again.rendered).toEqual(['letter-c']);
    const after = bundlesOf(options.out!);
    // one bundle is new: the changed letter's group; the others are the same folders
    expect(after.length).toBe(before.length);
    expect(after.filter((b) => !before.includes(b))).toHaveLength(1);
    expect(await search(options.out!, 'keeper')).toEqual(['/letter-c/index.html']);
    // every bundle folder the page lists is there, whole
    const files = filesBelow(options.out!);
    for (const b of after) expect(files).toContain(`${b.split('=')[1]}pagefind-entry.json`);
    expect(files.filter((f) => f.startsWith('pagefind/en/')).every((f) => after.some((b) => f.startsWith(b.split('=')[1]!)))).toBe(true);
  });

  it('indexes the bundles in the pool\'s workers into the same files as one thread', async () => {
    const parent = tempDir('tei-edition-search-pool-');
    const inputs = [path.join(fixtures, 'corpus')];
    const pool = path.join(parent, 'pool', 'dist');
    const one = path.join(parent, 'one', 'dist');
    await build({ inputs, out: pool, schema: anySchema });
    const workers = process.env['TEI_EDITION_WORKERS'];
    process.env['TEI_EDITION_WORKERS'] = '1';
    try {
      await build({ inputs, out: one, schema: anySchema });
    } finally {
      if (workers === undefined) delete process.env['TEI_EDITION_WORKERS'];
      else process.env['TEI_EDITION_WORKERS'] = workers;
    }
    const search = (dist: string) => filesBelow(dist).filter((f) => f.startsWith('pagefind/'));
    expect(bundlesOf(pool).length).toBeGreaterThan(2);
    expect(search(pool)).toEqual(search(one));
    for (const f of search(pool)) expect(readFileSync(path.join(pool, f)).equals(readFileSync(path.join(one, f))), f).toBe(true);
  });
});
