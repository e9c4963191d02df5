/**
 * The TEI elements of a tree: elements in the TEI namespace, without descending into an element
 * of another namespace. The TEI examples (`egXML` in http://www.tei-c.org/ns/Examples), MathML
 * and SVG embedded in a TEI document are not TEI: their attributes mean what their own
 * vocabularies say (an example may show a broken pointer on purpose), so the TEI rules skip them.
 */
import { elements, TEI_NS, type XElement } from '../xml.js';

const isTei = (el: XElement): boolean => el.uri === TEI_NS;

export function* teiElements(root: XElement): Generator<XElement> {
  if (isTei(root)) yield* elements(root, isTei);
}
