/**
 * The TEI elements of a tree: elements in the TEI namespace, without descending into an element
 * of another namespace. The TEI examples (`egXML` in http://www.tei-c.org/ns/Examples), MathML
 * and SVG embedded in a TEI document are not TEI: their attributes mean what their own
 * vocabularies say (an example may show a broken pointer on purpose), so the TEI rules skip them.
 */
import { TEI_NS, type XElement } from '../xml.js';

export function* teiElements(root: XElement): Generator<XElement> {
  if (root.uri !== TEI_NS) return;
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.type === 'element' && child.uri === TEI_NS) stack.push(child);
    }
  }
}
