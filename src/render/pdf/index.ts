/**
 * dist/<doc-id>/<doc-id>.pdf, only with `--pdf`: the document for print (xslt/modules/print.xsl,
 * made by the HTML transform) printed by Chromium with the edition's own stylesheet (its
 * `html.pdf` rules, xslt/assets/edition.css). Chromium loads the page from the build's outputs
 * in memory, under an address that never reaches the network, before anything is written.
 * Running heads and page numbers are the print page's @page margin boxes; the PDF is tagged and has an
 * outline of the headings.
 */
import type { Browser } from 'playwright-core';
import type { TeiFile } from '../../file.js';
import type { EditionModel } from '../../model/edition.js';
import { PRINT_DATA_KEY } from '../html.js';
import type { Output, SiteRenderer } from '../output.js';
import { chromiumPath, launchChromium } from './chromium.js';
import { stampDates } from './deterministic.js';
import { localLinks } from './links.js';

/** The origin the page is served from: .invalid never resolves (RFC 2606). */
export const ORIGIN = 'http://tei-edition.invalid';

export const renderPdf: SiteRenderer = async (files, edition, outputs) => {
  if (!edition.formats.pdf) return [];
  const printable = files.filter((f) => typeof f.data[PRINT_DATA_KEY] === 'string');
  if (printable.length === 0) return [];
  const chromium = chromiumPath();
  if (!chromium.found) {
    printable[0]!.message(`--pdf needs Chromium, and there is none at ${chromium.path}`, {
      ruleId: 'pdf-chromium',
      source: 'render',
      hint: 'install it (Debian, Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH at a Chromium or Chrome binary; or build without --pdf',
    });
    return [];
  }
  const served = new Map(outputs.map((o) => [`/${o.path}`, o.content]));
  const browser = await launchChromium(chromium.path);
  try {
    const pdfs: Output[] = [];
    for (const file of printable) pdfs.push(await printDocument(browser, file, edition, served));
    return pdfs;
  } finally {
    await browser.close();
  }
};

const TYPES: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript', svg: 'image/svg+xml', json: 'application/json' };

async function printDocument(browser: Browser, file: TeiFile, edition: EditionModel, served: Map<string, string | Uint8Array>): Promise<Output> {
  const doc = edition.document(file.id)!;
  const pagePath = `/${encodeURIComponent(file.id)}/print.html`;
  const pages = new Map(served).set(pagePath, String(file.data[PRINT_DATA_KEY]));
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // every request is answered from the outputs; nothing leaves the process
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const body = url.origin === ORIGIN ? pages.get(decodeURIComponent(url.pathname)) : undefined;
      if (body === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: TYPES[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream', body: Buffer.from(body) });
    });
    await page.goto(`${ORIGIN}${pagePath}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(localLinks, { origin: ORIGIN, folder: `/${encodeURIComponent(file.id)}/`, baseUrl: edition.baseUrl });
    // page size, margins, running head and page numbers: the print page's @page rules
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: false,
      tagged: true,
      outline: true,
    });
    return { path: `${file.id}/${file.id}.pdf`, content: doc.modified ? stampDates(pdf, doc.modified) : pdf };
  } finally {
    await context.close();
  }
}
