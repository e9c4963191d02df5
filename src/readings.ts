/**
 * A TEI text's two readings as plain strings: the diplomatic (the source's readings and line
 * breaks) and the reading text (corrections, regularisations, expansions). Editorial notes
 * belong to neither.
 */
import { child, type XElement, type XNode } from './xml.js';

/** Editorial additions: not part of the source's text. */
const EDITORIAL = new Set(['corr', 'reg', 'expan', 'supplied']);
/** Source readings: not part of the edited text when a choice offers another. */
const SOURCE_ONLY = new Set(['sic', 'orig', 'abbr']);

export type Reading = 'diplomatic' | 'reading';

function isCommentary(el: XElement): boolean {
  return el.local === 'note' && el.attributes['type'] !== 'source' && el.attributes['type'] !== undefined;
}

/** The text below `el` in one reading; line beginnings count as whitespace. */
export function readingOf(el: XElement, reading: Reading): string {
  let out = '';
  const walk = (node: XNode): void => {
    if (node.type === 'text') {
      out += node.value;
      return;
    }
    if (node.local === 'lb') {
      out += '\n';
      return;
    }
    if (isCommentary(node)) return;
    if (reading === 'diplomatic' && EDITORIAL.has(node.local) && node.parent?.local === 'choice') return;
    if (reading === 'reading' && SOURCE_ONLY.has(node.local) && node.parent?.local === 'choice') return;
    for (const c of node.children) walk(c);
  };
  for (const c of el.children) walk(c);
  return out;
}

export function textElement(tree: XElement): XElement {
  const text = child(tree, 'text');
  if (!text) throw new Error('no <text>');
  return text;
}

export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
