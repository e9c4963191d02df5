/**
 * The normalised text of a TEI element in either reading, computed here independently of
 * src/render/json/, following the rules edition.schema.json states, so the tests check them.
 */
import { elements, type XElement, type XNode } from '../../src/xml.js';

export type Reading = 'reading' | 'diplomatic';

const LINE = '\u0000';
const GLUE = '\u0001';
const PAIRS = [['sic', 'corr'], ['orig', 'reg'], ['abbr', 'expan']] as const;
/** Block-level elements nested in a block: word boundaries around them. */
const NESTED = new Set(['p', 'ab', 'l', 'lg', 'head', 'list', 'item', 'label', 'table', 'row', 'cell', 'sp', 'speaker', 'stage']);

/** A node's contribution to its parent's text, before normalisation. */
function nodeText(node: XNode, reading: Reading): string {
  if (node.type === 'text') return node.value;
  switch (node.local) {
    case 'note':
      return '';
    case 'lb':
      return reading === 'diplomatic' ? LINE : node.attributes['break'] === 'no' ? GLUE : ' ';
    case 'pb':
      return node.attributes['break'] === 'no' ? '' : ' ';
    case 'choice': {
      const kids = node.children.filter((k): k is XElement => k.type === 'element');
      const pair = PAIRS.find(([d, r]) => kids.some((k) => k.local === d) && kids.some((k) => k.local === r));
      if (!pair) return kids[0] ? nodeText(kids[0], reading) : '';
      const chosen = kids.find((k) => k.local === (reading === 'reading' ? pair[1] : pair[0]))!;
      return raw(chosen, reading);
    }
    default:
      return NESTED.has(node.local) ? ` ${raw(node, reading)} ` : raw(node, reading);
  }
}

function raw(el: XElement, reading: Reading): string {
  return el.children.map((c) => nodeText(c, reading)).join('');
}

export function normalise(s: string, reading: Reading): string {
  let out = s.replace(/[ \t\r\n]+/g, ' ');
  if (reading === 'diplomatic') out = out.replace(/[ \u0000]*\u0000[ \u0000]*/g, (m) => '\n'.repeat(m.split(LINE).length - 1));
  else out = out.replace(/ *\u0001[ \u0001]*/g, '');
  return out.replace(/^[ \n]+|[ \n]+$/g, '');
}

/** The element's own text in a reading, normalised. A <choice> gives the reading's alternative. */
export function textIn(el: XElement, reading: Reading): string {
  return normalise(el.local === 'note' ? raw(el, reading) : nodeText(el, reading), reading);
}

/** Every element of the tree by the place of its start tag, "line:column". */
export function byPlace(tree: XElement): Map<string, XElement> {
  const map = new Map<string, XElement>();
  for (const el of elements(tree)) map.set(`${el.start.line}:${el.start.column}`, el);
  return map;
}

/** A JavaScript string sliced in code points, as the schema tells developers to. */
export function slice(s: string, range: { start: number; end: number }): string {
  return Array.from(s).slice(range.start, range.end).join('');
}
