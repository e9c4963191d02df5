/**
 * The cite block as a reader uses it, in Chromium: Chicago, APA and MLA; the default style
 * without JavaScript; a paragraph's citation and downloads; and no 404 on any page over HTTP.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, htmlPages, launch, openPage } from '../html/helpers.js';
import { BASE, built } from './helpers.js';
import { t } from '../../src/i18n/messages.js';

/** The memoir's interface language (tei/tei-edition.json): its words come from that table. */
const ui = 'nl';

let browser: Browser;
let out = '';
beforeAll(async () => {
  browser = await launch();
  ({ out } = await built({ baseUrl: BASE }));
});
afterAll(() => browser?.close());

const visible = (page: import('playwright-core').Page, sel: string): Promise<string[]> =>
  page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

describe('the cite block', () => {
  it('shows the Chicago citation without JavaScript, with the version, date and address', async () => {
    const { page } = await openPage(browser, fileUrl(out, 'lenin-kropotkin/index.html'), { javaScript: false });
    const shown = await visible(page, '#cite-page .citation');
    expect(shown).toEqual([
      `Bontsj-Broejevitsj, V. D. “Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin.” In Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5), edited by the tei-edition editorial team. Version 0.2. tei-edition project, December 1, 2026. ${BASE}lenin-kropotkin/.`,
    ]);
    expect(await page.locator('#cite-page .citation').count()).toBe(3);
    expect(await page.locator('.cite-downloads').first().textContent()).toBe(t(ui, 'cite.download', 'CSL-JSON · BibLaTeX · RIS'));
    expect(await page.locator('.cite .hint').first().textContent()).toBe(t(ui, 'cite.translator-unknown'));
    await page.context().close();
  });

  it('lets the reader pick APA or MLA', async () => {
    const { page, errors } = await openPage(browser, fileUrl(out, 'lenin-kropotkin/index.html'));
    await page.locator('label[for="cs-apa"]').click();
    expect(await visible(page, '#cite-page .citation')).toEqual([
      `Bontsj-Broejevitsj, V. D. (2026). Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin. In the tei-edition editorial team (Ed.), Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5) (Version 0.2). tei-edition project. ${BASE}lenin-kropotkin/`,
    ]);
    await page.locator('label[for="cs-mla"]').click();
    expect(await visible(page, '#cite-page .citation')).toEqual([
      `Bontsj-Broejevitsj, V. D. “Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin.” Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5), edited by the tei-edition editorial team, version 0.2, tei-edition project, 1 Dec. 2026, ${BASE}lenin-kropotkin/.`,
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cites the paragraph the address points to, with its downloads', async () => {
    const { page, errors } = await openPage(browser, `${fileUrl(out, 'lenin-kropotkin/index.html')}#p12`);
    const [text] = await visible(page, '#cite-para .citation');
    expect(text).toContain('Kropotkin, ¶ 12.”');
    expect(text).toContain(`${BASE}lenin-kropotkin/#p12.`);
    expect(text).not.toContain('{');
    const hrefs = await page.locator('.para-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['json', 'bib', 'ris'].map((e) => `${BASE}lenin-kropotkin/cite/p12.${e}`));
    expect(await page.locator('.para-downloads').isVisible()).toBe(true);
    // the paragraph number's card cites that paragraph in the chosen style
    await page.locator('label[for="cs-mla"]').click();
    await page.locator('#p3 a.pn').click();
    await expect.poll(() => page.locator('#card .card-cite').isVisible()).toBe(true);
    const card = (await page.locator('#card .card-cite .citation').textContent())!;
    expect(card).toContain('Kropotkin, ¶ 3.”');
    expect(card).toContain('1 Dec. 2026');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('served over HTTP', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
      readFile(path.join(out, path.normalize(rel))).then(
        (body) => res.writeHead(200).end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('no page asks for anything that is not there: its icon, or the /favicon.ico of the server root', async () => {
    const missing: string[] = [];
    for (const rel of htmlPages(out)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('response', (r) => { if (r.status() >= 400) missing.push(`${rel}: ${r.status()} ${r.url()}`); });
      await page.goto(`${origin}/${rel}`, { waitUntil: 'networkidle' });
      // headless Chromium fetches no icon by itself: ask for what a browser would
      const icons = await page.locator('link[rel="icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(icons, rel).toHaveLength(1);
      for (const url of [...icons, `${origin}/favicon.ico`]) {
        const r = await page.request.get(url);
        if (r.status() !== 200) missing.push(`${rel}: ${r.status()} ${url}`);
        else if (url.endsWith('.ico')) expect((await r.body()).subarray(0, 4).toString('hex')).toBe('00000100');
      }
      await context.close();
    }
    expect(missing).toEqual([]);
  });
});
