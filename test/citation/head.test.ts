/**
 * What every page's head says to reference managers: Highwire and Dublin Core tags with the
 * header's values, FAIR Signposting links that resolve, schema.org JSON-LD that expands. Read from
 * the pages as Chromium parses them (JavaScript off: metadata must not depend on it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, htmlPages, launch, openPage } from '../html/helpers.js';
import { BASE, built, memoir, translated } from './helpers.js';

let browser: Browser;
let out = '';
let plain = '';
let warnings: string[] = [];
beforeAll(async () => {
  browser = await launch();
  ({ out } = await built({ baseUrl: BASE }));
  const without = await built();
  plain = without.out;
  warnings = without.result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'warning').map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`));
});
afterAll(() => browser?.close());

type Tags = Record<string, string[]>;
interface Head {
  meta: Tags;
  links: { rel: string; href: string; type: string | null }[];
  jsonld: string[];
}

async function headOf(dist: string, rel: string): Promise<Head> {
  const { page } = await openPage(browser, fileUrl(dist, rel), { javaScript: false });
  const head = await read(page);
  await page.context().close();
  return head;
}

function read(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    document.querySelectorAll('head meta[name], head meta[property]').forEach((m) => {
      const key = m.getAttribute('name') ?? m.getAttribute('property')!;
      (meta[key] ??= []).push(m.getAttribute('content') ?? '');
    });
    const links = [...document.querySelectorAll('head link')].map((l) => ({ rel: l.getAttribute('rel')!, href: l.getAttribute('href')!, type: l.getAttribute('type') }));
    const jsonld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
    return { meta, links, jsonld };
  });
}

const rels = (h: Head, rel: string): string[] => h.links.filter((l) => l.rel === rel).map((l) => (l.type ? `${l.href} ${l.type}` : l.href));

describe('the reading page imports as a book section of the edition', () => {
  it('Highwire and Dublin Core tags carry the header', async () => {
    const h = await headOf(out, 'lenin-kropotkin/index.html');
    expect(h.meta['citation_title']).toEqual(['Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin']);
    expect(h.meta['citation_author']).toEqual(['Bontsj-Broejevitsj, V. D.']);
    expect(h.meta['citation_editor']).toEqual(['the tei-edition editorial team']);
    expect(h.meta['citation_inbook_title']).toEqual(['Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5)']);
    expect(h.meta['citation_book_title']).toBeUndefined();
    expect(h.meta['citation_publisher']).toEqual(['tei-edition project']);
    expect(h.meta['citation_date']).toEqual(['2026-12-01']);
    expect(h.meta['citation_language']).toEqual(['nl']);
    expect(h.meta['citation_public_url']).toEqual([`${BASE}lenin-kropotkin/`]);
    expect(h.meta['DC.type']).toBeUndefined();
    expect(h.meta['DC.creator']).toEqual(['Bontsj-Broejevitsj, V. D.']);
    expect(h.meta['DC.contributor']).toBeUndefined();
    expect(h.meta['DC.identifier']).toEqual([`${BASE}lenin-kropotkin/`]);
    expect(h.meta['DC.rights']).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(h.meta['prism.edition']).toEqual(['Version 0.2']);
    expect(h.meta['og:type']).toBeUndefined();
  });

  it('signposting: cite-as, describedby, item, license, type, linkset', async () => {
    const h = await headOf(out, 'lenin-kropotkin/index.html');
    expect(rels(h, 'canonical')).toEqual([`${BASE}lenin-kropotkin/`]);
    expect(rels(h, 'cite-as')).toEqual([`${BASE}lenin-kropotkin/`]);
    expect(rels(h, 'describedby')).toEqual([
      `${BASE}lenin-kropotkin/cite/lenin-kropotkin.json application/vnd.citationstyles.csl+json`,
      `${BASE}lenin-kropotkin/cite/lenin-kropotkin.bib application/x-bibtex`,
      `${BASE}lenin-kropotkin/cite/lenin-kropotkin.ris application/x-research-info-systems`,
    ]);
    expect(rels(h, 'item')).toEqual([
      `${BASE}lenin-kropotkin/lenin-kropotkin.xml application/tei+xml`,
      `${BASE}lenin-kropotkin/edition.json application/json`,
      `${BASE}lenin-kropotkin/annotations.jsonld application/ld+json`,
      `${BASE}lenin-kropotkin/lenin-kropotkin.txt text/plain`,
      `${BASE}lenin-kropotkin/lenin-kropotkin.epub application/epub+zip`,
    ]);
    expect(rels(h, 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(rels(h, 'type')).toEqual(['https://schema.org/Chapter']);
    expect(rels(h, 'linkset')).toEqual([`${BASE}lenin-kropotkin/linkset.json application/linkset+json`]);
    // every link into the edition names a file that exists
    for (const l of h.links) if (l.href.startsWith(BASE)) expect(existsSync(path.join(out, l.href.slice(BASE.length).replace(/(^|\/)$/, '$1index.html'))), l.href).toBe(true);
  });

  it('schema.org JSON-LD expands (no remote context) to a Chapter that is part of a Book', async () => {
    const h = await headOf(out, 'lenin-kropotkin/index.html');
    expect(h.jsonld).toHaveLength(1);
    const doc = JSON.parse(h.jsonld[0]!) as Record<string, unknown>;
    const [node] = (await jsonld.expand(doc)) as Record<string, unknown>[];
    expect(node!['@type']).toEqual(['https://schema.org/Chapter']);
    expect(node!['@id']).toBe(`${BASE}lenin-kropotkin/`);
    const s = (k: string): unknown => node![`https://schema.org/${k}`];
    expect(JSON.stringify(s('author'))).toContain('V. D. Bontsj-Broejevitsj');
    expect(JSON.stringify(s('editor'))).toContain('the tei-edition editorial team');
    expect(s('inLanguage')).toEqual([{ '@value': 'nl' }]);
    expect(JSON.stringify(s('license'))).toContain('creativecommons.org/licenses/by/4.0');
    expect(JSON.stringify(s('isPartOf'))).toContain('https://schema.org/Book');
  });
});

describe('the landing page and the other pages', () => {
  it('the landing page of a one-document edition imports as the edition: a book with its editors', async () => {
    const h = await headOf(out, 'index.html');
    expect(h.meta['og:type']).toEqual(['book']);
    expect(h.meta['citation_inbook_title']).toBeUndefined();
    expect(h.meta['citation_title']![0]).toMatch(/: A digital scholarly edition of the Dutch text \(TEI P5\)$/);
    expect(h.meta['citation_editor']).toEqual(['the tei-edition editorial team']);
    expect(rels(h, 'cite-as')).toEqual([BASE]);
    expect(rels(h, 'type')).toEqual(['https://schema.org/Book']);
    expect(rels(h, 'describedby')[0]).toBe(`${BASE}cite/edition.json application/vnd.citationstyles.csl+json`);
  });

  it('with several documents, each its own edition, the landing page is a web page that lists them', async () => {
    const { out: two } = await built({ inputs: [memoir, translated] });
    const h = await headOf(two, 'index.html');
    expect(h.meta['og:type']).toEqual(['website']);
    expect(h.meta['citation_inbook_title']).toBeUndefined();
    // the header of the second document gives its own address: the base URL of the edition
    expect(rels(h, 'cite-as')).toEqual(['https://tests.example.org/brief/']);
    const letter = await headOf(two, 'translated/index.html');
    expect(letter.meta['citation_author']).toEqual(['Schreiber, Anna']);
    expect(letter.meta['citation_editor']).toEqual(['Lopez, Maria', 'Test Editions Group']);
    // an author's authority id is signposted
    expect(rels(letter, 'author')).toEqual(['https://www.wikidata.org/entity/Q99999999']);
    expect(letter.meta['prism.edition']).toEqual(['Version 2.1']);
    expect(letter.meta['citation_date']).toEqual(['2026-10-01']);
  });

  it('register and overview pages import as web pages of the edition', async () => {
    for (const page of ['persons.html', 'places.html', 'organisations.html', 'works.html', 'events.html', 'overview.html']) {
      const h = await headOf(out, `lenin-kropotkin/${page}`);
      expect(h.meta['og:type'], page).toEqual(['website']);
      expect(h.meta['og:site_name'], page).toEqual(['Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin: A digital scholarly edition of the Dutch text (TEI P5)']);
      expect(h.meta['DC.type'], page).toBeUndefined();
      expect(h.meta['citation_author'], page).toEqual(['the tei-edition editorial team']);
      expect(rels(h, 'cite-as'), page).toEqual([`${BASE}lenin-kropotkin/${page}`]);
      expect(rels(h, 'type'), page).toEqual(['https://schema.org/WebPage']);
      // the document's metadata and formats, signposted from each of its pages
      expect(rels(h, 'describedby').length, page).toBe(3);
      expect(rels(h, 'item').length, page).toBe(5);
    }
  });

  it('every page has an icon, a canonical address and cite-as', async () => {
    for (const rel of htmlPages(out)) {
      const h = await headOf(out, rel);
      expect(rels(h, 'icon').length, rel).toBe(1);
      expect(rels(h, 'canonical').length, rel).toBe(1);
      expect(rels(h, 'cite-as')[0], rel).toMatch(new RegExp(`^${BASE}`));
    }
  });
});

describe('without a base URL', () => {
  it('the build warns once, at the publication statement', () => {
    expect(warnings).toEqual([expect.stringMatching(/lenin-kropotkin\.xml:21:7 citation-base-url$/)]);
  });

  it('cites relative addresses that resolve, never file: URLs', async () => {
    const h = await headOf(plain, 'lenin-kropotkin/index.html');
    expect(rels(h, 'cite-as')).toEqual(['index.html']);
    expect(h.meta['DC.identifier']).toEqual(['lenin-kropotkin/index.html']);
    expect(h.meta['citation_public_url']).toBeUndefined();
    for (const l of h.links.filter((x) => !/^https?:/.test(x.href))) {
      expect(existsSync(path.join(plain, 'lenin-kropotkin', l.href)), l.href).toBe(true);
    }
    for (const rel of htmlPages(plain)) {
      const { page } = await openPage(browser, fileUrl(plain, rel));
      expect(await page.locator('.cite').first().textContent(), rel).not.toContain('file:');
      await page.context().close();
    }
  });
});
