/**
 * The EPUB as a reading system opens it, checked directly in the ZIP (yauzl) and its XML: the
 * container (mimetype first, stored, no extra field; fixed times; the same bytes in every time
 * zone), every block of the reading text present, notes linked both ways, the navigation
 * document (toc, page list, landmarks), the package metadata from the edition model, links that
 * resolve; and the downloads that list it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { editionModel } from '../../src/model/edition.js';
import { renderEpub } from '../../src/render/epub/index.js';
import { bookUuid } from '../../src/render/epub/identifier.js';
import { t } from '../../src/i18n/messages.js';
import { builtEdition, memoir } from '../html/helpers.js';
import { all, epubType, hasClass, norm, readText, textOf, unzip, xml, type ZipItem } from './helpers.js';

let dist: string;
let items: ZipItem[];
const entry = (name: string): string => {
  const item = items.find((i) => i.name === name);
  if (!item) throw new Error(`no ${name} in the EPUB`);
  return item.data.toString('utf8');
};
const DOC = 'EPUB/lenin-kropotkin';

beforeAll(async () => {
  dist = await builtEdition();
  items = await unzip(readFileSync(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.epub')));
});

describe('the container', () => {
  it('begins with mimetype, stored, without an extra field', () => {
    const first = items[0]!;
    expect(first.name).toBe('mimetype');
    expect(first.method).toBe(0);
    expect(first.extraLength).toBe(0);
    expect(first.data.toString('ascii')).toBe('application/epub+zip');
    expect(items.map((i) => i.name)).toContain('META-INF/container.xml');
    expect(entry('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
  });

  it('dates every entry by the sources (1 December 2026, 00:00), with no extended timestamps', () => {
    const dosDate = ((2026 - 1980) << 9) | (12 << 5) | 1;
    for (const i of items) {
      expect([i.name, i.dosDate, i.dosTime, i.extraLength]).toEqual([i.name, dosDate, 0, 0]);
    }
  });

  it('is the same bytes when built again, in another time zone', async () => {
    const built = readFileSync(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.epub'));
    const tz = process.env['TZ'];
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env['TZ'] = zone;
        const file = new TeiFile(memoir, readFileSync(memoir, 'utf8'));
        load(file);
        const [out] = await renderEpub(file, editionModel([file]));
        expect(Buffer.from(out!.content).equals(built), zone).toBe(true);
      }
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });
});

describe('the content documents', () => {
  it('hold every block of the reading text (the plain-text edition), in the text or a note', () => {
    const text = xml(entry(`${DOC}/text.xhtml`));
    const blocks = new Set(all(text, (e) => e.local === 'p' || e.local === 'aside' || /^h[1-6]$/.test(e.local)).map((e) => norm(readText(e))));
    // The plain text keeps the source's printed note markers ("Lebedev[1]") and labels ("[1] N.K.
    // Lebedev"); the EPUB's markers are its noteref links, the notes' labels their back links.
    const plain = readFileSync(path.join(dist, 'lenin-kropotkin/lenin-kropotkin.txt'), 'utf8')
      .split(/\n\n+/)
      .map((b) => norm(b.replace(/^\[\d+\]|(?<=\S)\[\d+\]/g, '')))
      .filter(Boolean);
    expect(plain.length).toBeGreaterThan(70);
    const headings = [...blocks];
    const missing = plain.filter((b) => !blocks.has(b) && !headings.some((h) => h.startsWith(`${b}:`)));
    expect(missing).toEqual([]);
  });

  it('give the reading text, not the source readings: the corrections are in, the slips in the appendix', () => {
    const article = all(xml(entry(`${DOC}/text.xhtml`)), (e) => e.local === 'article')[0]!;
    const text = norm(readText(article));
    expect(text).toContain('Vladimir Iljitsj onmiddellijk');
    expect(text).not.toContain('lljitsj');
    const readings = xml(entry(`${DOC}/readings.xhtml`));
    const rows = all(readings, (e) => e.local === 'tr').slice(1).map((r) => norm(textOf(r)));
    // the memoir's interface is Dutch (tei/tei-edition.json): the e-book's words come from its table
    expect(rows[0]).toBe(`¶ 1${t('nl', 'epub.line', 12)}Iljitsjlljitsj${t('nl', 'epub.correction')}`);
    expect(rows.length).toBe(10);
  });

  it('link every note marker to its footnote and each footnote back to its marker', () => {
    const text = xml(entry(`${DOC}/text.xhtml`));
    const ids = new Map(all(text, (e) => 'id' in e.attributes).map((e) => [e.attributes['id']!, e]));
    const refs = all(text, (e) => epubType(e).includes('noteref'));
    const notes = all(text, (e) => e.local === 'aside' && epubType(e).includes('footnote'));
    // 29 of the 32 editorial notes have a marker; the other three comment on a source note, which links them
    expect([refs.length, notes.length]).toEqual([4 + 29, 4 + 32]);
    for (const ref of refs) {
      const note = ids.get(ref.attributes['href']!.slice(1));
      expect(note?.local, ref.attributes['href']).toBe('aside');
      const back = all(note!, (e) => e.attributes['role'] === 'doc-backlink')[0];
      expect(back?.attributes['href']).toBe(`#${ref.attributes['id']}`);
    }
    // every footnote is reached from the text, and leads back into it
    const linked = new Set(all(text, (e) => e.local === 'a').map((a) => a.attributes['href']));
    for (const note of notes) {
      expect(linked.has(`#${note.attributes['id']}`), note.attributes['id']).toBe(true);
      expect(ids.has(all(note, (e) => e.attributes['role'] === 'doc-backlink')[0]!.attributes['href']!.slice(1))).toBe(true);
    }
    // the source's notes and the editors' are told apart
    expect(notes.filter((n) => hasClass(n, 'source')).map((n) => n.attributes['id'])).toEqual(['fn1', 'fn2', 'fn3', 'fn4']);
  });

  it('resolve every link inside the e-book (file and fragment)', () => {
    const docs = items.filter((i) => i.name.endsWith('.xhtml'));
    const idsOf = new Map(docs.map((d) => [d.name, new Set(all(xml(d.data.toString('utf8'), d.name), (e) => 'id' in e.attributes).map((e) => e.attributes['id']))]));
    let count = 0;
    for (const d of docs) {
      for (const a of all(xml(d.data.toString('utf8'), d.name), (e) => e.local === 'a' && 'href' in e.attributes)) {
        const href = a.attributes['href']!;
        if (/^(https?|mailto):/.test(href)) continue;
        const [file, fragment] = href.split('#');
        const target = file ? path.posix.join(path.posix.dirname(d.name), file) : d.name;
        expect(idsOf.has(target), `${d.name}: ${href}`).toBe(true);
        if (fragment) expect(idsOf.get(target)!.has(fragment), `${d.name}: ${href}`).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
  });
});

describe('the navigation document', () => {
  let nav: ReturnType<typeof xml>;
  beforeAll(() => {
    nav = xml(entry('EPUB/nav.xhtml'));
  });
  const navOf = (type: string) => all(nav, (e) => e.local === 'nav' && epubType(e).includes(type))[0]!;

  it('has a table of contents from the structure: the text and its headnote, the notes, the registers', () => {
    const labels = all(navOf('toc'), (e) => e.local === 'a').map((a) => norm(textOf(a)));
    const nl = (key: string, ...args: string[]): string => t('nl', key, ...args);
    expect(labels).toEqual([
      nl('epub.title-page'), 'Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin', nl('text.headnote'), nl('notes.heading'), nl('notes.source-of', 'Voetnoten'), nl('notes.editorial'),
      ...['persons', 'places', 'organisations', 'works', 'events'].map((k) => nl(`register.${k}`)), nl('sources.heading'), nl('epub.readings'),
    ]);
  });

  it('has a page list of the six inferred page beginnings, and says they are inferred', () => {
    const list = navOf('page-list');
    expect(norm(textOf(all(list, (e) => e.local === 'h2')[0]!))).toBe(t('nl', 'epub.pages-inferred'));
    const links = all(list, (e) => e.local === 'a');
    expect(links.map((a) => textOf(a))).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]', '[6]']);
    const text = xml(entry(`${DOC}/text.xhtml`));
    const breaks = all(text, (e) => epubType(e).includes('pagebreak'));
    expect(breaks.map((b) => `${DOC.slice(5)}/text.xhtml#${b.attributes['id']}`)).toEqual(links.map((a) => a.attributes['href']));
    expect(breaks[0]!.attributes['aria-label']).toBe(`${t('nl', 'epub.page', '[1]')}, ${t('nl', 'text.pb-inferred')}`);
  });

  it('has landmarks: title page, contents, text, back matter', () => {
    expect(all(navOf('landmarks'), (e) => e.local === 'a').map((a) => a.attributes['epub:type'])).toEqual(['titlepage', 'toc', 'bodymatter', 'backmatter']);
  });
});

describe('the package document', () => {
  const meta = (opf: string, property: string): string[] =>
    [...opf.matchAll(new RegExp(`<meta property="${property}">([^<]*)</meta>`, 'g'))].map((m) => m[1]!);

  it('has the metadata of the edition model: identifier, titles, creators with roles, language, dates, rights', () => {
    const opf = entry('EPUB/package.opf');
    expect(opf).toContain(`<dc:identifier id="uid">${bookUuid([{ id: 'lenin-kropotkin', version: '0.2' }])}</dc:identifier>`);
    expect(opf).toMatch(/urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
    expect(opf).toContain('<dc:title id="title">Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin</dc:title>');
    expect(opf).toContain('<dc:language>nl</dc:language>');
    expect(opf).toContain('<dc:creator id="creator-1">V. D. Bontsj-Broejevitsj</dc:creator>');
    expect(opf).toContain('<meta refines="#creator-1" property="role" scheme="marc:relators">aut</meta>');
    expect(opf).toContain('<meta refines="#creator-2" property="role" scheme="marc:relators">edt</meta>');
    expect(meta(opf, 'dcterms:modified')).toEqual(['2026-12-01T00:00:00Z']);
    expect(opf).toContain('<dc:publisher>tei-edition project</dc:publisher>');
    expect(opf).toContain('https://creativecommons.org/licenses/by/4.0/</dc:rights>');
  });

  it('has accessibility metadata, and claims no conformance that no one has evaluated', () => {
    const opf = entry('EPUB/package.opf');
    expect(meta(opf, 'schema:accessMode')).toEqual(['textual']);
    expect(meta(opf, 'schema:accessModeSufficient')).toEqual(['textual']);
    expect(meta(opf, 'schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'pageNavigation', 'index']));
    expect(meta(opf, 'schema:accessibilityHazard')).toEqual(['none']);
    expect(meta(opf, 'schema:accessibilitySummary')[0]).toContain(t('nl', 'epub.summary-inferred').trim());
    expect(opf).not.toContain('dcterms:conformsTo');
  });

  it('with a base URL, is identified by the document\'s address', async () => {
    const file = new TeiFile(memoir, readFileSync(memoir, 'utf8'));
    load(file);
    const [out] = await renderEpub(file, editionModel([file], { baseUrl: 'https://example.org/edition/' }));
    const opf = (await unzip(out!.content as Uint8Array)).find((i) => i.name === 'EPUB/package.opf')!.data.toString('utf8');
    expect(opf).toContain('<dc:identifier id="uid">https://example.org/edition/lenin-kropotkin/</dc:identifier>');
  });
});

describe('the edition of several documents', () => {
  it('has one e-book with each document in a folder of its own, and one contents', async () => {
    const edition = await unzip(readFileSync(path.join(dist, 'edition.epub')));
    const names = edition.map((i) => i.name);
    expect(names[0]).toBe('mimetype');
    expect(names).toEqual(expect.arrayContaining(['EPUB/lenin-kropotkin/text.xhtml', 'EPUB/sample/text.xhtml', 'EPUB/nav.xhtml']));
    const nav = xml(edition.find((i) => i.name === 'EPUB/nav.xhtml')!.data.toString('utf8'));
    const toc = all(nav, (e) => e.local === 'nav' && epubType(e).includes('toc'))[0]!;
    const top = toc.children.find((c) => c.type === 'element' && c.local === 'ol')!;
    expect(all(top as never, (e) => e.local === 'li' && e.parent === top).length).toBe(2);
    // the documents disagree on their interface (the memoir's Dutch, the sample's English): the
    // navigation is the edition's, English, and the memoir's own labels say they are Dutch
    expect(nav.attributes['xml:lang']).toBe('en');
    const title = all(toc, (e) => e.local === 'a' && e.attributes['href'] === 'lenin-kropotkin/title.xhtml' && textOf(e) === t('nl', 'epub.title-page'))[0];
    expect(title?.attributes['lang']).toBe('nl');
  });
});

describe('the downloads', () => {
  it('list the EPUB on the landing page, the reading page and in its signposting', () => {
    const landing = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(landing).toContain('<a href="lenin-kropotkin/lenin-kropotkin.epub" download="lenin-kropotkin.epub">EPUB</a>');
    expect(landing).toContain('<a href="edition.epub" download="edition.epub" type="application/epub+zip">EPUB</a>');
    const reading = readFileSync(path.join(dist, 'lenin-kropotkin/index.html'), 'utf8');
    expect(reading).toContain('<link rel="item" href="lenin-kropotkin.epub" type="application/epub+zip">');
    expect(reading).toMatch(/e-book: <a href="lenin-kropotkin.epub" type="application\/epub\+zip" download="lenin-kropotkin.epub">EPUB<\/a>/);
  });
});
