/**
 * annotations.jsonld: W3C Web Annotations (https://www.w3.org/TR/annotation-model/) with the
 * fields the model requires, only terms the anno.jsonld context defines, and selectors that
 * select exactly the annotated text of <doc-id>.txt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT } from '../../src/render/json/web-annotations.js';
import { fixtures } from '../helpers.js';
import { hasEltec, hasMemoir, inputs, rendered } from './inputs.js';

/**
 * The W3C's JSON-LD context for Web Annotation (http://www.w3.org/ns/anno.jsonld), kept as a
 * fixture so that the tests need no network: the loader serves it and refuses anything else.
 */
const annoContext = JSON.parse(readFileSync(path.join(fixtures, 'json', 'anno.jsonld'), 'utf8')) as object;
const documentLoader = async (url: string) => {
  if (url === ANNO_CONTEXT || url === 'https://www.w3.org/ns/anno.jsonld') return { contextUrl: null, documentUrl: url, document: annoContext };
  throw new Error(`the tests load no document from the web: ${url}`);
};
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';

/** The terms of http://www.w3.org/ns/anno.jsonld that the files may use as keys. */
const CONTEXT_TERMS = new Set([
  'id', 'type', 'body', 'target', 'source', 'selector', 'motivation', 'purpose', 'value', 'format', 'language',
  'label', 'total', 'first', 'items', 'startIndex', 'generator', 'name', 'exact', 'prefix', 'suffix', 'start', 'end',
  'canonical', 'via', 'creator', 'rights', 'partOf', 'next', 'last', 'prev',
]);
/** Prefixes the context defines, for compact IRIs such as schema:sameAs. */
const CONTEXT_PREFIXES = new Set(['oa', 'dc', 'dcterms', 'dctypes', 'foaf', 'rdf', 'rdfs', 'skos', 'xsd', 'iana', 'owl', 'as', 'schema']);
const MOTIVATIONS = new Set(['identifying', 'describing', 'tagging', 'classifying', 'commenting', 'linking']);
/** Class names the context defines (or compact IRIs). */
const CLASSES = new Set(['Annotation', 'AnnotationCollection', 'AnnotationPage', 'TextualBody', 'SpecificResource', 'TextQuoteSelector', 'TextPositionSelector', 'Person', 'Organization', 'Software']);

type Json = Record<string, unknown>;

