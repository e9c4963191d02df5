/**
 * XPath for TEI's citeStructure/@match and @use, evaluated by saxon-js (XPath 3.1, the language
 * the Guidelines specify for them) on its own parse of the document. The results are mapped back
 * to the load stage's tree, whose elements carry source positions for messages, by walking both
 * trees side by side once.
 */
import type { TeiFile } from '../../file.js';
import { TEI_NS, type XElement } from '../../xml.js';
import { saxonJs } from '../rendering.js';

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
  /**
   * For each item that `match` selects from `context`, the string value of the first item that
   * `use` selects from it, in one evaluation: `(match) ! string((use)[1])`. The simple map
   * operator gives `use` the item's position among the matches, so TEI's `use="position()"`
   * numbers them.
   */
  strings(match: string, use: string, context: XElement | null): string[];
  /** The elements `match` selects, in document order, each with the value of `use` as `strings` gives it; throws on an XPath error. */
  units(match: string, use: string, context: XElement | null): [XElement, string][];
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
    units(match, use, context) {
      // saxon-js compiles each expression it is given: one call per structure, not per unit.
      const expr = `(${quiet(match)}) ! (., string((${quiet(use)})[1]))`;
      const items = saxon.XPath.evaluate(expr, context ? theirs.get(context)! : doc, { ...options, resultForm: 'array' }) as unknown[];
      const out: [XElement, string][] = [];
      for (let i = 0; i + 1 < items.length; i += 2) {
        const node = items[i] as SNode;
        const el = node && node.nodeType === 1 ? ours.get(node) : undefined;
        if (el) out.push([el, String(items[i + 1])]);
      }
      return out;
    },
    strings(match, use, context) {
      const expr = `(${quiet(match)}) ! string((${quiet(use)})[1])`;
      return (saxon.XPath.evaluate(expr, context ? theirs.get(context)! : doc, { ...options, resultForm: 'array' }) as unknown[]).map(String);
    },
  };
}

/**
 * A relative path that starts with a name such as div (also an operator) makes saxon-js print a
 * warning on the console; "./div" means the same and is quiet.
 */
function quiet(xpath: string): string {
  const x = xpath.trim();
  return /^[\p{L}_]/u.test(x) && !/^[\p{L}_][\p{L}\p{N}_.-]*\s*\(/u.test(x) ? `./${x}` : x;
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
