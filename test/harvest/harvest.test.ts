/**
 * Harvestable metadata: the OAI-PMH static repository and per-request responses, DataCite,
 * sitemap.xml and robots.txt, validated against the official schemas from ../shared.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { editionModel } from '../../src/model/edition.js';
import { datacite } from '../../src/render/harvest/datacite.js';
import { loadText } from '../helpers.js';
import { hasShared, root } from '../helpers.js';
import { schemas, validateDatacite, validateOai } from './xsd.js';

const BASE = 'https://example.org/memoir/';
const made: string[] = [];
let withUrl: BuildResult;
let withoutUrl: BuildResult;
let withoutEmail: BuildResult;

const out = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'tei-edition-harvest-'));
  made.push(d);
  return path.join(d, 'dist');
};
const read = (r: BuildResult, p: string) => readFileSync(path.join(r.out, p), 'utf8');
const walk = (dir: string, rel = ''): string[] =>
  readdirSync(path.join(dir, rel)).flatMap((n) => (statSync(path.join(dir, rel, n)).isDirectory() ? walk(dir, `${rel}${n}/`) : [`${rel}${n}`]));

beforeAll(async () => {
  const inputs = [path.join(root, 'tei')];
  withUrl = await build({ inputs, out: out(), baseUrl: BASE, contactEmail: 'editors@example.org', oaiGateway: 'https://gateway.example.net/oai/' });
  withoutUrl = await build({ inputs, out: out() });
  withoutEmail = await build({ inputs, out: out(), baseUrl: BASE });
});
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

if (!hasShared) console.log(`notice: ${schemas} is absent; the OAI-PMH and DataCite schema validations are skipped`);

describe('OAI-PMH', () => {
  it('writes the static repository and one response per request', () => {
    expect(withUrl.written).toBe(true);
    expect(walk(withUrl.out, 'oai/').sort()).toEqual(
      [
        'static-repository.xml', 'Identify.xml', 'ListMetadataFormats.xml',
        'ListIdentifiers-oai_dc.xml', 'ListIdentifiers-tei.xml', 'ListRecords-oai_dc.xml', 'ListRecords-tei.xml',
        'GetRecord-oai_dc-lenin-kropotkin.xml', 'GetRecord-tei-lenin-kropotkin.xml',
      ].map((n) => `oai/${n}`).sort(),
    );
    const repo = read(withUrl, 'oai/static-repository.xml');
    // the gateway's URL followed by the repository's, without its scheme (static repository guidelines)
    expect(repo).toContain('<oai:baseURL>https://gateway.example.net/oai/example.org/memoir/oai/static-repository.xml</oai:baseURL>');
    expect(repo).toContain('<oai:adminEmail>editors@example.org</oai:adminEmail>');
    expect(repo).toContain('<ListRecords metadataPrefix="tei">');
    expect(repo).toMatch(/<oai:metadata><teiHeader xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0" xml:lang="en">/);
    expect(read(withUrl, 'oai/ListRecords-oai_dc.xml')).toContain('<dc:creator>V. D. Bontsj-Broejevitsj</dc:creator>');
  });

  it('carries the teiHeader as it stands: same elements, same text', () => {
    const xml = read(withUrl, 'oai/GetRecord-tei-lenin-kropotkin.xml');
    const header = xml.slice(xml.indexOf('<teiHeader'), xml.indexOf('</teiHeader>') + '</teiHeader>'.length);
    const source = readFileSync(path.join(root, 'tei', 'lenin-kropotkin.xml'), 'utf8');
    const original = source.slice(source.indexOf('<teiHeader'), source.indexOf('</teiHeader>') + '</teiHeader>'.length);
    const words = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(/\s+/).filter(Boolean);
    expect(words(header)).toEqual(words(original));
    expect(header.match(/<[a-zA-Z]+/g)).toEqual(original.match(/<[a-zA-Z]+/g));
  });

  it.runIf(hasShared)('the static repository is valid against the Static Repository schema', async () => {
    expect(await validateOai([{ name: 'static-repository.xml', xml: read(withUrl, 'oai/static-repository.xml') }], 'static')).toEqual([]);
  });

  it.runIf(hasShared)('every response is valid against OAI-PMH.xsd (with oai_dc)', async () => {
    const docs = walk(withUrl.out, 'oai/').filter((p) => !p.endsWith('static-repository.xml')).map((p) => ({ name: p, xml: read(withUrl, p) }));
    expect(docs.length).toBe(8);
    expect(await validateOai(docs, 'response')).toEqual([]);
  });

  it.runIf(hasShared)('the schemas can fail: a record without datestamp, a datestamp that is not UTC', async () => {
    const repo = read(withUrl, 'oai/static-repository.xml').replace(/<oai:datestamp>[^<]*<\/oai:datestamp>/, '');
    expect((await validateOai([{ name: 'bad.xml', xml: repo }], 'static')).length).toBeGreaterThan(0);
    const identify = read(withUrl, 'oai/Identify.xml').replace(/<earliestDatestamp>[^<]*</, '<earliestDatestamp>2026-11-25T00:00:00+01:00<');
    expect((await validateOai([{ name: 'bad.xml', xml: identify }], 'response')).length).toBeGreaterThan(0);
  });

  it('is not written without a base URL, nor without a contact e-mail (and the build says so)', () => {
    expect(existsSync(path.join(withoutUrl.out, 'oai'))).toBe(false);
    expect(existsSync(path.join(withoutEmail.out, 'oai'))).toBe(false);
    const warning = withoutEmail.files.flatMap((f) => f.messages).find((m) => m.ruleId === 'oai-admin-email');
    expect(warning?.severity).toBe('warning');
    expect(warning?.hint).toMatch(/--contact-email/);
  });
});

describe('DataCite', () => {
  it('says "no DOI yet" with the standard value (:tba), names editors and translators, and links the TEI and JSON', () => {
    const xml = read(withUrl, 'lenin-kropotkin/datacite.xml');
    expect(xml).toContain('<identifier identifierType="DOI">(:tba)</identifier>');
    expect(xml).toContain('<contributor contributorType="Editor">');
    expect(xml).toContain('<contributor contributorType="Translator">\n      <contributorName>(:unkn)</contributorName>');
    expect(xml).toContain(`relationType="HasPart" resourceTypeGeneral="Text">${BASE}lenin-kropotkin/lenin-kropotkin.xml<`);
    expect(xml).toContain(`relationType="HasPart" resourceTypeGeneral="Dataset">${BASE}lenin-kropotkin/edition.json<`);
    expect(xml).toContain('<rights rightsURI="https://creativecommons.org/licenses/by/4.0/">');
    expect(read(withoutUrl, 'lenin-kropotkin/datacite.xml')).not.toContain('relatedIdentifier');
  });

  it('uses the header\'s DOI once there is one (10.5555 is the prefix reserved for examples)', () => {
    const text = readFileSync(path.join(root, 'tei', 'lenin-kropotkin.xml'), 'utf8').replace('<idno type="local">', '<idno type="DOI">https://doi.org/10.5555/example-1</idno>\n        <idno type="local">');
    const model = editionModel([loadText(text, 'lenin-kropotkin.xml')]);
    const xml = datacite(model.documents[0]!, model);
    expect(xml).toContain('<identifier identifierType="DOI">10.5555/example-1</identifier>');
    expect(xml).not.toContain('(:tba)');
  });

  it.runIf(hasShared)('is valid against DataCite kernel 4.7, with and without a base URL; an invalid copy fails', async () => {
    expect(await validateDatacite([
      { name: 'with-url.xml', xml: read(withUrl, 'lenin-kropotkin/datacite.xml') },
      { name: 'without-url.xml', xml: read(withoutUrl, 'lenin-kropotkin/datacite.xml') },
    ])).toEqual([]);
    const bad = read(withUrl, 'lenin-kropotkin/datacite.xml').replace(/<publisher>[^<]*<\/publisher>/, '').replace('resourceTypeGeneral="Text">Digital', 'resourceTypeGeneral="Edition">Digital');
    expect((await validateDatacite([{ name: 'bad.xml', xml: bad }])).length).toBeGreaterThanOrEqual(2);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every page, each an existing file, with lastmod from the sources', () => {
    const sitemap = read(withUrl, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = walk(withUrl.out).filter((p) => p.endsWith('.html')).sort();
    expect(pages.length).toBeGreaterThan(5);
    expect(locs).toEqual(pages.map((p) => `${BASE}${p}`));
    for (const loc of locs) expect(existsSync(path.join(withUrl.out, loc.slice(BASE.length))), loc).toBe(true);
    expect([...sitemap.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1])).toEqual(locs.map(() => '2026-12-01'));
    expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(read(withUrl, 'robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml\n`);
  });

  it('without a base URL: no sitemap (it needs absolute URLs), and robots.txt says why', () => {
    expect(existsSync(path.join(withoutUrl.out, 'sitemap.xml'))).toBe(false);
    const robots = read(withoutUrl, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Sitemap:/m);
    expect(robots).toMatch(/without a base URL/);
  });
});
