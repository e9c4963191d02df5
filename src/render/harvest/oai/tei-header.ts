/**
 * A document's teiHeader as XML text, for the OAI-PMH "tei" format: serialised from the loaded
 * tree with fast-xml-parser's order-preserving XMLBuilder (mixed content stays in order), with
 * the namespace declarations of its ancestors copied onto it so that it stands alone.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { child, type XElement, type XNode } from '../../../xml.js';

type Ordered = Record<string, unknown>;

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true });

function ordered(node: XNode): Ordered {
  if (node.type === 'text') return { '#text': node.value };
  const attrs = Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [`@_${k}`, v]));
  return { [node.name]: node.children.map(ordered), ...(Object.keys(attrs).length ? { ':@': attrs } : {}) };
}

/** The teiHeader of a TEI tree, or null when it has none. */
export function teiHeaderXml(tree: XElement): string | null {
  const header = child(tree, 'teiHeader');
  if (!header) return null;
  const declarations: Record<string, string> = {};
  for (let el: XElement | null = header.parent; el; el = el.parent) {
    for (const [k, v] of Object.entries(el.attributes)) if ((k === 'xmlns' || k.startsWith('xmlns:')) && !(k in declarations)) declarations[k] = v;
  }
  const node = ordered(header);
  node[':@'] = { ...Object.fromEntries(Object.entries(declarations).map(([k, v]) => [`@_${k}`, v])), ...((node[':@'] as object | undefined) ?? {}) };
  return builder.build([node]) as string;
}
