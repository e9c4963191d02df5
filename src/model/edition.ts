/**
 * The one model of the edition that every output reads: its documents with their metadata (from
 * each TEI header), and the edition's canonical address. Built once per build, after the
 * documents are loaded and valid, before any renderer runs; renderers receive it and do not
 * walk the header again.
 */
import type { TeiFile } from '../file.js';
import { metadata } from '../render/json/metadata.js';
import type { Metadata } from '../render/json/types.js';
import { child, elements, type XElement } from '../xml.js';
import { normaliseBaseUrl } from './base-url.js';
import { creators, type Creators } from './creators.js';
import { UsageError } from '../errors.js';
import { uiLangOf } from '../i18n/ui-lang.js';

export interface DocumentModel {
  /** The document's id (its file name without .xml): its folder in dist/. */
  id: string;
  file: TeiFile;
  /** Titles, people and their roles, publisher, dates, identifiers, licence, language, version. */
  metadata: Metadata;
  /** The latest revisionDesc/change/@when (YYYY-MM-DD): the date of this version, never the wall clock. */
  modified: string | null;
  /** The document's own published address, from publicationStmt/idno[@type='URI'], if any. */
  uri: string | null;
  /** Authors, editors and translators, with their authority ids. */
  creators: Creators;
  /** The title of the edition of this document: the main title and the subtitle. */
  editionTitle: string;
  /** The date of this version: editionStmt/edition/date, else the latest change, else publicationStmt/date. */
  date: string | null;
  /** The language of its pages' interface (`--ui-lang`, else a tei-edition.json beside it, else 'en'). */
  uiLang: string;
}

export interface EditionModel {
  /**
   * The edition's published base URL, ending in `/` (from `--base-url`, else the first
   * document's publicationStmt/idno[@type='URI']); null when none is given, and then outputs
   * use relative URLs.
   */
  baseUrl: string | null;
  /** Where the base URL came from. */
  baseUrlSource: 'option' | 'tei' | null;
  /** Who answers for the edition (`--contact-email`): OAI-PMH's adminEmail, the bag's Contact-Email. */
  contactEmail: string | null;
  /** The OAI Static Repository Gateway that intermediates for the edition (`--oai-gateway`), ending in `/`. */
  oaiGateway: string | null;
  /** The documents, ordered by id. */
  documents: DocumentModel[];
  /** The latest `modified` of all documents: the edition's date. */
  modified: string | null;
  /** A document by id. */
  document(id: string): DocumentModel | undefined;
  /** The interface language of the edition's own pages: `--ui-lang`, else the documents' if they agree, else 'en'. */
  uiLang: string;
  /** Formats besides the HTML, JSON and TEI that this build writes (`--pdf`), for the downloads and signposting. */
  formats: { pdf: boolean };
}

export interface EditionModelOptions {
  /** The published base URL of the edition (`--base-url`). */
  baseUrl?: string;
  /** An e-mail address for harvesters and archives (`--contact-email`). */
  contactEmail?: string;
  /** The OAI Static Repository Gateway's URL (`--oai-gateway`). */
  oaiGateway?: string;
  /** The interface language of every page (`--ui-lang`). */
  uiLang?: string;
  /** A PDF of each document is built (`--pdf`). */
  pdf?: boolean;
}

/**
 * What the model knows of one document, as plain data: computed where the document was parsed
 * (a worker of the build's pool), so that the model can be built without every tree.
 */
export type DocumentFacts = Omit<DocumentModel, 'file' | 'uiLang'>;

/** The facts of one loaded, well-formed TEI file. */
export function documentFacts(file: TeiFile): DocumentFacts {
  const tree = file.tree!;
  const meta = metadata(tree, file.id);
  const modified = modifiedOf(tree);
  return { id: file.id, metadata: meta, modified, uri: uriOf(tree), creators: creators(tree), ...titleAndDate(tree, meta, modified) };
}

