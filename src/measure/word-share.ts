/**
 * The word share: how many of the words of a TEI document's <text> an edition keeps, in order.
 *
 * Definitions (the README's "Every word kept" says the same):
 * - A word is a run of letters, combining marks and digits (Unicode L, M, N), in NFC: punctuation
 *   and markup are not words, so "[word]" and "word</hi>" both hold the word "word".
 * - The reference is the text of <text>, the header left out. A boundary between two words stands
 *   wherever the source has whitespace, and at the edges of the elements that are blocks or
 *   separate units in TEI (p, l, item, cell, speaker, stage…, and lb, pb, cb except with
 *   break="no"); every other element is inline, so "wor<hi>d</hi>" is one word. In a <choice>
 *   the edited reading (corr, reg, expan) comes before the source's (sic, orig, abbr), as both
 *   outputs place them. Notes are a stream of their own: both outputs move them out of the text.
 * - The output keeps what a reader can see in the reading view, plus what the diplomatic view
 *   adds (the source's readings that the reading text replaces): in the HTML, every text of the
 *   reading page's text and notes sections except what is hidden from everyone (class vh,
 *   aria-hidden, hidden, script; each stands as a word boundary), with an image's alternative
 *   text; in the JSON, each block's
 *   reading and diplomatic strings merged in order.
 * - Share = words of the reference kept in order in the output (keptInOrder), text and notes
 *   each matched on its own, over the words of the reference.
 */
import type { Edition } from '../render/json/types.js';
import { TEI_NS, type XElement } from '../xml.js';
import { keptInOrder } from './in-order.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** A document's words in two streams: the text, and the notes. */
export interface Streams {
  text: string[];
  notes: string[];
}

export interface Share {
  words: number;
  kept: number;
  share: number;
}

export function share(reference: Streams, output: Streams): Share {
  const total = reference.text.length + reference.notes.length;
  const kept = keptInOrder(reference.text, output.text) + keptInOrder(reference.notes, output.notes);
  return { words: total, kept, share: total === 0 ? 1 : kept / total };
}

/** TEI elements whose edges are word boundaries. */
const TEI_BOUNDARIES = new Set([
  'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'floatingText',
  'p', 'ab', 'head', 'note', 'l', 'lg', 'list', 'item', 'label', 'table', 'row', 'cell', 'figure', 'figDesc', 'graphic',
  'sp', 'spGrp', 'speaker', 'stage', 'castList', 'castGroup', 'castItem', 'role', 'roleDesc', 'actor', 'set',
  'opener', 'closer', 'dateline', 'salute', 'signed', 'postscript', 'address', 'addrLine',
  'titlePage', 'docTitle', 'titlePart', 'byline', 'docAuthor', 'docImprint', 'docDate', 'docEdition', 'argument', 'epigraph',
  'trailer', 'lb', 'pb', 'cb', 'milestone', 'fw',
  'app', 'lem', 'rdg', 'rdgGrp', 'entry', 'entryFree', 'superEntry', 'sense', 'form', 'orth', 'pron', 'gramGrp', 'def', 'cit',
  'usg', 're', 'surface', 'zone',
]);
const EDITED = new Set(['corr', 'reg', 'expan']);

/** The reference: the words of <text>. `notes` orders the notes as the output lists them. */
export function teiStreams(tree: XElement, notes: 'document' | 'source-first'): Streams {
  const text: string[] = [];
  const found: { source: boolean; parts: string[] }[] = [];
  const walk = (el: XElement, out: string[]): void => {
    const tei = el.uri === TEI_NS || el.uri === '';
    const boundary = !tei || (TEI_BOUNDARIES.has(el.local) && el.attributes['break'] !== 'no');
    if (boundary) out.push(' ');
    let kids = el.children;
    if (tei && el.local === 'choice') {
      kids = [...kids].sort((x, y) => rank(x) - rank(y));
    }
    for (const c of kids) {
      if (c.type === 'text') out.push(c.value);
      else if ((c.uri === TEI_NS || c.uri === '') && c.local === 'note') {
        const note = { source: c.attributes['type'] === 'source', parts: [] as string[] };
        found.push(note);
        walk(c, note.parts);
      } else walk(c, out);
    }
    if (boundary) out.push(' ');
  };
  const rank = (n: XElement['children'][number]): number => (n.type === 'element' && EDITED.has(n.local) ? 0 : 1);
  for (const c of tree.children) if (c.type === 'element' && c.local === 'text') walk(c, text);
  const ordered = notes === 'document' ? found : [...found.filter((n) => n.source), ...found.filter((n) => !n.source)];
  return { text: words(text.join('')), notes: words(ordered.map((n) => n.parts.join('') + ' ').join('')) };
}

/** The JSON edition's words: each block's two strings merged, note blocks apart. */
export function jsonStreams(ed: Edition): Streams {
  const text: string[] = [];
  const notes: string[] = [];
  for (const b of ed.blocks) {
    const merged = mergeReadings(words(b.reading), words(b.diplomatic));
    (b.type === 'note' ? notes : text).push(...merged);
  }
  return { text, notes };
}

/**
 * The two readings of a block as one sequence: the words they share once, where they differ the
 * reading's words and then the source's (a shortest common supersequence along their LCS).
 */
export function mergeReadings(reading: string[], diplomatic: string[]): string[] {
  if (reading.join(' ') === diplomatic.join(' ')) return reading;
  const n = reading.length;
  const m = diplomatic.length;
  if (n * m > 4_000_000) return [...reading, ...diplomatic];
  const L: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      L[i]![j] = reading[i] === diplomatic[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  const onlyReading: string[] = [];
  const onlyDiplomatic: string[] = [];
  const flush = (): void => {
    out.push(...onlyReading.splice(0), ...onlyDiplomatic.splice(0));
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && reading[i] === diplomatic[j]) {
      flush();
      out.push(reading[i]!);
      i++;
      j++;
    } else if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) onlyReading.push(reading[i++]!);
    else onlyDiplomatic.push(diplomatic[j++]!);
  }
  flush();
  return out;
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

/** The reading page's words: its text section (article#text) and its notes section (section.notes). */
export function htmlStreams(document: HtmlNode): Streams {
  const text = find(document, (n) => attr(n, 'id') === 'text');
  const notes = find(document, (n) => n.nodeName === 'section' && (attr(n, 'class') ?? '').split(' ').includes('notes'));
  return { text: text ? words(visible(text)) : [], notes: notes ? words(visible(notes)) : [] };
}

function attr(n: HtmlNode, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

function find(n: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode | undefined {
  if (n.attrs && test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

function visible(root: HtmlNode): string {
  const out: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (n.nodeName === '#text') {
      out.push(n.value ?? '');
      return;
    }
    if (['script', 'style', 'template', 'noscript'].includes(n.nodeName)) return;
    if (n.attrs) {
      const classes = (attr(n, 'class') ?? '').split(' ');
      // hidden from sight, but still a word boundary (its text is read aloud and copied)
      if (classes.includes('vh') || attr(n, 'aria-hidden') === 'true' || attr(n, 'hidden') !== undefined) {
        out.push(' ');
        return;
      }
    }
    const boundary = HTML_BOUNDARIES.has(n.nodeName);
    if (boundary) out.push(' ');
    if (n.nodeName === 'img') out.push(attr(n, 'alt') ?? '');
    for (const c of n.childNodes ?? []) walk(c);
    if (boundary) out.push(' ');
  };
  walk(root);
  return out.join('');
}
