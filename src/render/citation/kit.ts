/**
 * Everything a document's pages need to be cited, made once per document and handed to the HTML
 * stylesheet as one JSON parameter: each page's head (meta tags, links, COinS, JSON-LD), its
 * citation in every style, the downloads, and the paragraph citation as a template.
 */
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import { CITATION_LOCALE, DOWNLOAD_TYPES, entryHtml, STYLES, type Downloads } from './formats.js';
import { head, type Head, type HeadKind, type Link } from './head.js';
import { bookItem, chapterItem, paragraphItem, webpageItem, type CslItem } from './items.js';
import { citedUrl, hrefFrom, PAGES } from './pages.js';
import { EDITION_EPUB, EPUB_TYPE, epubPath } from '../epub/paths.js';

export interface StyledCitation {
  style: string;
  label: string;
  html: string;
}

export interface Download {
  label: string;
  href: string;
  type: string;
  name: string;
}

export interface PageCitation {
  head: Head;
  citations: StyledCitation[];
  downloads: Download[];
}

export interface CitationKit {
  pages: Record<string, PageCitation>;
  /** The citation of a paragraph, with `{n}` for its number and `{id}` for its anchor. */
  paragraph: { citations: StyledCitation[]; downloads: Download[] };
  /** Said in the cite block when the header records a translation but not its translator. */
  translatorUnknown: boolean;
  /** The language the citations are written in (their lang attribute). */
  lang: string;
  /** The text in other formats, offered as downloads on the reading page (the EPUB). */
  formats: Download[];
}

/** Placeholders the page's script fills in for the paragraph a reader cites. */
export const PARAGRAPH_N = '{n}';
export const PARAGRAPH_ID = '{id}';

/** The document's downloads folder in dist/, and a download's path there. */
export const citePath = (folder: string, name: string, format: keyof Downloads): string =>
  `${folder}/${name}.${DOWNLOAD_TYPES[format].ext}`;
/** Where a document's downloads are, and the edition's. */
export const docCiteFolder = (docId: string): string => `${docId}/cite`;
export const EDITION_CITE_FOLDER = 'cite';

/** The other formats of a document, offered as signposting items (all written by other renderers). */
export function documentItems(doc: DocumentModel, edition: EditionModel, from: string): Link[] {
  return [
    { rel: 'item', href: hrefFrom(edition, from, `${doc.id}/${doc.id}.xml`), type: 'application/tei+xml' },
    { rel: 'item', href: hrefFrom(edition, from, `${doc.id}/edition.json`), type: 'application/json' },
    { rel: 'item', href: hrefFrom(edition, from, `${doc.id}/annotations.jsonld`), type: 'application/ld+json' },
    { rel: 'item', href: hrefFrom(edition, from, `${doc.id}/${doc.id}.txt`), type: 'text/plain' },
    // only when the build made it (--pdf, src/render/pdf/)
    ...(edition.formats.pdf ? [{ rel: 'item', href: hrefFrom(edition, from, `${doc.id}/${doc.id}.pdf`), type: 'application/pdf' }] : []),
    { rel: 'item', href: hrefFrom(edition, from, epubPath(doc.id)), type: EPUB_TYPE },
  ];
}

const styled = (item: CslItem): StyledCitation[] => STYLES.map((s) => ({ style: s.id, label: s.label, html: entryHtml(item, s) }));

function downloadLinks(edition: EditionModel, from: string, folder: string, name: string): Download[] {
  return (Object.keys(DOWNLOAD_TYPES) as (keyof Downloads)[]).map((format) => ({
    label: DOWNLOAD_TYPES[format].label,
    href: hrefFrom(edition, from, citePath(folder, name, format)),
    type: DOWNLOAD_TYPES[format].type,
    name: `${name}.${DOWNLOAD_TYPES[format].ext}`,
  }));
}

const asRecord = (ds: Download[]): Record<keyof Downloads, string> =>
  Object.fromEntries((Object.keys(DOWNLOAD_TYPES) as (keyof Downloads)[]).map((f, i) => [f, ds[i]!.href])) as Record<keyof Downloads, string>;

export function citationKit(doc: DocumentModel, edition: EditionModel): CitationKit {
  const pages: Record<string, PageCitation> = {};
  const from = doc.id;
  for (const page of PAGES) {
    const reading = page.kind === 'reading';
    const item = reading ? chapterItem(doc, edition) : webpageItem(doc, edition, page);
    const kind: HeadKind = reading ? 'bookSection' : 'webpage';
    // every page of the document signposts the document's metadata and formats; the cite block
    // offers the downloads only where they cite the page itself (the text)
    const downloads = downloadLinks(edition, from, docCiteFolder(doc.id), doc.id);
    pages[page.file] = {
      head: head({
        kind,
        item,
        url: citedUrl(edition, `${doc.id}/${page.file}`),
        href: hrefFrom(edition, from, `${doc.id}/${page.file}`),
        downloads: asRecord(downloads),
        items: documentItems(doc, edition, from),
        linkset: hrefFrom(edition, from, `${doc.id}/linkset.json`),
        doc,
        edition,
      }),
      citations: styled(item),
      downloads: reading ? downloads : [],
    };
  }
  const template = paragraphItem(doc, edition, PARAGRAPH_N, PARAGRAPH_ID);
  return {
    pages,
    paragraph: { citations: styled(template), downloads: downloadLinks(edition, from, docCiteFolder(doc.id), PARAGRAPH_ID) },
    translatorUnknown: doc.creators.translatorUnknown && doc.creators.translators.length === 0,
    lang: CITATION_LOCALE,
    formats: [{ label: 'EPUB', href: hrefFrom(edition, from, epubPath(doc.id)), type: EPUB_TYPE, name: `${doc.id}.epub` }],
  };
}

/** The landing page of a one-document edition is that document's edition: a book. */
export function landingCitation(edition: EditionModel): PageCitation {
  const single = edition.documents.length === 1 ? edition.documents[0]! : null;
  if (single) {
    const item = bookItem(single, edition);
    const downloads = downloadLinks(edition, '', EDITION_CITE_FOLDER, 'edition');
    return {
      head: head({ kind: 'book', item, url: citedUrl(edition, ''), href: hrefFrom(edition, '', 'index.html'), downloads: asRecord(downloads), items: documentItems(single, edition, ''), doc: single, edition }),
      citations: styled(item),
      downloads,
    };
  }
  return multiLanding(edition);
}

/**
 * Several documents: each is its own edition (its header says who edited it), so the landing page
 * is a web page that lists them, not a book with one set of editors.
 */
function multiLanding(edition: EditionModel): PageCitation {
  const first = edition.documents[0] ?? null;
  const item: CslItem = {
    id: 'edition',
    type: 'webpage',
    title: 'Digital edition',
    ...(first?.metadata.publisher ? { publisher: first.metadata.publisher } : {}),
    ...(edition.modified ? { issued: { 'date-parts': [edition.modified.split('-').map(Number)] } } : {}),
    URL: citedUrl(edition, ''),
  };
  const downloads = downloadLinks(edition, '', EDITION_CITE_FOLDER, 'edition');
  return {
    head: head({
      kind: 'webpage', item, url: citedUrl(edition, ''), href: hrefFrom(edition, '', 'index.html'), downloads: asRecord(downloads), doc: null, edition,
      // the edition's e-book (src/render/epub/), made when it holds several documents
      ...(edition.documents.length > 1 ? { items: [{ rel: 'item', href: hrefFrom(edition, '', EDITION_EPUB), type: EPUB_TYPE }] } : {}),
    }),
    citations: styled(item),
    downloads,
  };
}
