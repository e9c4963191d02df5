/** A small XML tree with source positions, built by src/load/parse.ts. */
import type { Place } from './message.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XText {
  type: 'text';
  value: string;
  start: Place;
  parent: XElement;
}

export interface XElement {
  type: 'element';
  /** Qualified name as written, e.g. `persName` or `tei:persName`. */
  name: string;
  /** Local name, e.g. `persName`. */
  local: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attributes by qualified name as written (`xml:id`, `ref`). */
  attributes: Record<string, string>;
  children: XNode[];
  parent: XElement | null;
  /** Where the start tag's `<` stands. */
  start: Place;
}

export type XNode = XElement | XText;

/**
 * Every element below (and including) `root`, in document order; with `enter`, only the elements
 * it admits, and nothing below one it refuses.
 */
export function* elements(root: XElement, enter?: (el: XElement) => boolean): Generator<XElement> {
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.type === 'element' && (!enter || enter(child))) stack.push(child);
    }
  }
}

/** The first child element with this local name (TEI namespace). */
export function child(el: XElement, local: string): XElement | undefined {
  for (const c of el.children) if (c.type === 'element' && c.local === local) return c;
  return undefined;
}

/** The concatenated text below an element. */
export function textOf(el: XElement): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? c.value : textOf(c);
  return out;
}

/** Is `el` inside an element with local name `local` (or is it)? */
export function within(el: XElement, local: string): boolean {
  for (let e: XElement | null = el; e; e = e.parent) if (e.local === local) return true;
  return false;
}
