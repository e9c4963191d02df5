/**
 * Dictionaries in the JSON edition. An entry (entry, entryFree) is a block of type "entry"
 * (superEntry holds entries); inside it, the parts a reader scans for (headword, pronunciation,
 * grammar, definition, translation, usage, cross-reference) are "lexical" annotations with
 * their role, a word boundary around each. The entries are also a top-level list of structured
 * data: headwords, pronunciations, grammar, and the senses with their numbers, definitions,
 * translations (text and language) and nested senses.
 */
import { elements, type XElement } from '../../xml.js';
import type { Inline } from './inline.js';
import { kids, localIds, plain, texts } from './plain.js';
import type { Block } from './types.js';

export const ENTRY_BLOCKS = ['entry', 'entryFree'] as const;
export const ENTRY_CONTAINERS = ['superEntry'] as const;

const PARTS = ['form', 'orth', 'pron', 'hyph', 'gramGrp', 'pos', 'gen', 'number', 'case', 'per', 'tns', 'mood', 'iType',
  'subc', 'gram', 'sense', 'def', 'cit', 'usg', 're', 'xr', 'etym', 'lbl', 'oRef', 'pRef'];

const lexical = (el: XElement, block: Inline): void => {
  // cit outside a dictionary entry is a quotation, not a translation
  if (el.local === 'cit' && !ancestorEntry(el)) {
    block.walker.unhandledElement(el.local);
    block.span(el, 'element', { attributes: { ...el.attributes } });
    return;
  }
  block.whitespace();
  block.span(el, 'lexical', { role: el.local, subtype: el.attributes['type'] ?? null, lang: el.attributes['xml:lang'] ?? null });
  block.whitespace();
};

function ancestorEntry(el: XElement): boolean {
  for (let e = el.parent; e; e = e.parent) if (e.local === 'entry' || e.local === 'entryFree' || e.local === 're') return true;
  return false;
}

export const dictionaryHandlers: Record<string, (el: XElement, block: Inline) => void> = Object.fromEntries(PARTS.map((p) => [p, lexical]));

interface Sense {
  id: string | null;
  n: string | null;
  definitions: string[];
  translations: { text: string; lang: string | null }[];
  examples: string[];
  usages: { type: string | null; text: string }[];
  senses: Sense[];
}

export interface DictionaryEntry {
  id: string | null;
  block: string | null;
  element: string;
  n: string | null;
  superEntry: string | null;
  headwords: string[];
  pronunciations: string[];
  hyphenations: string[];
  grammar: { element: string; text: string }[];
  senses: Sense[];
  related: DictionaryEntry[];
  crossReferences: { type: string | null; text: string; targets: string[] }[];
}

const GRAMMAR = new Set(['pos', 'gen', 'number', 'case', 'per', 'tns', 'mood', 'iType', 'subc', 'gram']);

/** Descendants of `el` that are not inside a nested sense, re or entry (those are their own). */
function own(el: XElement): XElement[] {
  return [...elements(el, (e) => e === el || !['sense', 're', 'entry'].includes(e.local) || e.parent === el)].filter(
    (e) => e !== el && ownerOf(e, el),
  );
}
function ownerOf(e: XElement, el: XElement): boolean {
  for (let p = e.parent; p && p !== el; p = p.parent) if (['sense', 're', 'entry'].includes(p.local)) return false;
  return true;
}

function cits(parts: XElement[], type: string): XElement[] {
  return parts.filter((c) => c.local === 'cit' && (c.attributes['type'] ?? 'example') === type);
}

function sense(el: XElement): Sense {
  const parts = own(el);
  return {
    id: el.attributes['xml:id'] ?? null,
    n: el.attributes['n'] ?? null,
    definitions: parts.filter((p) => p.local === 'def').map((p) => plain(p)),
    translations: cits(parts, 'translation').map((c) => ({ text: texts(c, 'quote').join(' ') || plain(c), lang: langOf(c) })),
    examples: cits(parts, 'example').map((c) => plain(c)),
    usages: parts.filter((p) => p.local === 'usg').map((u) => ({ type: u.attributes['type'] ?? null, text: plain(u) })),
    senses: parts.filter((p) => p.local === 'sense').map(sense),
  };
}

function langOf(el: XElement): string | null {
  for (let e: XElement | null = el; e; e = e.parent) if (e.attributes['xml:lang'] !== undefined) return e.attributes['xml:lang']!;
  return null;
}

function entry(el: XElement, blockOf: (el: XElement) => string | null): DictionaryEntry {
  const parts = own(el);
  const forms = parts.filter((p) => p.local === 'form');
  const formParts = (name: string): string[] =>
    (forms.length > 0 ? forms.flatMap((f) => [...elements(f)]) : parts).filter((p) => p.local === name).map((p) => plain(p));
  return {
    id: el.attributes['xml:id'] ?? null,
    block: blockOf(el),
    element: el.local,
    n: el.attributes['n'] ?? null,
    superEntry: el.parent?.local === 'superEntry' ? (el.parent.attributes['xml:id'] ?? null) : null,
    headwords: formParts('orth'),
    pronunciations: formParts('pron'),
    hyphenations: formParts('hyph'),
    grammar: parts.filter((p) => GRAMMAR.has(p.local)).map((p) => ({ element: p.local, text: plain(p) })),
    senses: parts.filter((p) => p.local === 'sense').map(sense),
    related: [...elements(el)].filter((r) => r.local === 're' && ownerOf(r, el)).map((r) => entry(r, () => null)),
    crossReferences: parts.filter((p) => p.local === 'xr').map((x) => ({
      type: x.attributes['type'] ?? null,
      text: plain(x),
      targets: [...elements(x)].flatMap((r) => (r.local === 'ref' || r.local === 'ptr' ? localIds(r.attributes['target']) : [])),
    })),
  };
}

/** Every entry of the text, in order, each with the id of its block. */
export function dictionaryEntries(tree: XElement, blocks: readonly Block[]): DictionaryEntry[] {
  const at = new Map<string, string>();
  for (const b of blocks) if (b.element === 'entry' || b.element === 'entryFree') at.set(`${b.line}:${b.column}`, b.id);
  const blockOf = (el: XElement): string | null => at.get(`${el.start.line}:${el.start.column}`) ?? null;
  const text = kids(tree, 'text')[0];
  if (!text) return [];
  return [...elements(text)].filter((e) => (e.local === 'entry' || e.local === 'entryFree') && !ancestorEntry(e)).map((e) => entry(e, blockOf));
}
