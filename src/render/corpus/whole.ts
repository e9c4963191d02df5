/**
 * The corpus site reads every document's text (its word count, its genre from its structure,
 * its mentions for the registers across the corpus), but a corpus build hands the site
 * renderers only each document's header and standOff (src/build/corpus.ts: the trees stay in
 * the workers). Until that data travels as `file.data`, the home page parses each document again
 * here, from its text or, after `merge`, from its file, and gives the trees back when done.
 */
import { readFileSync } from 'node:fs';
import { TeiFile } from '../../file.js';
import { parse } from '../../load/parse.js';

const NO_LIMITS = { depth: Infinity, attribute: Infinity, elements: Infinity, text: Infinity, fileSize: Infinity };

/** Gives every partial file its whole tree; the function returned puts the partial ones back. */
export function wholeTrees(files: readonly TeiFile[]): () => void {
  const partial = files.filter((f) => f.partialTree && f.tree);
  const before = partial.map((f) => f.tree);
  for (const file of partial) {
    const text = file.text || readFileSync(file.path, 'utf8');
    const whole = new TeiFile(file.path, text);
    parse(whole, NO_LIMITS);
    if (whole.tree) {
      // after merge the file came from a shard's record, without its text: the e-book needs it
      if (!file.text) file.text = text;
      file.tree = whole.tree;
      file.partialTree = false;
    }
  }
  return () =>
    partial.forEach((file, i) => {
      file.tree = before[i] ?? null;
      file.partialTree = true;
    });
}
