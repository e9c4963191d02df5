/** XML from the load stage's tree: elements and attributes as written, text escaped. */
import type { XElement, XNode } from '../../xml.js';

export function serialize(node: XNode): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.children.length === 0) return `${startTag(node).slice(0, -1)}/>`;
  return `${startTag(node)}${node.children.map(serialize).join('')}${endTag(node)}`;
}

/** The start tag, with every attribute and namespace declaration the element was written with. */
export function startTag(el: XElement): string {
  const attrs = Object.entries(el.attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  return `<${el.name}${attrs.join('')}>`;
}

export function endTag(el: XElement): string {
  return `</${el.name}>`;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
