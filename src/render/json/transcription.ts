/**
 * Transcription marks in the JSON edition, as the HTML edition reads them: an addition is in
 * both strings; a deletion is the source's, in the diplomatic string only; an abbreviation
 * mark (am) is diplomatic only, an expansion (ex) and supplied text reading only; a gap and a
 * blank space are points (with reason and extent); unclear text keeps its reason (cert is on
 * every annotation); a glyph without text writes the standard mapping of its charDecl entry.
 */
import type { XElement } from '../../xml.js';
import type { Inline } from './inline.js';
import { kids, localIds, plain } from './plain.js';

type H = (el: XElement, block: Inline) => void;

/**
 * Walks `fn` in one view only. Where that view is already off, the words are another
 * alternative's when the element sits in one half of a pair (supplied letters inside an <orig>
 * whose <reg> has the reading: nothing is written, as the word share's reference says too);
 * elsewhere (a del inside supplied: editors' nonsense) its words must stay somewhere, so it is
 * walked in the views that are on.
 */
function inView(block: Inline, view: 'reading' | 'diplomatic', fn: () => void, el: XElement): void {
  if (block.isOn(view) || inPairedHalf(el)) block.only(view, fn);
  else fn();
}

/** Is the element (or one around it) one of two alternatives (PAIRS: in a choice, or beside its partner)? */
function inPairedHalf(el: XElement): boolean {
  for (let e: XElement | null = el; e; e = e.parent) {
    const pair = PAIRS.find((p) => p.includes(e!.local));
    if (!pair || !e.parent) continue;
    if (e.parent.local === 'choice' || kids(e.parent, pair[0] === e.local ? pair[1] : pair[0]).length > 0) return true;
  }
  return false;
}
const a = (el: XElement, name: string): string | null => el.attributes[name] ?? null;

const add: H = (el, block) => {
  block.span(el, 'addition', { place: a(el, 'place'), hand: a(el, 'hand') });
};

const del: H = (el, block) => {
  inView(block, 'diplomatic', () => block.span(el, 'deletion', { rend: a(el, 'rend'), hand: a(el, 'hand') }), el);
};

const only = (reading: 'reading' | 'diplomatic', type: 'supplied' | 'element'): H => (el, block) => {
  inView(block, reading, () => block.span(el, type, type === 'supplied' ? { reason: a(el, 'reason') } : { attributes: { ...el.attributes } }), el);
};

const extent = (el: XElement): Record<string, string | null> => ({
  reason: a(el, 'reason'),
  extent: a(el, 'extent'),
  quantity: a(el, 'quantity'),
  unit: a(el, 'unit'),
});

const gap: H = (el, block) => {
  block.point(el, 'gap', extent(el), 'here');
};

const space: H = (el, block) => {
  block.point(el, 'space', extent(el), 'here');
  block.whitespace();
};

const unclear: H = (el, block) => {
  block.span(el, 'unclear', { reason: a(el, 'reason') });
};

/** The charDecl entry of a glyph, found once per document through the walker's id index. */
const glyph: H = (el, block) => {
  const id = localIds(el.attributes['ref'])[0];
  const decl = id !== undefined ? block.walker.ids.get(id) : undefined;
  const mappings = kids(decl, 'mapping');
  const mapping = mappings.find((m) => m.attributes['type'] === 'standard' || m.attributes['type'] === 'normalized') ?? mappings[0];
  const name = decl ? plain(kids(decl, 'charName', 'glyphName')[0]) || kids(decl, 'localProp').find((p) => p.attributes['name'] === 'Name')?.attributes['value'] || null : null;
  block.span(el, 'glyph', { ref: a(el, 'ref'), name, mapping: mapping ? plain(mapping) : null }, () => {
    if (plain(el) !== '') block.children(el);
    else if (mapping) block.text(plain(mapping));
  });
};

/** A source and an editorial reading side by side without a choice (<w><orig/><reg/></w>): one per view. */
const PAIRS: [string, string][] = [['sic', 'corr'], ['orig', 'reg'], ['abbr', 'expan']];
const paired: H = (el, block) => {
  const pair = PAIRS.find((p) => p.includes(el.local))!;
  const other = pair[0] === el.local ? pair[1] : pair[0];
  const siblings = el.parent && el.parent.local !== 'choice' ? kids(el.parent, other) : [];
  if (siblings.length === 0) {
    // a lone reading: what the text has, in both views (as before)
    block.walker.unhandledElement(el.local);
    block.span(el, 'element', { attributes: { ...el.attributes } });
    return;
  }
  // where that view is off (an orig inside a corr), its partner has the words
  inView(block, pair[0] === el.local ? 'diplomatic' : 'reading', () => block.span(el, 'element', { attributes: { ...el.attributes } }), el);
};

export const transcriptionHandlers: Record<string, H> = {
  ...Object.fromEntries(PAIRS.flat().map((name) => [name, paired])),
  add,
  del,
  supplied: only('reading', 'supplied'),
  ex: only('reading', 'element'),
  am: only('diplomatic', 'element'),
  gap,
  space,
  unclear,
  g: glyph,
  // a substitution is its deletion and its addition, each annotated
  subst: (el, block) => block.children(el),
};
