/**
 * The entry point and the Collection endpoint. The root collection holds the edition as a
 * collection, and the edition holds every document as a Resource. The extra level costs three
 * files, and it is what the official DTS validator needs: its client looks for a Resource inside
 * the root's first Collection member. It also leaves room for other collections beside the
 * edition. Each collection answers without `nav`, with `nav=children` (the same) and with
 * `nav=parents`; the members are written out in full, so one request lists every document with
 * its metadata and templates.
 */
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import type { Output } from '../output.js';
import { citationTreesJson, CONTEXT, DTS_VERSION } from './json.js';
import type { CitationTree } from './types.js';
import { collectionFile, entryFile, entryTemplates, ownTemplates } from './urls.js';

export const ROOT_ID = 'root';
export const EDITION_ID = 'edition';
const MEDIA_TYPES = ['application/tei+xml'];

type Json = Record<string, unknown>;

export function entryOutput(root: string): Output {
  const file = entryFile(root);
  const body = {
    '@context': CONTEXT,
    dtsVersion: DTS_VERSION,
    '@id': file.url,
    '@type': 'EntryPoint',
    ...entryTemplates(root),
  };
  return { path: file.path, content: pretty(body) };
}

export function collectionOutputs(root: string, edition: EditionModel, trees: (doc: DocumentModel) => CitationTree[]): Output[] {
  const base = edition.baseUrl!;
  const resources = edition.documents.map((d) => resourceJson(root, base, d, trees(d)));
  const editionJson = editionCollection(root, edition);
  const rootJson: Json = {
    '@id': ROOT_ID,
    '@type': 'Collection',
    title: `Collections at ${base}`,
    totalParents: 0,
    totalChildren: 1,
    collection: ownTemplates(root, ROOT_ID).collection,
  };
  const outputs: Output[] = [];
  const write = (self: Json, children: Json[], parents: Json[], ids: (string | null)[]): void => {
    for (const id of ids) {
      outputs.push(response(collectionFile(root, id), self, children));
      outputs.push(response(collectionFile(root, id, 'children'), self, children));
      outputs.push(response(collectionFile(root, id, 'parents'), self, parents));
    }
  };
  // The root answers at collection.json (no id) and under its own id.
  write(rootJson, [editionJson], [], [null, ROOT_ID]);
  write(editionJson, resources, [rootJson], [EDITION_ID]);
  for (const [i, d] of edition.documents.entries()) write(resources[i]!, [], [editionJson], [d.id]);
  return outputs;
}

function response(file: { path: string }, self: Json, member: Json[]): Output {
  return { path: file.path, content: pretty({ '@context': CONTEXT, dtsVersion: DTS_VERSION, ...self, member }) };
}

function editionCollection(root: string, edition: EditionModel): Json {
  const docs = edition.documents;
  const title = docs.length === 1 ? `Digital edition: ${docs[0]!.metadata.title}` : 'Digital edition';
  const unique = (values: (string | null)[]): string[] => [...new Set(values.filter((v): v is string => !!v))];
  const dc: Json = {
    publisher: unique(docs.map((d) => d.metadata.publisher)),
    language: unique(docs.map((d) => d.metadata.language)),
    ...(edition.modified ? { modified: edition.modified } : {}),
  };
  return {
    '@id': EDITION_ID,
    '@type': 'Collection',
    title,
    totalParents: 1,
    totalChildren: docs.length,
    dublinCore: dropEmpty(dc),
    collection: ownTemplates(root, EDITION_ID).collection,
  };
}

/** A document as a Resource, with Dublin Core terms from the edition model's metadata. */
function resourceJson(root: string, base: string, doc: DocumentModel, trees: CitationTree[]): Json {
  const m = doc.metadata;
  const names = (people: { name: string }[]): string[] =>
    // The header names an unknown contributor as such; that is not a name to publish as one.
    people.map((p) => p.name).filter((n) => !/^unknown\b/i.test(n));
  const sub = m.titles.find((t) => t.type === 'sub')?.text;
  const dc: Json = {
    title: [m.title],
    creator: names(m.authors),
    contributor: [...names(m.translators), ...names(m.editors)],
    publisher: m.publisher ? [m.publisher] : [],
    date: m.date ? [m.date] : [],
    ...(doc.modified ? { modified: doc.modified } : {}),
    language: m.language ? [m.language] : [],
    ...(m.licence?.uri ? { license: m.licence.uri } : {}),
    rights: m.licence?.text ? [m.licence.text] : [],
    source: m.source?.urls ?? [],
    identifier: [...m.identifiers.map((i) => i.value), ...(doc.uri ? [doc.uri] : [])],
    hasVersion: m.version ? [m.version] : [],
    bibliographicCitation: m.citation ? [m.citation] : [],
  };
  return {
    '@id': doc.id,
    '@type': 'Resource',
    title: m.title,
    ...(sub ? { description: sub } : {}),
    totalParents: 1,
    totalChildren: 0,
    dublinCore: dropEmpty(dc),
    ...ownTemplates(root, doc.id),
    download: [`${base}${doc.id}/${doc.id}.xml`],
    mediaTypes: MEDIA_TYPES,
    citationTrees: citationTreesJson(trees),
  };
}

function dropEmpty(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}

function pretty(o: unknown): string {
  return `${JSON.stringify(o, null, 2)}\n`;
}
