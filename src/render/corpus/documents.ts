/**
 * The rows of the corpus landing page: one per document, with what the header says (author,
 * title, date, genre, language) and its size in words. A file with registers and no <text> (a
 * shared register file such as people.xml beside the letters) is a register file, not a row.
 */
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import { child, elements, textOf, within, type XElement } from '../../xml.js';

export interface CorpusRow {
  id: string;
  title: string;
  authors: string[];
  /** ISO date (or year) of the text: see dateOf. */
  date: string | null;
  genre: string | null;
  /** Where the genre comes from: the header's classification, or the text's structure. */
  genreFrom: 'header' | 'structure' | null;
  /** BCP 47 (two letters where there are two), for search stemming. */
  lang: string | null;
  words: number;
}

/** Several documents make a corpus; one document keeps the landing page it has always had. */
export function isCorpus(edition: EditionModel): boolean {
  return edition.documents.filter((d) => !isRegisterFile(d)).length > 1 || edition.documents.some(isRegisterFile);
}

/**
 * What the corpus pages need of a document's text, made where its whole tree is (a worker of the
 * build's pool: renderCorpusFacts) and kept as plain data, so that the site is made from each
 * document's header and data, not from every tree again.
 */
export interface TextFacts {
  hasText: boolean;
  /** The genre the text's structure says (see structureGenre). */
  structure: string | null;
  words: number;
}

export const FACTS_KEY = 'corpus:text';

export function textFacts(tree: XElement, count = true): TextFacts {
  const text = child(tree, 'text');
  return { hasText: text !== undefined, structure: count ? structureGenre(tree) : null, words: count ? wordsOf(text) : 0 };
}

/** The facts of a document: from its worker's data, or from its whole tree here. */
function factsOf(doc: DocumentModel): TextFacts | null {
  const kept = doc.file.data[FACTS_KEY] as TextFacts | undefined;
  if (kept) return kept;
  return doc.file.tree && !doc.file.partialTree ? textFacts(doc.file.tree) : null;
}

/** A TEI file that holds registers and no text of its own (asked once per entry of a register: remembered). */
export function isRegisterFile(doc: DocumentModel): boolean {
  let known = registerFiles.get(doc.file);
  if (known === undefined) registerFiles.set(doc.file, (known = holdsOnlyRegisters(doc)));
  return known;
}
const registerFiles = new WeakMap<DocumentModel['file'], boolean>();

function holdsOnlyRegisters(doc: DocumentModel): boolean {
  const tree = doc.file.tree;
  if (!tree || (factsOf(doc)?.hasText ?? child(tree, 'text') !== undefined)) return false;
  for (const e of elements(tree)) if (/^list(Person|Place|Org|Bibl|Event)$/.test(e.local)) return true;
  return false;
}

export function corpusRows(edition: EditionModel): CorpusRow[] {
  return edition.documents.filter((d) => !isRegisterFile(d)).map(row);
}

function row(doc: DocumentModel): CorpusRow {
  const tree = doc.file.tree!;
  const header = child(tree, 'teiHeader');
  const genre = header ? headerGenre(header) : null;
  const facts = factsOf(doc);
  const structural = genre ? null : (facts?.structure ?? null);
  return {
    id: doc.id,
    title: doc.metadata.title || doc.id,
    authors: doc.metadata.authors.map((a) => a.name),
    date: (header ? dateOf(header) : null) ?? doc.metadata.date,
    genre: genre ?? structural,
    genreFrom: genre ? 'header' : structural ? 'structure' : null,
    lang: bcp47(doc.metadata.language ?? child(tree, 'text')?.attributes['xml:lang'] ?? null),
    words: facts?.words ?? 0,
  };
}

/**
 * The date of the text, not of the edition: when a letter was sent (correspAction), when the text
 * was made (profileDesc/creation), when its source was first published (sourceDesc/bibl).
 */
function dateOf(header: XElement): string | null {
  const candidates = [...elements(header)].filter((e) => e.local === 'date');
  const pick = (test: (d: XElement) => boolean) => {
    const d = candidates.find(test);
    if (!d) return null;
    const a = d.attributes;
    return a['when'] ?? a['notBefore'] ?? a['from'] ?? (textOf(d).trim() || null);
  };
  return (
    pick((d) => d.parent?.local === 'correspAction' && d.parent.attributes['type'] === 'sent') ??
    pick((d) => within(d, 'creation')) ??
    pick((d) => within(d, 'sourceDesc') && within(d, 'bibl'))
  );
}

/**
 * The header's genre: a keywords term typed "genre", or the terms of a keywords list whose
 * scheme names genres; topic keywords (most letters have them) are not a genre.
 */
function headerGenre(header: XElement): string | null {
  for (const e of elements(header)) {
    if (e.local === 'term' && within(e, 'textClass') && /genre/i.test(e.attributes['type'] ?? '')) return norm(textOf(e));
    if (e.local === 'keywords' && /genre/i.test(e.attributes['scheme'] ?? '')) {
      const term = child(e, 'term');
      if (term) return norm(textOf(term));
    }
  }
  return null;
}

/** Without one: what the text's structure says (a letter has correspondence or an opener…). */
function structureGenre(tree: XElement): string | null {
  const text = child(tree, 'text');
  if (!text) return null;
  let sp = 0;
  let l = 0;
  let p = 0;
  for (const e of elements(text)) {
    if (e.local === 'sp') sp++;
    else if (e.local === 'l') l++;
    else if (e.local === 'p') p++;
  }
  const header = child(tree, 'teiHeader');
  const letter = (header && [...elements(header)].some((e) => e.local === 'correspDesc')) || [...elements(text)].some((e) => e.local === 'opener' || e.local === 'closer');
  if (letter) return 'letter';
  if (sp > 0 && sp >= p) return 'drama';
  if (l > p) return 'verse';
  return p > 0 ? 'prose' : null;
}

/** Words of the text as a reader counts them: runs of letters or digits. */
function wordsOf(text: XElement | undefined): number {
  if (!text) return 0;
  // counted, not collected: a novel has hundreds of thousands of words
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  const all = textOf(text);
  let n = 0;
  while (word.exec(all)) n++;
  return n;
}

/** ISO 639-2 codes as ELTeC writes them (eng, deu) become the two-letter tags search stems by. */
const THREE: Record<string, string> = { eng: 'en', deu: 'de', ger: 'de', nld: 'nl', dut: 'nl', fra: 'fr', fre: 'fr', ita: 'it', spa: 'es', por: 'pt', rus: 'ru', swe: 'sv', nor: 'no', dan: 'da', fin: 'fi', hun: 'hu', pol: 'pl', ces: 'cs', cze: 'cs', slv: 'sl', srp: 'sr', gre: 'el', ell: 'el', ron: 'ro', rum: 'ro', lit: 'lt', hrv: 'hr', ukr: 'uk' };

function bcp47(lang: string | null): string | null {
  if (!lang) return null;
  const primary = lang.split('-')[0]!.toLowerCase();
  return THREE[primary] ?? primary;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
