/**
 * Plain strings for the structured parts of the JSON edition (witnesses, catalogue entries,
 * dictionary entries, apparatus readings): an element's words, whitespace normalised as in the
 * blocks, notes left out, an element boundary between two words kept as a space.
 */
import type { XElement, XNode } from '../../xml.js';

/** Elements whose text is not part of the words around them. */
const APART = new Set(['note', 'witDetail']);

export function plain(el: XElement | undefined | null, skip: (el: XElement) => boolean = () => false): string {
  if (!el) return '';
  const parts: string[] = [];
  // in an element that holds only elements (dimensions, msIdentifier), each child is a word boundary
  const walk = (nodes: readonly XNode[]): void => {
    const bounded = nodes.every((c) => c.type === 'element' || !c.value.trim());
    for (const n of nodes) {
      if (n.type === 'text') parts.push(n.value);
      else if (!APART.has(n.local) && !skip(n)) {
        if (bounded) parts.push(' ');
        walk(n.children);
        if (bounded) parts.push(' ');
      }
    }
  };
  walk(el.children);
  return parts.join('').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The child elements with one of these local names. */
export function kids(el: XElement | undefined, ...names: string[]): XElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XElement => c.type === 'element' && (names.length === 0 || names.includes(c.local)));
}

/** Plain strings of the children with these names, empty ones left out. */
export function texts(el: XElement | undefined, ...names: string[]): string[] {
  return kids(el, ...names).map((k) => plain(k)).filter((t) => t !== '');
}

/** A number from an attribute (coordinates, dimensions), or null. */
export function num(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) && value.trim() !== '' ? n : null;
}

/** Space-separated local pointers (#id) as ids. */
export function localIds(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((p) => p.startsWith('#') && p.length > 1).map((p) => p.slice(1));
}
