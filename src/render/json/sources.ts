/**
 * The sources of the edition's commentary and registers (see src/sources.ts): each with its id
 * (what @source points to), a short label, the citation as plain text and its web addresses.
 */
import { sourceEntries } from '../../sources.js';
import { elements, type XElement } from '../../xml.js';
import { normalise } from './registers.js';
import type { Source } from './types.js';

export function sources(tree: XElement): Source[] {
  return sourceEntries(tree).map((el) => ({
    id: el.attributes['xml:id']!,
    label: el.attributes['n'] ? normalise(el.attributes['n']) : null,
    citation: normalise(citationText(el)),
    urls: [...new Set([...elements(el)].map((e) => e.attributes['target']).filter((t): t is string => t !== undefined && /^https?:\/\//.test(t)))],
  }));
}

/** The bibliographic description without the notes about it (and its statements of responsibility). */
function citationText(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (c.local !== 'note' && c.local !== 'respStmt' && c.local !== 'relatedItem') out += citationText(c);
  }
  return out;
}
