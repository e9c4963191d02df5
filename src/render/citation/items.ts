/**
 * CSL-JSON items for what the edition offers to cite: the edition of a document (a book), the
 * document's text in it (a chapter: Zotero's bookSection), one paragraph of it, a register or
 * overview page (a web page), and the edition as a whole. Read from the edition model only.
 */
import { t } from '../../i18n/messages.js';
import { parse as parseName } from '@citation-js/name';
import type { Creator } from '../../model/creators.js';
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import { citedUrl, type Page } from './pages.js';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'book' | 'chapter' | 'webpage';
  title: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  version?: string;
  language?: string;
  URL: string;
  note?: string;
  [key: string]: unknown;
}

/** A person's name in parts (from forename/surname, else parsed); a body's name as it stands. */
export function cslName(c: Creator): CslName {
  if (!c.personal) return { literal: c.name };
  if (c.family) return { family: c.family, ...(c.given ? { given: c.given } : {}) };
  // "Dickens, Charles (1812-1870)": the dates of life are not part of the name
  const name = c.name.replace(/\s*\([^()]*\d{3,4}[^()]*\)\s*$/, '');
  const parsed = parseName(name) as CslName | undefined;
  return parsed?.family ? parsed : { literal: name };
}

const names = (cs: readonly Creator[]): CslName[] | undefined => (cs.length > 0 ? cs.map(cslName) : undefined);

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as CSL date parts. */
export function issued(date: string | null): CslItem['issued'] | undefined {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return undefined;
  return { 'date-parts': [[m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number)] };
}

/** What every item of a document shares: its edition's publisher, date, version, language. */
function imprint(doc: DocumentModel): Partial<CslItem> {
  const m = doc.metadata;
  const date = issued(doc.date);
  return {
    ...(m.publisher ? { publisher: m.publisher } : {}),
    ...(date ? { issued: date } : {}),
    ...(m.version ? { version: m.version } : {}),
    ...(m.language ? { language: m.language } : {}),
    ...(doc.creators.translatorUnknown && doc.creators.translators.length === 0 ? { note: 'Translator not named in the source.' } : {}),
  };
}

function people(doc: DocumentModel): Partial<CslItem> {
  const { authors, editors, translators } = doc.creators;
  const a = names(authors);
  const e = names(editors);
  const t = names(translators);
  return { ...(a ? { author: a } : {}), ...(e ? { editor: e } : {}), ...(t ? { translator: t } : {}) };
}

/**
 * A book's version is its edition: in CSL a book with a `version` is software (CSL 1.0.2 made
 * software a type of its own, and citation-js reads 1.0.1 books with versions as software).
 */
function asEdition(part: Partial<CslItem>): Partial<CslItem> {
  const { version, ...rest } = part;
  return version ? { ...rest, edition: `Version ${version}` } : rest;
}

/** The edition of one document: a book by the text's author(s), edited by its editors. */
export function bookItem(doc: DocumentModel, edition: EditionModel): CslItem {
  return {
    id: `${doc.id}-edition`,
    type: 'book',
    title: doc.editionTitle,
    ...people(doc),
    ...asEdition(imprint(doc)),
    URL: citedUrl(edition, edition.documents.length === 1 ? '' : `${doc.id}/index.html`),
  };
}

/** The document's text in its edition: a chapter (Zotero: book section). */
export function chapterItem(doc: DocumentModel, edition: EditionModel): CslItem {
  return {
    id: doc.id,
    type: 'chapter',
    title: doc.metadata.title,
    ...people(doc),
    'container-title': doc.editionTitle,
    ...imprint(doc),
    URL: citedUrl(edition, `${doc.id}/index.html`),
  };
}

/** One paragraph: the chapter with the paragraph's number in its title and its anchor in the URL. */
export function paragraphItem(doc: DocumentModel, edition: EditionModel, n: string, anchor: string): CslItem {
  const chapter = chapterItem(doc, edition);
  return { ...chapter, id: `${doc.id}-${anchor}`, title: `${chapter.title}, ¶ ${n}`, URL: `${chapter.URL}#${anchor}` };
}

/** A register or overview page: a web page of the edition, by its editors. */
export function webpageItem(doc: DocumentModel, edition: EditionModel, page: Page): CslItem {
  const editors = names(doc.creators.editors);
  const { note: _note, ...rest } = imprint(doc);
  return {
    id: `${doc.id}-${page.file.replace(/\.html$/, '')}`,
    type: 'webpage',
    // the page's own heading, in its interface language (the citation around it is en-US)
    title: `${t(doc.uiLang, page.label)}: ${doc.metadata.title}`,
    ...(editors ? { author: editors } : {}),
    'container-title': doc.editionTitle,
    ...rest,
    URL: citedUrl(edition, `${doc.id}/${page.file}`),
  };
}

/** The paragraphs a document numbers and anchors: @n and xml:id, never a position. */
export function paragraphs(doc: DocumentModel): { n: string; anchor: string }[] {
  const out: { n: string; anchor: string }[] = [];
  const walk = (el: import('../../xml.js').XElement, inText: boolean): void => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      const here = inText || c.local === 'text';
      if (here && c.local === 'p' && c.attributes['n'] && c.attributes['xml:id']) out.push({ n: c.attributes['n'], anchor: c.attributes['xml:id'] });
      walk(c, here);
    }
  };
  if (doc.file.tree) walk(doc.file.tree, false);
  return out;
}
