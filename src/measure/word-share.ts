/**
 * The word share: how many of the words of a TEI document's <text> an edition keeps, in order.
 *
 * Definitions (the README's "Every word kept, in order" says the same):
 * - A word is a run of letters, combining marks and digits (Unicode L, M, N), in NFC: punctuation
 *   and markup are not words, so "[word]" and "word</hi>" both hold the word "word".
 * - Two views, as the edition has them. The reading view shows the edited text: of a <choice>
 *   the correction, regularisation or expansion (corr, reg, expan), editorial additions
 *   (supplied), not the source's deletions (del). The diplomatic view shows the source: of a
 *   <choice> its sic, orig or abbr, deletions, not what the editors supplied, and every line
 *   beginning as a line (so lb break="no" divides a word there, and only there).
 * - The reference of each view is the text of <text> in that view, the header left out. Words
 *   are divided wherever the source has whitespace, and at the edges of the elements that are
 *   blocks or separate units in TEI (p, l, item, cell, speaker, stage…, and lb, pb, cb except
 *   break="no" in the reading view); every other element is inline, so "wor<hi>d</hi>" is one
 *   word. Notes are a stream of their own: both outputs move them out of the running text.
 * - The HTML of a view is the text of the reading page's text (article#text) and notes
 *   (section.notes) that a reader of that view sees: .dipl left out of the reading view, .rdg of
 *   the diplomatic; whatever is hidden from every reader (class vh, aria-hidden, hidden, script)
 *   left out but still a word boundary; marks in the margin and note markers (pb, pn, ln, vn,
 *   who, noteref) a word boundary too; an image's alternative text kept. The JSON of a view is
 *   its string of each block (reading, diplomatic); blocks of type note are the notes stream.
 * - Share = words of both references kept in order in their view (keptInOrder, the text and the
 *   notes each matched on its own), over the words of both references.
 */
import type { Edition } from '../render/json/types.js';
import { elements, TEI_NS, textOf, type XElement } from '../xml.js';
import { keptInOrder } from './in-order.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/**
 * A document's words in streams: the text, the notes, and the apparatus (the readings of an
 * app other than the one the text gives: its lem, else its first rdg).
 */
export interface Streams {
  text: string[];
  notes: string[];
  apparatus?: string[];
}

export interface Share {
  words: number;
  kept: number;
  share: number;
}

export function share(reference: Streams, output: Streams): Share {
  return sum([{ reference, output }]);
}

/** The share over several views, each a reference and what the output keeps of it. */
export function sum(views: { reference: Streams; output: Streams }[]): Share {
  let total = 0;
  let kept = 0;
  for (const { reference, output } of views) {
    const app = reference.apparatus ?? [];
    total += reference.text.length + reference.notes.length + app.length;
    kept += keptInOrder(reference.text, output.text) + keptInOrder(reference.notes, output.notes) + keptInOrder(app, output.apparatus ?? []);
  }
  return { words: total, kept, share: total === 0 ? 1 : kept / total };
}

export type View = 'reading' | 'diplomatic';

/** TEI elements whose edges are word boundaries. */
const TEI_BOUNDARIES = new Set([
  'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'floatingText',
  'p', 'ab', 'head', 'note', 'l', 'lg', 'space', 'list', 'item', 'label', 'table', 'row', 'cell', 'figure', 'figDesc', 'graphic',
  'sp', 'spGrp', 'speaker', 'stage', 'castList', 'castGroup', 'castItem', 'role', 'roleDesc', 'actor', 'set',
  'opener', 'closer', 'dateline', 'salute', 'signed', 'postscript', 'address', 'addrLine',
  'titlePage', 'docTitle', 'titlePart', 'byline', 'docAuthor', 'docImprint', 'docDate', 'docEdition', 'argument', 'epigraph',
  'trailer', 'lb', 'pb', 'cb', 'milestone', 'fw',
  'app', 'lem', 'rdg', 'rdgGrp', 'entry', 'entryFree', 'superEntry', 'sense', 'form', 'orth', 'pron', 'gramGrp', 'def', 'cit',
  'usg', 're', 'surface', 'zone',
]);
const EDITED = new Set(['corr', 'reg', 'expan', 'ex']);
const SOURCE = new Set(['sic', 'orig', 'abbr', 'am']);
/** The pairs that stand for each other side by side even outside a <choice> (as HvK_crit writes every word). */
const PARTNER: Record<string, string> = { sic: 'corr', corr: 'sic', orig: 'reg', reg: 'orig', abbr: 'expan', expan: 'abbr', am: 'ex', ex: 'am' };
const isTei = (el: XElement): boolean => el.uri === TEI_NS || el.uri === '';

