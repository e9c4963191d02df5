/**
 * What the stylesheet writes, read as text: pages, ids, languages, dates, registers, notes,
 * search data, citation and colophon, shared assets, determinism. test/fixtures/html/sample.xml
 * has a known content; the memoir is checked against its own TEI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { loadFixture, tei, tempDir } from '../helpers.js';
import { elements } from '../../src/xml.js';
import { builtEdition, filesBelow, htmlPages, memoir, read, sample } from './helpers.js';
import { t } from '../../src/i18n/messages.js';

let dist: string;
beforeAll(async () => {
  dist = await builtEdition();
});

describe('the pages of a document', () => {
  it('writes the reading page, a page per register in use, the overview and the search data', () => {
    expect(filesBelow(dist).filter((f) => f.startsWith('sample/'))).toEqual([
      'sample/annotations.jsonld', 'sample/datacite.xml', 'sample/edition.json', 'sample/index.html', 'sample/linkset.json',
      'sample/organisations.html', 'sample/overview.html', 'sample/persons.html', 'sample/places.html',
      'sample/sample.epub', 'sample/sample.txt', 'sample/sample.xml', 'sample/search-data.js', 'sample/works.html',
      ...['sample', 'p1', 'p2', 'p3', 'p4'].flatMap((n) => ['bib', 'json', 'ris'].map((e) => `sample/cite/${n}.${e}`)),
    ].sort());
    // two documents make a corpus: its landing page has assets of its own (src/render/corpus/)
    expect(filesBelow(dist).filter((f) => f.startsWith('assets/'))).toEqual(['assets/corpus.css', 'assets/corpus.js', 'assets/edition.css', 'assets/edition.js', 'assets/icon.svg', 'assets/minisearch.js']);
  });

  it('builds byte for byte the same twice, and the same again from the render cache', async () => {
    const outs = [0, 1, 2].map(() => path.join(tempDir('tei-edition-html-'), 'dist'));
    const schema = path.join(path.dirname(sample), 'any-element.rng');
    // two fresh transforms (the cache off), then one that may come from the cache
    process.env['TEI_EDITION_CACHE'] = 'off';
    try {
      for (const out of outs.slice(0, 2)) await build({ inputs: [sample], out, schema });
    } finally {
      delete process.env['TEI_EDITION_CACHE'];
    }
    await build({ inputs: [sample], out: outs[2]!, schema });
    await build({ inputs: [sample], out: outs[2]!, schema });
    const [a, ...others] = outs as [string, string, string];
    for (const b of others) {
      expect(filesBelow(a)).toEqual(filesBelow(b));
      for (const f of filesBelow(a)) expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f).toBe(true);
    }
  });

  it('renders a bare document (no registers, notes, speech or dates) with only the pages it needs', async () => {
    const dir = tempDir('tei-edition-html-');
    writeFileSync(path.join(dir, 'bare.xml'), tei('<div><p>Een zin.</p></div>'));
    const out = path.join(dir, 'dist');
    const result = await build({ inputs: [path.join(dir, 'bare.xml')], out, schema: path.join(path.dirname(sample), 'any-element.rng') });
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'))).toEqual([]);
    expect(filesBelow(out).filter((f) => f.startsWith('bare/') && /\.(html|js)$/.test(f))).toEqual(['bare/index.html', 'bare/overview.html', 'bare/search-data.js']);
    const html = readFileSync(path.join(out, 'bare', 'index.html'), 'utf8');
    expect(html).toContain('<p>Een zin.</p>');
    expect(html).not.toContain('persons.html');
    expect(readFileSync(path.join(out, 'bare', 'overview.html'), 'utf8')).toContain('The text has no dated events.');
  });

  it('marks the interface in its language (the sample English, the memoir Dutch as it declares) and the text Dutch', () => {
    // the landing page of documents whose interfaces differ is English
    for (const page of htmlPages(dist)) {
      const lang = page.startsWith('lenin-kropotkin/') ? 'nl' : 'en';
      expect(read(dist, page), page).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}">`));
    }
    const html = read(dist, 'sample/index.html');
    expect(html).toMatch(/<h1 lang="nl">Een ontmoeting/);
    expect(html).toMatch(/<article id="text" class="text" lang="nl"/);
    expect(html).toMatch(/<span class="who" lang="en">\s*Kropotkin/);
  });

  it('numbers paragraphs with permalinks from the TEI ids, and puts page beginnings in the margin', () => {
    const html = read(dist, 'sample/index.html');
    for (const n of [1, 2, 3, 4]) expect(html).toContain(`<p id="p${n}"><a class="pn" href="#p${n}"><span class="vh">Paragraph </span>${n}<span class="vh"> </span></a>`);
    expect(html).toContain('<span class="pb" id="page-2" title="page beginning inferred by the editors"><span lang="en">p.\u00a02?</span></span>');
  });

  it('gives dates and times their ISO value, a range what both ends share', () => {
    const html = read(dist, 'sample/index.html');
    expect(html).toContain('<time datetime="1917-06-12">12 juni 1917</time>');
    expect(html).toContain('<time datetime="1919-04" title="not before 1919-04-20, not after 1919-04-30">april 1919</time>');
    expect(html).toContain('<time datetime="17:00:00">vijf uur</time>');
  });

  it('keeps both readings of a choice, and the source\'s line breaks for the diplomatic text', () => {
    const html = read(dist, 'sample/index.html');
    expect(html).toContain('<span class="choice"><span class="rdg corr" title="source: lljitsj">Iljitsj</span><span class="dipl sic">lljitsj</span></span>');
    expect(html).toContain('<span class="choice"><span class="rdg reg">ö</span><span class="dipl orig">o</span></span>');
    // a break at every source line but the first of each paragraph
    expect(html.match(/<br class="lb">/g)?.length).toBe(9);
  });

  it('links note markers to the notes and back, the source\'s apart from the editors\'', () => {
    const html = read(dist, 'sample/index.html');
    expect(html).toContain('<a class="noteref source" href="#fn1" role="doc-noteref" id="fnref1">');
    expect(html).toMatch(/<section class="source-notes" aria-labelledby="source-notes-h" id="source-notes"><h3 id="source-notes-h"><span lang="nl">Voetnoten<\/span>: the source's notes<\/h3>/);
    expect(html).toContain('<li id="fn1"><a class="back" href="#fnref1" lang="en">1<span class="vh"> (back to the text) </span></a>');
    expect(html).toContain('<a class="noteref editorial" id="c1-ref" href="#c1" role="doc-noteref"><span class="vh">Editorial note </span>a</a>');
    expect(html).toMatch(/<section class="editorial-notes"[^>]*><h3 id="editorial-notes-h">Editorial notes<\/h3>[\s\S]*<li id="c1"><a class="back" href="#c1-ref" lang="en">a/);
  });

  it('links names to their register entry, and carries a card for each entry the text mentions', () => {
    const html = read(dist, 'sample/index.html');
    expect(html).toContain('<a class="name" href="persons.html#lenin">Vladimir <span class="choice">');
    expect(html).toContain('<a class="name" href="organisations.html#sovnarkom">Raad van Volkscommissarissen</a>');
    expect(html).toContain('<a class="name" href="works.html#franse-revolutie">De Grote Franse Revolutie</a>');
    const cards = /<template id="cards">([\s\S]*)<\/template>/.exec(html)![1]!;
    expect(cards.match(/class="card-body"/g)?.length).toBe(6);
    expect(cards).toContain('<div class="card-body" data-ref="lenin"><p class="card-name" lang="nl">Vladimir Iljitsj Lenin</p><p class="card-kind">person, <time datetime="1870-04-22">22 April 1870</time> – <time datetime="1924-01-21">21 January 1924</time></p>');
    expect(cards).toContain('<a href="https://www.wikidata.org/wiki/Q1394" rel="external">Wikidata</a>');
    expect(cards).toContain('<a href="https://www.geonames.org/524901" rel="external">GeoNames</a>');
  });
});

describe('registers', () => {
  it('lists every occurrence of an entry, linked to its paragraph or note', () => {
    const persons = read(dist, 'sample/persons.html');
    const lenin = /<li id="lenin" class="entry">([\s\S]*?)<\/li>/.exec(persons)![1]!;
    expect(lenin).toContain('Mentioned 3 times: <a href="index.html#p1">¶\u00a01</a>, <a href="index.html#p4">¶\u00a04</a>, <a href="index.html#fn1">note\u00a01</a>');
    expect(lenin).toContain('Speaks 2 times: <a href="index.html#p4">¶\u00a04</a> (2×)');
  });

  it.runIf(memoirExists())('counts, for every entry of the memoir, as many occurrences as the TEI has mentions', () => {
    const file = loadFixture('../../tei/lenin-kropotkin.xml');
    const mentions = new Map<string, number>();
    const text = [...elements(file.tree!)].find((e) => e.local === 'text')!;
    for (const el of elements(text)) {
      for (const ref of (el.attributes['ref'] ?? '').split(/\s+/).filter((r) => r.startsWith('#'))) {
        mentions.set(ref.slice(1), (mentions.get(ref.slice(1)) ?? 0) + 1);
      }
    }
    let checked = 0;
    for (const page of ['persons', 'places', 'organisations', 'works', 'events']) {
      const html = read(dist, `lenin-kropotkin/${page}.html`);
      for (const m of html.matchAll(/<li id="([^"]+)" class="entry">([\s\S]*?)<\/li>/g)) {
        // the memoir's interface is Dutch: "Genoemd één keer", "Genoemd 3 keer"
        const once = t('nl', 'register.once', t('nl', 'register.mentioned')).trim();
        const times = new RegExp(t('nl', 'register.times', t('nl', 'register.mentioned'), '(\\d+)').trim());
        const n = m[2]!.includes(once) ? 1 : Number(times.exec(m[2]!)?.[1] ?? 0);
        expect(n, `${page}.html#${m[1]}`).toBe(mentions.get(m[1]!) ?? 0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('sources', () => {
  it.runIf(memoirExists())('gives every editorial note of the memoir a Sources line whose links lead to sources.html', () => {
    const index = read(dist, 'lenin-kropotkin/index.html');
    const sources = read(dist, 'lenin-kropotkin/sources.html');
    const editorial = /<section class="editorial-notes"[\s\S]*?<\/section>/.exec(index)![0];
    const notes = [...editorial.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)];
    expect(notes.length).toBeGreaterThan(20);
    const anchors = new Set([...sources.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, id, body] of notes) {
      expect(body, id).toMatch(/<span class="sources" lang="nl">Bronn?e?n?: <a href="/);
      for (const m of body!.matchAll(/href="sources\.html#([^"]+)"/g)) expect(anchors.has(m[1]), `${id} → ${m[1]}`).toBe(true);
    }
    expect(editorial).toContain(`<a href="sources.html">${t('nl', 'notes.all-sources')}</a>`);
  });

  it.runIf(memoirExists())('lists each source with what cites it, and shows a register entry\'s sources and life dates as worded', () => {
    const sources = read(dist, 'lenin-kropotkin/sources.html');
    const izbr = /<li id="src-izbr-soch" class="entry">([\s\S]*?)<\/li>/.exec(sources)![1]!;
    expect(izbr).toContain('Изд-во АН СССР');
    expect(izbr).toMatch(/Aangehaald in <a href="index.html#c-[^"]+">redactionele noot/);
    const persons = read(dist, 'lenin-kropotkin/persons.html');
    const author = /<li id="bontsj-broejevitsj" class="entry">([\s\S]*?)<\/li>/.exec(persons)![1]!;
    // the dates in the interface's words; the register's own wording of them in its language (English)
    expect(author).toContain('<time datetime="1873-07-10">10 juli 1873</time>');
    expect(author).toMatch(/<p class="life">Geboren <span lang="en"><time datetime="1873-07-10">10 July 1873/);
    expect(author).toContain('<a href="sources.html#src-golk">golk.by (2023)</a>');
    // the list of sources is not a register of works
    expect(read(dist, 'lenin-kropotkin/works.html')).not.toContain('id="src-');
  });
});

function memoirExists(): boolean {
  try {
    readFileSync(memoir);
    return true;
  } catch {
    return false;
  }
}

describe('on every page', () => {
  it('the edition\'s version, the build date from the sources, and a cite block', () => {
    for (const page of htmlPages(dist).filter((p) => p.startsWith('sample/'))) {
      const html = read(dist, page);
      expect(html, page).toContain('Edition version 1.0 · built from the sources of <time datetime="2026-11-25">2026-11-25</time>');
      expect(html, page).toContain('<section class="cite" aria-labelledby="cite-h"><h2 id="cite-h">Cite this page</h2>');
      expect(html, page).toMatch(/>(Bontsj-Broejevitsj, V\. D|The tei-edition project)\. “[^”]*”( In)? <i>Een ontmoeting tussen V\.I\. Lenin en P\. A\. Kropotkin \(proefstuk\)<\/i>[^<]*Version 1\.0\. The tei-edition project, November 25, 2026\. sample\/[a-z]+\.html\.<\/p>/);
    }
    expect(read(dist, 'sample/index.html')).toContain('<h3 id="cite-para-h">Cite this paragraph</h3>');
    expect(read(dist, 'index.html')).toMatch(/built from the sources of <time datetime="\d{4}-\d\d-\d\d">/);
  });
});

describe('search data and assets', () => {
  it('gives the search each paragraph and note as reading text, with the source\'s readings beside it', () => {
    const context: { window: { teiEditionSearch?: { id: string; label: string; text: string; source: string }[] } } = { window: {} };
    runInNewContext(read(dist, 'sample/search-data.js'), context);
    const records = context.window.teiEditionSearch!;
    expect(records.map((r) => r.id)).toEqual(['p1', 'p2', 'c1', 'p3', 'p4', 'fn1', 'fn2']);
    expect(records[0]!.text).toContain('Ik bracht Vladimir Iljitsj onmiddellijk op de hoogte.');
    expect(records[0]!.text).not.toContain('[1]');
    expect(records[0]!.source).toBe('lljitsj');
    expect(records.find((r) => r.id === 'fn1')!.label).toBe('note\u00a01');
  });

  it('ships a MiniSearch that works, and finds a word without its diacritics', () => {
    const context: { window: Record<string, unknown>; self?: unknown } = { window: {} };
    context.self = context.window;
    runInNewContext(read(dist, 'assets/minisearch.js'), context.window);
    const MiniSearch = context.window['MiniSearch'] as new (o: object) => { addAll(d: object[]): void; search(q: string): { id: string }[] };
    const fold = (t: string): string => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const mini = new MiniSearch({ fields: ['text'], processTerm: fold });
    mini.addAll([{ id: 'p1', text: 'een coöperatie' }, { id: 'p2', text: 'iets anders' }]);
    expect(mini.search('cooperatie').map((r) => r.id)).toEqual(['p1']);
  });
});
