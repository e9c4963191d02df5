/**
 * XPath for TEI's citeStructure/@match and @use, evaluated by saxon-js (XPath 3.1, the language
 * the Guidelines specify for them) on its own parse of the document. The results are mapped back
 * to the load stage's tree, whose elements carry source positions for messages, by walking both
 * trees side by side once.
 */
import type { TeiFile } from '../../file.js';
import { TEI_NS, type XElement } from '../../xml.js';
import { saxonJs } from '../html.js';

/** The part of saxon-js's DOM and XPath API used here (it ships no types). */
interface SNode {
  nodeType: number;
  childNodes: ArrayLike<SNode>;
}
interface SaxonXPath {
  getPlatform(): { parseXmlFromString(text: string): SNode };
  XPath: {
    evaluate(xpath: string, context: SNode, options: Record<string, unknown>): unknown;
  };
}

export interface XPathContext {
  /** The elements an expression selects, in document order; throws on an XPath error. */
  select(xpath: string, context: XElement | null): XElement[];
  /** The string value of the first item an expression selects ('' when none). */
  string(xpath: string, context: XElement): string;
}

export function xpathContext(file: TeiFile): XPathContext {
  const saxon = saxonJs() as unknown as SaxonXPath;
  const doc = saxon.getPlatform().parseXmlFromString(file.text);
  const ours = new Map<SNode, XElement>();
  const theirs = new Map<XElement, SNode>();
  const rootEl = elementChildren(doc)[0];
  if (rootEl && file.tree) pair(rootEl, file.tree, ours, theirs);
  // Unprefixed names in TEI's XPaths are TEI names (the Guidelines' convention).
  const options = { xpathDefaultNamespace: TEI_NS, namespaceContext: { tei: TEI_NS, xml: 'http://www.w3.org/XML/1998/namespace' } };
  return {
    select(xpath, context) {
      // A relative path that starts with a name such as div (also an operator) makes saxon-js
      // print a warning on the console; "./div" means the same and is quiet.
      const expr = /^[\p{L}_]/u.test(xpath.trim()) ? `./${xpath.trim()}` : xpath;
      const result = saxon.XPath.evaluate(expr, context ? theirs.get(context)! : doc, { ...options, resultForm: 'array' }) as SNode[];
      const out: XElement[] = [];
      for (const node of result) {
        const el = node && node.nodeType === 1 ? ours.get(node) : undefined;
        if (el) out.push(el);
      }
      return out;
    },
    string(xpath, context) {
      return String(saxon.XPath.evaluate(`string((${xpath})[1])`, theirs.get(context)!, options) ?? '');
    },
  };
}

function elementChildren(node: SNode): SNode[] {
  const out: SNode[] = [];
  for (let i = 0; i < node.childNodes.length; i++) if (node.childNodes[i]!.nodeType === 1) out.push(node.childNodes[i]!);
  return out;
}

/** Both parsers see the same elements in the same order: pair them by position. */
function pair(s: SNode, x: XElement, ours: Map<SNode, XElement>, theirs: Map<XElement, SNode>): void {
  const stack: [SNode, XElement][] = [[s, x]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    ours.set(a, b);
    theirs.set(b, a);
    const as = elementChildren(a);
    const bs = b.children.filter((c): c is XElement => c.type === 'element');
    for (let i = 0; i < Math.min(as.length, bs.length); i++) stack.push([as[i]!, bs[i]!]);
  }
}
