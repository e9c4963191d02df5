/**
 * A document renderer that writes nothing: it leaves on the file, as plain data, what the corpus
 * pages need of the document's text (its size, the genre its structure says, its mentions of
 * register entries). In a pool build it runs in the worker that holds the whole tree; the main
 * thread, which gets only each document's header and data, makes the corpus site from them.
 */
import type { TeiFile } from '../../file.js';
import type { EditionModel } from '../../model/edition.js';
import type { Output } from '../output.js';
import { FACTS_KEY, textFacts } from './documents.js';
import { MENTIONS_KEY, mentionFacts } from './registers.js';

export function renderCorpusFacts(file: TeiFile, edition: EditionModel): Output[] {
  if (!file.tree || file.partialTree) return [];
  // One document has no table of documents and no registers across documents: whether it has a
  // text (is it a register file, which would make a corpus site?) is all that is asked of it, and
  // a large one does not pay for counting its words and collecting its mentions.
  const alone = edition.documents.length < 2;
  file.data[FACTS_KEY] = textFacts(file.tree, !alone);
  if (!alone) file.data[MENTIONS_KEY] = mentionFacts(file);
  return [];
}
