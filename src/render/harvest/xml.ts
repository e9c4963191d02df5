/** XML for harvesters, written with fast-xml-parser's XMLBuilder: escaping is the library's. */
import { XMLBuilder } from 'fast-xml-parser';

/** An element as a plain object: `@_name` attributes, `#text` content, arrays for repeats. */
export type XmlNode = { [key: string]: XmlNode | XmlNode[] | string | string[] | number | undefined };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** A document with its XML declaration, UTF-8, ending in a newline. */
export function xmlDocument(root: XmlNode): string {
  const text = builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Drops undefined values and empty arrays, so optional parts simply vanish. */
export function compact<T extends XmlNode>(node: T): T {
  for (const [k, v] of Object.entries(node)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete node[k];
  return node;
}