/** Builds the model from loaded, well-formed TEI files. */
export function editionModel(files: readonly TeiFile[], options: EditionModelOptions = {}): EditionModel {
  return editionFromFacts(
    files.filter((f) => f.tree).map((file) => ({ ...documentFacts(file), file })),
    options,
  );
}

/** Builds the model from each document's facts (and its file, whose tree may be only its header). */
export function editionFromFacts(docs: readonly (DocumentFacts & { file: TeiFile })[], options: EditionModelOptions = {}): EditionModel {
  // the interface language: --ui-lang, else the tei-edition.json beside each document
  const documents = [...docs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((d): DocumentModel => ({ ...d, uiLang: uiLangOf(d.file.path, options.uiLang) }));
  const given = options.baseUrl !== undefined ? normaliseBaseUrl(options.baseUrl) : null;
  const fromTei = documents.map((d) => d.uri).find((u): u is string => u !== null);
  const baseUrl = given ?? (fromTei !== undefined ? normaliseBaseUrl(fromTei) : null);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const langs = [...new Set(documents.map((d) => d.uiLang))];
  return {
    uiLang: options.uiLang ?? (langs.length === 1 ? langs[0]! : 'en'),
    formats: { pdf: options.pdf ?? false },
    baseUrl,
    baseUrlSource: given ? 'option' : baseUrl ? 'tei' : null,
    contactEmail: contactEmail(options.contactEmail),
    oaiGateway: options.oaiGateway !== undefined ? normaliseBaseUrl(options.oaiGateway) : null,
    documents,
    modified: documents.map((d) => d.modified).filter((m): m is string => m !== null).sort().at(-1) ?? null,
    document: (id) => byId.get(id),
  };
}

/** The element publicationStmt of a document, for located messages about it. */
export function publicationStmt(tree: XElement): XElement | undefined {
  const fileDesc = child(child(tree, 'teiHeader') ?? tree, 'fileDesc');
  return fileDesc ? child(fileDesc, 'publicationStmt') : undefined;
}

/** The version's date: the edition statement's, else the latest change, else the publication's. */
function titleAndDate(tree: XElement, m: Metadata, modified: string | null): { editionTitle: string; date: string | null } {
  const sub = m.titles.find((t) => t.type === 'sub')?.text;
  const fileDesc = child(child(tree, 'teiHeader') ?? tree, 'fileDesc');
  const edition = fileDesc ? child(child(fileDesc, 'editionStmt') ?? fileDesc, 'edition') : undefined;
  const versionDate = edition ? [...elements(edition)].find((e) => e.local === 'date')?.attributes['when'] : undefined;
  return { editionTitle: sub ? `${m.title}: ${sub}` : m.title, date: versionDate ?? modified ?? m.date };
}

function uriOf(tree: XElement): string | null {
  const pub = publicationStmt(tree);
  if (!pub) return null;
  const idno = pub.children.find(
    (c): c is XElement => c.type === 'element' && c.local === 'idno' && /^(uri|url)$/i.test(c.attributes['type'] ?? ''),
  );
  const value = idno ? idno.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim() : '';
  return value || null;
}

function modifiedOf(tree: XElement): string | null {
  const header = child(tree, 'teiHeader');
  const revisionDesc = header ? child(header, 'revisionDesc') : undefined;
  if (!revisionDesc) return null;
  const dates = [...elements(revisionDesc)]
    .filter((e) => e.local === 'change' && e.attributes['when'])
    .map((e) => e.attributes['when']!.slice(0, 10));
  return dates.sort().at(-1) ?? null;
}

/** OAI-PMH's emailType is `\S+@(\S+\.)+\S+`: refuse what a harvester's schema would refuse. */
function contactEmail(given: string | undefined): string | null {
  const value = given?.trim();
  if (!value) return null;
  if (!/^\S+@(\S+\.)+\S+$/.test(value)) throw new UsageError(`the contact e-mail "${given}" is not an e-mail address`, 'give an address such as editors@example.org');
  return value;
}
