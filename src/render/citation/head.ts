/**
 * What a page's <head> says to reference managers, harvesters and crawlers, as data: Highwire
 * Press citation_* and Dublin Core meta tags, FAIR Signposting links and schema.org JSON-LD. Made
 * from the CSL item of the page, so every format says the same thing.
 *
 * No COinS span: Zotero prefers a page's COinS (its COinS translator has priority 310, Embedded
 * Metadata 320), and an OpenURL ContextObject has no field for editors or the language, so a
 * page with COinS is imported without its editors (measured with translation-server).
 *
 * Zotero (Embedded Metadata translator) reads: citation_inbook_title → book section; og:type=book
 * → book; og:type=website → web page; citation_editor → editors. It has no
 * tag for translators, and DC.contributor would make one an author, so translators are left to the
 * downloads and the JSON-LD.
 */
import type { Creator } from '../../model/creators.js';
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import { DOWNLOAD_TYPES, type Downloads } from './formats.js';
import type { CslItem, CslName } from './items.js';

export interface Meta {
  /** `name` for Highwire and DC, `property` for OpenGraph. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

export interface Link {
  rel: string;
  href: string;
  type?: string;
}

export interface Head {
  meta: Meta[];
  links: Link[];
  /** schema.org JSON-LD, safe to put inside <script>. */
  jsonld: string;
}

/** What a page is, for the tags that depend on it. */
export type HeadKind = 'book' | 'bookSection' | 'webpage';

export interface HeadInput {
  kind: HeadKind;
  item: CslItem;
  /** The address of the page as cited (absolute with a base URL, else from the edition's root). */
  url: string;
  /** The same as a link from the page itself (absolute with a base URL, else relative). */
  href: string;
  /** The page's metadata downloads, by format, as hrefs from the page. */
  downloads?: Record<keyof Downloads, string>;
  /** The document's other formats (TEI, JSON…), as hrefs from the page with their types. */
  items?: Link[];
  linkset?: string;
  doc: DocumentModel | null;
  edition: EditionModel;
}

/** "Family, Given" for people (Zotero and Highwire read it so), the name itself for bodies. */
export function nameText(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  return [family, n.given].filter(Boolean).join(', ');
}

const isoDate = (item: CslItem): string | null =>
  item.issued?.['date-parts'][0]?.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-') ?? null;

export function head(input: HeadInput): Head {
  const { kind, item, url } = input;
  const meta: Meta[] = [];
  const m = (key: string, content: string | null | undefined, attr: Meta['attr'] = 'name'): void => {
    if (content) meta.push({ attr, key, content });
  };
  const date = isoDate(item);
  const licence = safeLicence(input.doc);
  // Highwire Press
  m('citation_title', item.title);
  for (const a of item.author ?? []) m('citation_author', nameText(a));
  for (const e of item.editor ?? []) m('citation_editor', nameText(e));
  if (kind === 'bookSection') m('citation_inbook_title', item['container-title']);
  // Zotero's web page has no publisher or edition: on a web page they would only be discarded
  const web = kind === 'webpage';
  if (!web) m('citation_publisher', item.publisher);
  m('citation_date', date);
  m('citation_language', item.language);
  if (input.edition.baseUrl) m('citation_public_url', url);
  // Dublin Core
  m('DC.title', item.title);
  for (const a of item.author ?? []) m('DC.creator', nameText(a));
  // No DC.type: Zotero copies its value into nine "… type" fields the item cannot keep. The type
  // is said by citation_inbook_title (book section) and og:type (book, website).
  if (!web) m('DC.publisher', item.publisher);
  m('DC.date', date);
  m('DC.language', item.language);
  m('DC.identifier', url);
  m('DC.rights', licence?.uri ?? licence?.text);
  // the version, which Zotero reads as the edition
  if (!web) m('prism.edition', item.version ? `Version ${item.version}` : (item['edition'] as string | undefined));
  if (kind === 'book') m('og:type', 'book', 'property');
  if (kind === 'webpage') {
    m('og:type', 'website', 'property');
    m('og:site_name', item['container-title'], 'property');
  }
  m('og:url', input.edition.baseUrl ? url : null, 'property');

  const links: Link[] = [{ rel: 'canonical', href: input.href }, { rel: 'cite-as', href: input.href }];
  for (const [format, href] of Object.entries(input.downloads ?? {}) as [keyof Downloads, string][]) {
    links.push({ rel: 'describedby', href, type: DOWNLOAD_TYPES[format].type });
  }
  for (const l of input.items ?? []) links.push({ ...l, rel: 'item' });
  if (licence?.uri) links.push({ rel: 'license', href: licence.uri });
  for (const a of input.doc?.creators.authors ?? []) for (const id of a.sameAs) links.push({ rel: 'author', href: id });
  links.push({ rel: 'type', href: `https://schema.org/${SCHEMA_TYPE[kind]}` });
  if (input.linkset) links.push({ rel: 'linkset', href: input.linkset, type: 'application/linkset+json' });

  return { meta, links, jsonld: jsonLd(input) };
}

/** The licence, its address only when it is a web address: the TEI's @target could be anything. */
function safeLicence(doc: DocumentModel | null | undefined): { text: string | null; uri: string | null } | null {
  const l = doc?.metadata.licence;
  if (!l) return null;
  return { text: l.text, uri: l.uri && /^https?:\/\//i.test(l.uri.trim()) ? l.uri.trim() : null };
}

const SCHEMA_TYPE: Record<HeadKind, string> = { book: 'Book', bookSection: 'Chapter', webpage: 'WebPage' };

/** schema.org, with the vocabulary inline so that the JSON-LD expands without fetching a context. */
function jsonLd(input: HeadInput): string {
  const { kind, item, url, doc } = input;
  const person = (c: Creator): Record<string, unknown> => ({
    '@type': c.personal ? 'Person' : 'Organization',
    name: c.name,
    ...(c.sameAs.length ? { sameAs: c.sameAs } : {}),
  });
  const creators = doc?.creators;
  const licence = safeLicence(doc)?.uri;
  const common = {
    ...(item.language ? { inLanguage: item.language } : {}),
    ...(licence ? { license: licence } : {}),
    ...(item.publisher ? { publisher: { '@type': 'Organization', name: item.publisher } } : {}),
    ...(isoDate(item) ? { datePublished: isoDate(item) } : {}),
    ...(doc?.metadata.version ? { version: doc.metadata.version } : {}),
  };
  const people = creators
    ? {
        ...(creators.authors.length ? { author: creators.authors.map(person) } : {}),
        ...(creators.editors.length ? { editor: creators.editors.map(person) } : {}),
        ...(creators.translators.length ? { translator: creators.translators.map(person) } : {}),
      }
    : {};
  // the book the chapter is part of: what the chapter does not already say
  const book = doc ? { '@type': 'Book', name: doc.editionTitle, ...people } : null;
  const data: Record<string, unknown> =
    kind === 'bookSection'
      ? { '@type': 'Chapter', '@id': url, url, name: item.title, ...people, ...common, isPartOf: book }
      : kind === 'book'
        ? { ...book, '@id': url, url }
        : {
            '@type': 'WebPage',
            '@id': url,
            url,
            name: item.title,
            ...(creators?.editors.length ? { author: creators.editors.map(person) } : {}),
            ...common,
            ...(book ? { isPartOf: book } : {}),
          };
  const json = JSON.stringify({ '@context': { '@vocab': 'https://schema.org/' }, ...data });
  // Inside <script>, "</script" or "<!--" would end or change the element: no "<" is left as is.
  return json.replace(/</g, '\\u003c');
}
