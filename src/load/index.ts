/** The load stage: bytes → text → well-formed tree of a TEI document. */
import type { TeiFile } from '../file.js';
import { defaultLimits, type Limits } from './limits.js';
import { parse } from './parse.js';
import { checkTeiRoot } from './tei-root.js';

export { read, fromBytes } from './read.js';
export { defaultLimits, resolveLimits, parseLimitFlags, type Limits } from './limits.js';

export function load(file: TeiFile, limits: Limits = defaultLimits): void {
  if (file.hasErrors) return;
  parse(file, limits);
  checkTeiRoot(file);
}
