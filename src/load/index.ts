/** The load stage: bytes → text → well-formed tree of a TEI document. */
import type { TeiFile } from '../file.js';
import { parse } from './parse.js';
import { checkTeiRoot } from './tei-root.js';

export { read, fromBytes } from './read.js';

export function load(file: TeiFile): void {
  if (file.hasErrors) return;
  parse(file);
  checkTeiRoot(file);
}
