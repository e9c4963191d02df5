/**
 * The editors' sources: what the commentary and the registers rest on. A source is a bibl (or
 * biblStruct) with an xml:id in the header's sourceDesc (the text itself) or in a
 * <listBibl type="sources"> (the editors' list of sources, e.g. in the editorial declaration).
 * A list of sources is not a register of works: renderers and rules that collect registers skip it.
 */
import { localTargets } from './validate/pointers.js';
import { elements, within, type XElement } from './xml.js';

export const SOURCE_LIST_TYPE = 'sources';

/** Is this element a list of the editors' sources? */
export function isSourceList(el: XElement): boolean {
  return el.local === 'listBibl' && el.attributes['type'] === SOURCE_LIST_TYPE;
}

/** Is this element inside (or is it) a list of sources? */
export function inSourceList(el: XElement): boolean {
  for (let e: XElement | null = el; e; e = e.parent) if (isSourceList(e)) return true;
  return false;
}

/** The document's sources, in document order: sourceDesc entries first, then the lists of sources. */
export function sourceEntries(tree: XElement): XElement[] {
  const out: XElement[] = [];
  for (const el of elements(tree)) {
    if (el.local !== 'bibl' && el.local !== 'biblStruct') continue;
    if (el.attributes['xml:id'] === undefined) continue;
    const parent = el.parent;
    if (!parent) continue;
    if ((parent.local === 'sourceDesc' && within(parent, 'teiHeader')) || isSourceList(parent)) out.push(el);
  }
  return out;
}

/** The ids an element's @source points to, in order, without the '#'. */
export function sourceIds(el: XElement): string[] {
  const value = el.attributes['source'];
  return value === undefined ? [] : localTargets(value);
}
