/**
 * What crosses from a worker of the build's pool to the main thread (STYLE 15: plain data) and
 * what the build manifest keeps of a document: its teiHeader as a tree without parent links, and
 * the data its renderers left for the site renderers (file.data).
 */
import type { TeiFile } from '../file.js';
import type { XElement, XNode } from '../xml.js';

/** An element without its parent link: JSON and structured clone carry it as it is. */
export interface PortableElement {
  type: 'element';
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, string>;
  start: XElement['start'];
  children: (PortableElement | { type: 'text'; value: string; start: XElement['start'] })[];
}

function portable(el: XElement): PortableElement {
  return {
    type: 'element',
    name: el.name,
    local: el.local,
    uri: el.uri,
    attributes: el.attributes,
    start: el.start,
    children: el.children.map((c) => (c.type === 'text' ? { type: 'text', value: c.value, start: c.start } : portable(c))),
  };
}

/**
 * The root with only its teiHeader and standOff (and the root's attributes: the namespace
 * declarations and xml:lang they are read in). The model and the site renderers read nothing
 * else of a document: its text stays in the worker; registers kept in standOff come along, so
 * that corpus-wide registers can be made from them.
 */
export function headerOf(tree: XElement): PortableElement {
  const kept = tree.children.filter((c): c is XElement => c.type === 'element' && (c.local === 'teiHeader' || c.local === 'standOff'));
  return { ...portable({ ...tree, children: [] }), children: kept.map(portable) };
}

/** The tree again, with parent links. */
export function treeOf(p: PortableElement, parent: XElement | null = null): XElement {
  const el: XElement = { type: 'element', name: p.name, local: p.local, uri: p.uri, attributes: p.attributes, start: p.start, children: [], parent };
  el.children = p.children.map((c): XNode => (c.type === 'text' ? { type: 'text', value: c.value, start: c.start, parent: el } : treeOf(c, el)));
  return el;
}

/**
 * file.data as plain data. The DTS citation trees keep their declarations but not their units
 * (which hold elements of the whole tree): the site's collections read only the declarations.
 */
export function siteData(file: TeiFile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.data)) {
    if (key === 'dts:trees' && Array.isArray(value)) {
      out[key] = value.map((t: Record<string, unknown>) => ({ identifier: t['identifier'], description: t['description'], structure: t['structure'], units: [], depth: t['depth'] }));
      continue;
    }
    const plain = plainData(value);
    if (plain !== undefined) out[key] = plain;
  }
  return out;
}

/** A JSON value, or undefined for what is not one (trees, functions, class instances). */
function plainData(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(plainData);
    return items.includes(undefined) ? undefined : items;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('parent' in (value as object))) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = plainData(v);
      if (p === undefined) return undefined;
      out[k] = p;
    }
    return out;
  }
  return undefined;
}
