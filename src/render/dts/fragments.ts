/**
 * The Document endpoint's passages: the TEI of one citable unit inside
 * `<dts:wrapper xmlns:dts="https://w3id.org/api/dts#">`, under a `<TEI>` root.
 *
 * The unit's ancestors are repeated around the wrapper as empty copies of their start tags
 * (TEI › text › body › div…), as in the DTS examples: they carry the namespace declarations
 * (and xml:lang) in scope, so the passage is well-formed and means what it meant in the document.
 *
 * A milestone unit (an empty element such as lb) is the stretch from it to the next milestone of
 * its citation structure in document order, or to the end of its <text> when it is the last. The
 * stretch may begin or end inside elements (a line that starts in the middle of a name): those
 * are cut at its edges, and their start and end tags repeated, so the wrapper holds exactly the
 * nodes between the two milestones, within their nearest common ancestor. An element that the
 * stretch only enters to hold whitespace before the next milestone is left out. Notes and other
 * elements that stand between the two milestones in the TEI belong to the line.
 */
import type { XElement, XNode } from '../../xml.js';
import { endTag, escapeText, serialize, startTag } from './serialize.js';
import type { CitationTree, Unit } from './types.js';

export const DTS_NS = 'https://w3id.org/api/dts#';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The document's nodes in document order, and where each subtree ends. */
export interface Order {
  index: Map<XNode, number>;
  last: Map<XNode, number>;
}

export function orderOf(root: XElement): Order {
  const index = new Map<XNode, number>();
  const last = new Map<XNode, number>();
  const visit = (node: XNode): void => {
    index.set(node, index.size);
    if (node.type === 'element') for (const c of node.children) visit(c);
    last.set(node, index.size - 1);
  };
  visit(root);
  return { index, last };
}

/** Where each milestone unit of a tree ends: the next milestone of the same structure, or null. */
export function milestoneEnds(tree: CitationTree, order: Order): Map<Unit, XElement | null> {
  const byKind = new Map<string, Unit[]>();
  for (const u of tree.units) if (u.milestone) (byKind.get(`${u.level} ${u.citeType}`) ?? byKind.set(`${u.level} ${u.citeType}`, []).get(`${u.level} ${u.citeType}`)!).push(u);
  const ends = new Map<Unit, XElement | null>();
  for (const list of byKind.values()) {
    list.sort((a, b) => order.index.get(a.node)! - order.index.get(b.node)!);
    list.forEach((u, i) => ends.set(u, list[i + 1]?.node ?? null));
  }
  return ends;
}

/** The range [start, end) of document positions that a unit covers, and the element around it. */
export function extent(unit: Unit, next: XElement | null | undefined, order: Order): { container: XElement; start: number; end: number } {
  const start = order.index.get(unit.node)!;
  if (!unit.milestone) return { container: unit.node.parent ?? unit.node, start, end: order.last.get(unit.node)! + 1 };
  if (next) return { container: commonAncestor(unit.node, next), start, end: order.index.get(next)! };
  let text: XElement | null = unit.node.parent;
  while (text && text.local !== 'text' && text.parent) text = text.parent;
  const container = text ?? unit.node;
  return { container, start, end: order.last.get(container)! + 1 };
}

export function fragment(unit: Unit, next: XElement | null | undefined, order: Order): string {
  const { container, start, end } = extent(unit, next, order);
  const inner = unit.milestone ? slice(container, start, end, order) : serialize(unit.node);
  let xml = `<dts:wrapper xmlns:dts="${DTS_NS}">${inner}</dts:wrapper>`;
  for (let el: XElement | null = container; el; el = el.parent) xml = `${startTag(el)}${xml}${endTag(el)}`;
  return `${XML_DECLARATION}${xml}\n`;
}

/** The children of `el` that fall in [start, end), elements cut at the edges. */
function slice(el: XElement, start: number, end: number, order: Order): string {
  let out = '';
  for (const c of el.children) {
    const first = order.index.get(c)!;
    const last = order.last.get(c)!;
    if (last < start || first >= end) continue;
    if (c.type === 'text' || (first >= start && last < end)) {
      out += c.type === 'text' ? escapeText(c.value) : serialize(c);
      continue;
    }
    const inner = slice(c, start, end, order);
    // Opened after the milestone only to hold the whitespace before the next one.
    if (first > start && inner.trim() === '') continue;
    out += `${startTag(c)}${inner}${endTag(c)}`;
  }
  return out;
}

function commonAncestor(a: XElement, b: XElement): XElement {
  const above = new Set<XElement>();
  for (let e: XElement | null = a; e; e = e.parent) above.add(e);
  for (let e: XElement | null = b; e; e = e.parent) if (above.has(e)) return e;
  return a;
}