/** The reference of a view: the words of <text>. `notes` orders the notes as the output lists them. */
export function teiStreams(tree: XElement, view: View, notes: 'document' | 'source-first'): Streams {
  const text: string[] = [];
  const found: { source: boolean; parts: string[] }[] = [];
  const shows = (el: XElement): boolean => {
    if (!isTei(el)) return true;
    if (el.local === 'del') return view === 'diplomatic';
    if (el.local === 'supplied' || el.local === 'ex') return view === 'reading';
    if (el.local === 'am') return view === 'diplomatic';
    const partner = PARTNER[el.local];
    const paired = partner !== undefined && el.parent !== null && el.parent.children.some((c) => c.type === 'element' && isTei(c) && c.local === partner);
    if (el.parent && isTei(el.parent) && (el.parent.local === 'choice' || paired)) {
      const alternatives = el.parent.children.filter((c): c is XElement => c.type === 'element');
      const mine = view === 'reading' ? EDITED : SOURCE;
      const theirs = view === 'reading' ? SOURCE : EDITED;
      if (alternatives.some((c) => mine.has(c.local))) return mine.has(el.local);
      return !theirs.has(el.local);
    }
    return true;
  };
  const readings: string[] = [];
  // an empty <g> is its charDecl mapping (as the outputs write it)
  const glyphs = new Map<string, string>();
  for (const e of elements(tree)) {
    if ((e.local === 'glyph' || e.local === 'char') && e.attributes['xml:id']) {
      const mapping = e.children.find((m): m is XElement => m.type === 'element' && m.local === 'mapping');
      if (mapping) glyphs.set(e.attributes['xml:id'], textOf(mapping));
    }
  }
  /** An app's reading the text gives: its lem, else its first rdg (in an rdgGrp too). */
  const baseOf = (app: XElement): XElement | undefined => {
    const all = [...appReadings(app)];
    return all.find((r) => r.local === 'lem') ?? all[0];
  };
  const walk = (el: XElement, out: string[]): void => {
    if (isTei(el) && el.local === 'app') {
      const base = baseOf(el);
      out.push(' ');
      if (base) walk(base, out);
      out.push(' ');
      for (const r of appReadings(el)) if (r !== base) walk(r, readings), readings.push(' ');
      return;
    }
    const milestone = el.local === 'lb' || el.local === 'pb' || el.local === 'cb';
    const boundary = !isTei(el) || (TEI_BOUNDARIES.has(el.local) && (el.attributes['break'] !== 'no' || (milestone && view === 'diplomatic')));
    if (boundary) out.push(' ');
    for (const [i, c] of el.children.entries()) {
      if (c.type === 'text') out.push(joined(c, el, i, view));
      else if (isTei(c) && c.local === 'g' && c.children.length === 0) out.push(glyphs.get((c.attributes['ref'] ?? '').replace(/^#/, '')) ?? '');
      else if (!shows(c)) continue;
      else if (isTei(c) && c.local === 'note') {
        const note = { source: c.attributes['type'] === 'source', parts: [] as string[] };
        found.push(note);
        walk(c, note.parts);
        out.push(' ');
      } else walk(c, out);
    }
    if (boundary) out.push(' ');
  };
  for (const c of tree.children) if (c.type === 'element' && c.local === 'text') walk(c, text);
  const ordered = notes === 'document' ? found : [...found.filter((n) => n.source), ...found.filter((n) => !n.source)];
  return { text: words(text.join('')), notes: words(ordered.map((n) => n.parts.join('') + ' ').join('')), apparatus: words(readings.join('')) };
}

/**
 * A text node beside a <lb break="no"/>: the word goes on across the break, so the whitespace
 * at the break is no boundary, and the reading view drops the source's hyphen before it.
 */
function joined(t: { value: string }, parent: XElement, i: number, view: View): string {
  const isBreak = (n: XElement['children'][number] | undefined): boolean => n?.type === 'element' && n.local === 'lb' && n.attributes['break'] === 'no';
  let v = t.value;
  if (isBreak(parent.children[i + 1])) {
    v = v.replace(/\s+$/, '');
    if (view === 'reading') v = v.replace(/[-\u00ad\u00ac\u2e17\u2010=]$/, '');
  }
  if (isBreak(parent.children[i - 1])) v = v.replace(/^\s+/, '');
  return v;
}

/** The readings of an app, in document order, through its rdgGrps. */
function* appReadings(app: XElement): Generator<XElement> {
  for (const c of app.children) {
    if (c.type !== 'element' || !isTei(c)) continue;
    if (c.local === 'lem' || c.local === 'rdg') yield c;
    else if (c.local === 'rdgGrp') yield* appReadings(c);
  }
}

/** The JSON edition's words in a view: each block's string of that view, note blocks apart. */
export function jsonStreams(ed: Edition, view: View): Streams {
  const text: string[] = [];
  const notes: string[] = [];
  for (const b of ed.blocks) (b.type === 'note' ? notes : text).push(...words(b[view]));
  const apparatus: string[] = [];
  for (const a of ed.annotations as { type: string; readings?: { text: string; diplomatic: string }[] }[]) {
    if (a.type === 'apparatus') for (const r of a.readings ?? []) apparatus.push(...words(view === 'reading' ? r.text : r.diplomatic));
  }
  return { text, notes, apparatus };
}

/** A node of an HTML tree, as parse5 builds it (the fields read here). */
export interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** HTML elements whose edges are word boundaries (block boxes, cells, line breaks). */
const HTML_BOUNDARIES = new Set([
  'p', 'div', 'section', 'article', 'nav', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre', 'figure', 'figcaption',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'tbody', 'thead', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'br', 'hr', 'img',
]);

/** Marks that stand apart from the words: in the margin (pages, numbers, speakers) or raised (note markers). */
const APART = new Set(['pb', 'pn', 'ln', 'vn', 'who', 'noteref']);

/** The reading page's words in a view: its text section (article#text) and its notes section (section.notes). */
export function htmlStreams(document: HtmlNode, view: View): Streams {
  const text = find(document, (n) => attr(n, 'id') === 'text');
  const notes = find(document, (n) => n.nodeName === 'section' && classesOf(n).includes('notes'));
  const apparatus = find(document, (n) => n.nodeName === 'section' && classesOf(n).includes('apparatus'));
  return {
    text: text ? words(visible(text, view)) : [],
    notes: notes ? words(visible(notes, view)) : [],
    apparatus: apparatus ? words(visible(apparatus, view)) : [],
  };
}

function attr(n: HtmlNode, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

function classesOf(n: HtmlNode): string[] {
  return (attr(n, 'class') ?? '').split(' ');
}

function find(n: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode | undefined {
  if (n.attrs && test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

function visible(root: HtmlNode, view: View): string {
  const out: string[] = [];
  const other = view === 'reading' ? 'dipl' : 'rdg';
  const walk = (n: HtmlNode): void => {
    if (n.nodeName === '#text') {
      out.push(n.value ?? '');
      return;
    }
    if (['script', 'style', 'template', 'noscript'].includes(n.nodeName)) return;
    if (n.attrs) {
      const classes = classesOf(n);
      if (classes.includes(other)) return;
      // the source's line breaks show in the diplomatic view only (edition.css)
      if (n.nodeName === 'br' && classes.includes('lb') && view === 'reading') return;
      // hidden from sight, but still a word boundary (its text is read aloud and copied)
      if (classes.includes('vh') || attr(n, 'aria-hidden') === 'true' || attr(n, 'hidden') !== undefined) {
        out.push(' ');
        return;
      }
    }
    const boundary = HTML_BOUNDARIES.has(n.nodeName) || (n.attrs !== undefined && classesOf(n).some((c) => APART.has(c)));
    if (boundary) out.push(' ');
    if (n.nodeName === 'img') out.push(attr(n, 'alt') ?? '');
    for (const c of n.childNodes ?? []) walk(c);
    if (boundary) out.push(' ');
  };
  walk(root);
  return out.join('');
}
