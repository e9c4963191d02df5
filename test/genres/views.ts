/**
 * The words of a TEI <text> as each view should show them, for measuring what a rendering kept.
 *
 * The reading view has the editors' readings (corr, reg, expan, ex, supplied) and words broken
 * across lines joined without the source's hyphen; the diplomatic view has the source's (sic,
 * orig, abbr, am, del) and the broken words as written. Both have the base text of an app (its
 * lemma, else its first reading); the other readings are the apparatus's, and notes are the
 * notes section's: `apart` collects them, each a sequence of its own, in document order.
 */
import { elements, textOf, type XElement, type XNode } from '../../src/xml.js';

export type View = 'reading' | 'diplomatic';

const READING_ONLY = new Set(['corr', 'reg', 'expan', 'ex', 'supplied']);
/** Elements that separate words (everything else may stand inside a word). */
const BOUNDARIES = new Set(['p', 'ab', 'l', 'lg', 'head', 'div', 'div1', 'div2', 'div3', 'div4', 'item', 'list', 'label', 'sp',
  'speaker', 'stage', 'lb', 'pb', 'cb', 'cell', 'row', 'table', 'entry', 'entryFree', 'sense', 'form', 'gramGrp', 'pos', 'def',
  'cit', 'usg', 're', 'xr', 'orth', 'pron', 'hyph', 'msDesc', 'msIdentifier', 'settlement', 'repository', 'idno', 'msItem',
  'locus', 'fw', 'closer', 'opener', 'salute', 'signed', 'dateline', 'byline', 'trailer', 'castItem', 'listApp', 'space']);
/** A source and an editorial reading side by side without a choice (as in <w><orig/><reg/></w>): one per view. */
const PAIRS: Record<string, string> = { orig: 'reg', reg: 'orig', sic: 'corr', corr: 'sic', abbr: 'expan', expan: 'abbr' };
function implicitPair(n: XElement, view: View): boolean {
  const other = PAIRS[n.local];
  if (!other || n.parent?.local === 'choice') return false;
  if (!n.parent?.children.some((c) => c.type === 'element' && c.local === other)) return false;
  return view === 'reading' ? DIPLOMATIC_ONLY.has(n.local) : READING_ONLY.has(n.local);
}
const DIPLOMATIC_ONLY = new Set(['sic', 'orig', 'abbr', 'am', 'del']);

/** Words: runs of letters, marks and digits, lower-cased (punctuation and hyphens are not words). */
export function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
}

function baseOf(app: XElement): XElement | undefined {
  const kids = app.children.filter((c): c is XElement => c.type === 'element');
  return kids.find((k) => k.local === 'lem') ?? kids.flatMap((k) => (k.local === 'rdgGrp' ? k.children.filter((c): c is XElement => c.type === 'element') : [k])).find((k) => k.local === 'rdg');
}

/** A glyph without text stands for its charDecl entry's standard (or first) mapping. */
function glyphText(g: XElement, root: XElement): string {
  const id = (g.attributes['ref'] ?? '').replace(/^#/, '');
  for (const el of elements(root)) {
    if ((el.local === 'char' || el.local === 'glyph') && el.attributes['xml:id'] === id) {
      const maps = el.children.filter((c): c is XElement => c.type === 'element' && c.local === 'mapping');
      const m = maps.find((x) => x.attributes['type'] === 'standard') ?? maps[0];
      return m ? textOf(m) : '';
    }
  }
  return '';
}

export function viewWords(tei: XElement, view: View): { main: string[]; apart: string[][] } {
  const text = tei.children.find((c): c is XElement => c.type === 'element' && c.local === 'text');
  if (!text) return { main: [], apart: [] };
  const parts: string[] = [];
  const apart: string[][] = [];
  const walk = (nodes: readonly XNode[], out: string[]): void => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.type === 'text') {
        const next = nodes[i + 1];
        const joined = next?.type === 'element' && next.local === 'lb' && next.attributes['break'] === 'no';
        const prev = nodes[i - 1];
        let v = n.value;
        if (prev?.type === 'element' && prev.local === 'lb' && prev.attributes['break'] === 'no') v = v.replace(/^\s+/, '');
        if (joined) v = v.replace(/\s+$/, '');
        if (joined && view === 'reading') v = v.replace(/[-\u00AD\u00AC\u2E17\u2010=]$/u, '');
        if (joined && view === 'diplomatic') v += ' ';
        out.push(v);
        continue;
      }
      if (n.local === 'note') {
        const own: string[] = [];
        walk(n.children, own);
        apart.push(words(own.join('')));
        out.push(' ');
      } else if (n.local === 'app') {
        const base = baseOf(n);
        if (base) walk(base.children, out);
        // each reading of an rdgGrp is a sequence of its own
        const others = n.children.flatMap((c) => (c.type === 'element' && c.local === 'rdgGrp' ? c.children : [c]));
        walk(n.children.filter((c) => c.type === 'text' || !['lem', 'rdg', 'rdgGrp', 'note', 'witDetail', 'wit'].includes(c.local)), out);
        for (const c of others) {
          if (c.type !== 'element' || c === base) continue;
          const own: string[] = [];
          walk(c.local === 'note' ? [c] : c.children, own);
          if (c.local !== 'note') apart.push(words(own.join('')));
        }
      } else if ((view === 'reading' && DIPLOMATIC_ONLY.has(n.local)) || (view === 'diplomatic' && READING_ONLY.has(n.local))) {
        // the other view's
      } else if (n.local === 'lb' && n.attributes['break'] === 'no') {
        // joined above
      } else if (n.local === 'c' && n.attributes['type'] === 'space') {
        out.push(' ');
      } else if (!implicitPair(n, view)) {
        const inline = !BOUNDARIES.has(n.local);
        if (!inline) out.push(' ');
        if (n.local === 'g' && n.children.length === 0) out.push(glyphText(n, tei));
        walk(n.children, out);
        if (!inline) out.push(' ');
      }
    }
  };
  walk(text.children, parts);
  return { main: words(parts.join('')), apart };
}

/**
 * The share of `expected` words found in `actual` in the same order: a longest common
 * subsequence, so a word out of place counts as missing and an extra word in the output costs
 * nothing. Quadratic: for fixtures (a few hundred words), not for whole corpora.
 */
export function share(expected: readonly string[], actual: readonly string[]): { kept: number; total: number; missing: string[] } {
  const n = expected.length;
  const m = actual.length;
  // lengths of the LCS of expected[i..] and actual[j..], row by row from the end
  const rows: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      rows[i]![j] = expected[i] === actual[j] ? rows[i + 1]![j + 1]! + 1 : Math.max(rows[i + 1]![j]!, rows[i]![j + 1]!);
    }
  }
  const missing: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && expected[i] === actual[j]) { i++; j++; }
    else if (j < m && rows[i]![j + 1]! >= rows[i + 1]![j]!) j++;
    else { missing.push(expected[i]!); i++; }
  }
  return { kept: n - missing.length, total: n, missing };
}
