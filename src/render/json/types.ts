/** The shape of edition.json. schema/edition.schema.json documents every property. */
import type { Witness } from './apparatus.js';
import type { DictionaryEntry } from './dictionary.js';
import type { Surface } from './facsimile.js';
import type { Manuscript } from './msdesc.js';

/** A half-open range [start, end) in Unicode code points; start = end for a point. */
export interface Range {
  start: number;
  end: number;
}

export type BlockType = 'headnote' | 'paragraph' | 'head' | 'note' | 'verse' | 'item' | 'other' | 'entry';

export interface Block {
  id: string;
  type: BlockType;
  subtype: string | null;
  n: string | null;
  page: string | null;
  part: 'front' | 'body' | 'back' | null;
  lang: string | null;
  element: string;
  line: number;
  column: number;
  textOffset: number | null;
  reading: string;
  diplomatic: string;
  /** The sources the block's element names in @source (ids), when it names any: a commentary note's sources. */
  sources?: string[];
  /** The block's @facs pointers (zones, surfaces, image URLs), when it has any. */
  facs?: string[];
}

export type AnnotationType =
  | 'mention'
  | 'date'
  | 'speech'
  | 'quotation'
  | 'correction'
  | 'note'
  | 'link'
  | 'page'
  | 'line'
  | 'highlight'
  | 'foreign'
  | 'element'
  // genres, part B
  | 'apparatus'
  | 'addition'
  | 'deletion'
  | 'supplied'
  | 'gap'
  | 'space'
  | 'unclear'
  | 'glyph'
  | 'lexical'
  | 'manuscript';

export interface Annotation {
  id: string;
  type: AnnotationType;
  block: string;
  element: string;
  line: number;
  column: number;
  reading: Range | null;
  diplomatic: Range | null;
  [extra: string]: unknown;
}

export interface Authority {
  type: string;
  id: string;
  uri: string | null;
  sources: string[];
}

export interface EntryDate {
  type: string;
  when: string | null;
  notBefore: string | null;
  notAfter: string | null;
  text: string;
  sources: string[];
}

export type RegisterKind = 'persons' | 'places' | 'organisations' | 'works' | 'events';

export interface RegisterEntry {
  id: string;
  type: 'person' | 'place' | 'organisation' | 'work' | 'event';
  subtype: string | null;
  name: string;
  variants: string[];
  description: string | null;
  dates: EntryDate[];
  authorities: Authority[];
  coordinates: { lat: number; long: number } | null;
  occurrences: string[];
  sources: string[];
}

export interface Person {
  name: string;
  id: string | null;
  role: string | null;
}

export interface Metadata {
  id: string;
  title: string;
  titles: { type: string | null; text: string }[];
  authors: Person[];
  translators: Person[];
  editors: Person[];
  responsibilities: { resp: string; names: string[] }[];
  source: { citation: string; description: string | null; urls: string[] } | null;
  publisher: string | null;
  date: string | null;
  identifiers: { type: string | null; value: string }[];
  licence: { text: string | null; uri: string | null } | null;
  language: string | null;
  version: string | null;
  citation: string;
}

/** A source of the commentary and the registers: what @source points to. */
export interface Source {
  id: string;
  label: string | null;
  citation: string;
  urls: string[];
}

export interface Edition {
  $schema: string;
  id: string;
  metadata: Metadata;
  blocks: Block[];
  annotations: Annotation[];
  registers: Record<RegisterKind, RegisterEntry[]>;
  sources: Source[];
  unhandled: { element: string; count: number }[];
  /** Genres, part B (present only when the document has them). */
  witnesses?: Witness[];
  manuscripts?: Manuscript[];
  facsimile?: { surfaces: Surface[] };
  entries?: DictionaryEntry[];
  generator: { name: string; version: string };
}
