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
        out.push(' ');
        if (base) walk(base.children, out);
        for (const c of n.children) {
          if (c.type !== 'element' || c === base) continue;
          const own: string[] = [];
          walk(c.local === 'note' ? [c] : c.children, own);
          if (c.local !== 'note') apart.push(words(own.join('')));
          else out.push(' ');
        }
        out.push(' ');
      } else if ((view === 'reading' && DIPLOMATIC_ONLY.has(n.local)) || (view === 'diplomatic' && READING_ONLY.has(n.local))) {
        // the other view's
      } else if (n.local === 'lb' && n.attributes['break'] === 'no') {
        // joined above
      } else {
        const inline = ['hi', 'choice', 'g', 'supplied', 'unclear', 'add', 'del', 'am', 'ex', 'abbr', 'expan', 'c', 'w', 'seg', 'subst', 'orig', 'reg', 'sic', 'corr'].includes(n.local);
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
 * The share of `expected` words found in `actual` in the same order: each word is looked for a
 * little ahead of the last one found (so a word out of place counts as missing, an extra word in
 * the output costs nothing).
 */
export function share(expected: readonly string[], actual: readonly string[], window = 60): { kept: number; total: number; missing: string[] } {
  let at = 0;
  let kept = 0;
  const missing: string[] = [];
  for (const w of expected) {
    let found = -1;
    for (let j = at; j < Math.min(actual.length, at + window); j++) if (actual[j] === w) { found = j; break; }
    if (found >= 0) { kept++; at = found + 1; } else missing.push(w);
  }
  return { kept, total: expected.length, missing };
}