/** Every key of every object below `node`, with the path where it stands. */
function keys(node: unknown, at = ''): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => keys(n, `${at}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => [[k, at] as [string, string], ...keys(v, `${at}.${k}`)]);
}

const asArray = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

describe('annotations.jsonld', () => {
  if (!hasMemoir) it.skip('tei/lenin-kropotkin.xml is not there yet', () => {});
  if (!hasEltec) it.skip('../shared/corpora/eltec-eng is absent: the ELTeC novels are not checked', () => {});
  for (const rel of inputs()) {
    const name = rel.replace(/^.*\//, '');

    it(`${name}: an AnnotationCollection in the W3C context, using only its terms`, () => {
      const { jsonld } = rendered(rel);
      expect(jsonld['@context']).toBe(ANNO_CONTEXT);
      expect(jsonld).toMatchObject({ id: 'annotations.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', startIndex: 0 } });
      const items = (jsonld['first'] as Json)['items'] as Json[];
      expect(jsonld['total']).toBe(items.length);
      for (const [key, at] of keys(jsonld)) {
        if (key === '@context') continue;
        const prefix = key.includes(':') ? key.split(':')[0]! : undefined;
        expect(CONTEXT_TERMS.has(key) || (prefix !== undefined && CONTEXT_PREFIXES.has(prefix)), `${at}.${key}`).toBe(true);
      }
      const types = JSON.stringify(jsonld).match(/"type":"[^"]*"/g) ?? [];
      for (const t of new Set(types)) {
        const v = t.slice(8, -1);
        expect(CLASSES.has(v) || CONTEXT_PREFIXES.has(v.split(':')[0]!), v).toBe(true);
      }
    });

    it(`${name}: is JSON-LD that expands with the W3C context without losing a term, to oa:Annotations with body and target`, async () => {
      const { jsonld: doc, edition } = rendered(rel);
      const base = `https://example.org/editions/${edition.id}/annotations.jsonld`;
      // safe mode fails on anything the context cannot map (dropped terms, bad IRIs)
      const expanded = (await jsonld.expand(doc as never, { documentLoader, base, safe: true } as never)) as Json[];
      expect(expanded).toHaveLength(1);
      const collection = expanded[0]!;
      expect(collection['@id']).toBe(base);
      expect(collection['@type']).toEqual([`${AS}OrderedCollection`]);
      const page = (collection[`${AS}first`] as Json[])[0]!;
      const list = (page[`${AS}items`] as Json[])[0]!['@list'] as Json[];
      expect(list).toHaveLength(doc['total'] as number);
      for (const a of list) {
        expect(a['@type']).toEqual([`${OA}Annotation`]);
        expect(String(a['@id'])).toMatch(new RegExp(`^${base.replace(/[.]/g, '\\.')}#`));
        expect((a[`${OA}motivatedBy`] as Json[])[0]!['@id']).toMatch(new RegExp(`^${OA}`));
        expect((a[`${OA}hasBody`] as Json[]).length).toBeGreaterThan(0);
        const target = (a[`${OA}hasTarget`] as Json[])[0]!;
        expect((target[`${OA}hasSource`] as Json[])[0]!['@id']).toBe(base.replace('annotations.jsonld', `${edition.id}.txt`));
        const selectors = target[`${OA}hasSelector`] as Json[];
        expect(selectors.map((x) => (x['@type'] as string[])[0])).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
        expect((selectors[1]![`${OA}start`] as Json[])[0]!['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
      }
    });

    it(`${name}: every annotation has id, type, motivation, body and a target with quote and position selectors`, () => {
      const { jsonld } = rendered(rel);
      const items = (jsonld['first'] as Json)['items'] as Json[];
      const ids = new Set<string>();
      for (const a of items) {
        expect(typeof a['id']).toBe('string');
        expect(ids.has(a['id'] as string), `duplicate id ${a['id']}`).toBe(false);
        ids.add(a['id'] as string);
        expect(a['type']).toBe('Annotation');
        expect(MOTIVATIONS.has(a['motivation'] as string), String(a['motivation'])).toBe(true);
        for (const body of asArray(a['body'] as Json | Json[])) {
          // a body is a resource with an IRI, or an embedded textual body with a value
          if (body['type'] === 'TextualBody') expect(typeof body['value']).toBe('string');
          else expect(typeof body['id']).toBe('string');
        }
        const target = a['target'] as Json;
        expect(target['source']).toMatch(/\.txt$/);
        const [quote, position] = target['selector'] as Json[];
        expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String) });
        expect((quote!['exact'] as string).length).toBeGreaterThan(0);
        expect(position).toMatchObject({ type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) });
        expect(Number.isInteger(position!['start']) && (position!['start'] as number) >= 0).toBe(true);
        expect(position!['end'] as number).toBeGreaterThan(position!['start'] as number);
      }
    });

    it(`${name}: the selectors select the annotated text of the plain text, in code points`, () => {
      const { jsonld, text, edition } = rendered(rel);
      const items = (jsonld['first'] as Json)['items'] as Json[];
      expect(items.every((a) => (a['target'] as Json)['source'] === `${edition.id}.txt`)).toBe(true);
      const chars = Array.from(text);
      for (const a of items) {
        const [quote, position] = (a['target'] as Json)['selector'] as Json[];
        const start = position!['start'] as number;
        const end = position!['end'] as number;
        expect(chars.slice(start, end).join(''), String(a['id'])).toBe(quote!['exact']);
        expect(chars.slice(0, start).join('').endsWith(quote!['prefix'] as string)).toBe(true);
        expect(chars.slice(end).join('').startsWith(quote!['suffix'] as string)).toBe(true);
      }
      // every mention, date and speech with text in the reading is there
      const exported = edition.annotations.filter((a) => ['mention', 'date', 'speech'].includes(a.type) && a.reading && a.reading.end > a.reading.start);
      expect(items.length).toBe(exported.length);
    });
  }

  it('the body of a mention is the register entry with its authority URIs', () => {
    const { jsonld } = rendered('json/conventions.xml');
    const items = (jsonld['first'] as Json)['items'] as Json[];
    const kropotkin = items.find((a) => (a['body'] as Json)['id'] === 'edition.json#kropotkin')!;
    expect(kropotkin).toMatchObject({ motivation: 'identifying' });
    expect(kropotkin['body']).toEqual({
      id: 'edition.json#kropotkin',
      type: 'Person',
      label: 'Pjotr Kropotkin',
      'schema:sameAs': [
        { id: 'https://www.wikidata.org/entity/Q5592' },
        { id: 'https://viaf.org/viaf/95207079' },
        { id: 'https://d-nb.info/gnd/118566512' },
      ],
    });
    const date = items.find((a) => a['motivation'] === 'describing')!;
    expect(date['body']).toEqual({ type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: '1918-06-12' });
    const speech = items.find((a) => a['id'] === '#s1')!;
    expect(speech['body']).toEqual([
      expect.objectContaining({ id: 'edition.json#kropotkin' }),
      { type: 'TextualBody', purpose: 'tagging', value: 'speech' },
    ]);
  });
});
