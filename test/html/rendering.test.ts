/**
 * A document's one transform (src/render/rendering.ts): the HTML renderer and the e-book's take
 * their parts of one run of saxon-js; a part asked for again, or the e-book alone, is
 * transformed again; a document's pages and its e-book say the same text.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANDING_DATA_KEY, PRINT_DATA_KEY, renderHtml } from '../../src/render/html.js';
import { epubPart } from '../../src/render/epub/transform.js';
import { renderingPart } from '../../src/render/rendering.js';
import { editionModel } from '../../src/model/edition.js';
import { loadFixture, loadText, renderCacheOff, root } from '../helpers.js';

renderCacheOff();

const names = (parts: [string, string][]): string[] => parts.map(([n]) => n).sort();

describe("a document's one transform", () => {
  it('gives the pages to the HTML renderer and the e-book documents to the EPUB renderer, each once', async () => {
    const file = loadFixture('html/sample.xml');
    const edition = editionModel([file]);
    const first = await renderingPart(file, edition, 'pages');
    expect(first?.pages.map((p) => p.path)).toContain('sample/index.html');
    const epub = await renderingPart(file, edition, 'epub');
    expect(names(epub!.epub)).toEqual(['manifest.json', 'organisations.xhtml', 'persons.xhtml', 'places.xhtml', 'readings.xhtml', 'text.xhtml', 'title.xhtml', 'works.xhtml']);
    // the e-book's part came from the same transform: the same object, its pages let go of
    expect(epub!.pages).toEqual([]);
    // asked for again, each part is made again, whole
    const again = await renderingPart(file, edition, 'pages');
    expect(again!.pages.map((p) => p.path)).toEqual(first!.pages.map((p) => p.path));
    expect(again!.pages.map((p) => p.content)).toEqual(first!.pages.map((p) => p.content));
    const epubAgain = await renderingPart(file, edition, 'epub');
    expect(epubAgain!.epub).toEqual(epub!.epub);
  });

  it('makes the e-book alone without the web pages, with the same documents', async () => {
    const file = loadFixture('html/sample.xml');
    const edition = editionModel([file]);
    const alone = await renderingPart(file, edition, 'epub');
    expect(alone!.pages).toEqual([]);
    expect(alone!.landing).toBeUndefined();
    const other = loadFixture('html/sample.xml');
    const otherEdition = editionModel([other]);
    await renderingPart(other, otherEdition, 'pages');
    expect((await renderingPart(other, otherEdition, 'epub'))!.epub).toEqual(alone!.epub);
  });

  it("puts the same paragraphs on the reading page and in the e-book's text", async () => {
    const file = loadFixture('html/sample.xml');
    const edition = editionModel([file]);
    const page = String((await renderHtml(file, edition)).find((o) => o.path === 'sample/index.html')!.content);
    const text = (await epubPart(file, edition)).documents.get('text.xhtml')!;
    const paragraphIds = (html: string): string[] => [...html.matchAll(/<p [^>]*id="(p\d+)"/g)].map((m) => m[1]!);
    expect(paragraphIds(page).length).toBeGreaterThan(0);
    expect(paragraphIds(text)).toEqual(paragraphIds(page));
  });

  it('makes the same pages and e-book in two transforms, as for a large document', async () => {
    const one = loadFixture('html/sample.xml');
    const oneEdition = editionModel([one]);
    const pages = await renderHtml(one, oneEdition);
    const book = await epubPart(one, oneEdition);
    process.env['TEI_EDITION_ONE_TRANSFORM_UP_TO'] = '0';
    try {
      const two = loadFixture('html/sample.xml');
      const twoEdition = editionModel([two]);
      const apart = await renderingPart(two, twoEdition, 'pages');
      // the web pages alone: nothing kept for the e-book, which is a transform of its own
      expect(apart!.epub).toEqual([]);
      expect(apart!.pages).toEqual(pages);
      expect(apart!.landing).toBe(one.data[LANDING_DATA_KEY]);
      const bookApart = await epubPart(two, twoEdition);
      expect([...bookApart.documents]).toEqual([...book.documents]);
      expect(bookApart.manifest).toEqual(book.manifest);
    } finally {
      delete process.env['TEI_EDITION_ONE_TRANSFORM_UP_TO'];
    }
  });

  it("gives the e-book and print the whole text, front, body and back, as the reading page", async () => {
    const file = loadFixture('genres/prose-front-back.xml');
    const edition = editionModel([file], { pdf: true });
    const page = String((await renderHtml(file, edition)).find((o) => o.path.endsWith('/index.html'))!.content);
    const text = (await epubPart(file, edition)).documents.get('text.xhtml')!;
    const print = String(file.data[PRINT_DATA_KEY]);
    // the back's appendix and its register of places, which the e-book once left out
    for (const words of ['Appendix: the subscribers', 'The subscribers were thirty-one', 'where the canal leaves the river']) {
      expect(page, words).toContain(words);
      expect(text, words).toContain(words);
      expect(print, words).toContain(words);
    }
  });

  it("gives an end note pointed to by a plain ref a way back to that ref, on the page and in the e-book", async () => {
    const file = loadText(`<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>What times have we fallen upon?<ref target="#N1">[1]</ref> And again.<ref target="#N1">[1]</ref></p></body>
<back><div type="notes"><note xml:id="N1">A note at the end.</note></div></back></text>
</TEI>
`, 'endnotes.xml');
    const edition = editionModel([file]);
    const page = String((await renderHtml(file, edition)).find((o) => o.path.endsWith('/index.html'))!.content);
    // the first ref carries the anchor (once), the note's link back leads to it
    expect(page.match(/id="N1-ref"/g)).toHaveLength(1);
    expect(page).toMatch(/<a href="#N1" id="N1-ref">\[1\]<\/a>/);
    expect(page).toMatch(/<a class="back" href="#N1-ref"/);
    const text = (await epubPart(file, edition)).documents.get('text.xhtml')!;
    expect(text).toMatch(/id="N1-ref"/);
    expect(text).toMatch(/href="#N1-ref"/);
  });
});

describe('saxon-js without the network', () => {
  it('loads without axios; asked for a resource over http(s), it refuses clearly', () => {
    // a process of its own: the test's workers may hold the real axios from another test
    const script = `
      import { createRequire } from 'node:module';
      import path from 'node:path';
      const { saxonJs } = await import(${JSON.stringify(path.join(root, 'lib', 'render', 'rendering.js'))});
      const SaxonJS = saxonJs();
      const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
      // what the real axios requires as it loads
      const deps = Object.keys(require.cache).filter((k) => /[\\/](follow-redirects|form-data|proxy-from-env)[\\/]/.test(k));
      let refusal = '';
      try { await SaxonJS.getResource({ location: 'https://example.org/', type: 'text' }); } catch (e) { refusal = e.message; }
      console.log(JSON.stringify({ deps, refusal, transform: typeof SaxonJS.transform }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { deps: string[]; refusal: string; transform: string };
    expect(out.transform).toBe('function');
    // the real axios was never loaded: nothing it requires is
    expect(out.deps).toEqual([]);
    expect(out.refusal).toMatch(/renders without the network/);
  });
});
