/** Which attributes point at other elements, and how to read them. Shared by several rules. */
import { elements, type XElement } from '../xml.js';

/** Attributes whose values are space-separated URI references (TEI data.pointer lists). */
export const POINTER_ATTRIBUTES = ['ref', 'who', 'target', 'corresp', 'resp', 'source', 'next', 'prev', 'sameAs', 'wit'] as const;

/** Local pointers (`#id`) in an attribute value, without the `#`. */
export function localTargets(value: string): string[] {
  return value
    .split(/\s+/)
    .filter((t) => t.startsWith('#'))
    .map((t) => t.slice(1));
}

/** xml:id → element, first occurrence wins. */
export function idIndex(tree: XElement): Map<string, XElement> {
  const ids = new Map<string, XElement>();
  for (const el of elements(tree)) {
    const id = el.attributes['xml:id'];
    if (id !== undefined && !ids.has(id)) ids.set(id, el);
  }
  return ids;
}
