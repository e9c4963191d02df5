/**
 * The top-level parts of the JSON edition that some genres have (part B of the genres): the
 * witnesses of an apparatus, the manuscript descriptions, the facsimile's surfaces and the
 * dictionary entries. Each is present only when the document has it, so that a document
 * without them (the memoir) keeps exactly its edition.json.
 */
import type { XElement } from '../../xml.js';
import { witnesses } from './apparatus.js';
import { dictionaryEntries } from './dictionary.js';
import { surfaces } from './facsimile.js';
import { manuscripts } from './msdesc.js';
import type { Block, Edition } from './types.js';

export function genreData(tree: XElement, blocks: readonly Block[]): Pick<Edition, 'witnesses' | 'manuscripts' | 'facsimile' | 'entries'> {
  const out: Pick<Edition, 'witnesses' | 'manuscripts' | 'facsimile' | 'entries'> = {};
  const w = witnesses(tree);
  if (w.length > 0) out.witnesses = w;
  const m = manuscripts(tree);
  if (m.length > 0) out.manuscripts = m;
  const s = surfaces(tree);
  if (s.length > 0) out.facsimile = { surfaces: s };
  const e = dictionaryEntries(tree, blocks);
  if (e.length > 0) out.entries = e;
  return out;
}
