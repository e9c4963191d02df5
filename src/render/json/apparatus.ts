/**
 * Critical apparatus in the JSON edition (parallel segmentation). The base text of an <app> (its
 * lemma, else its first reading, as the HTML edition shows it) is written into both strings and
 * annotated as "apparatus"; the lemma and every reading are kept as structure on that annotation
 * (text and witness ids), so the words of the other readings are not doubled in the text. The
 * witnesses of listWit (siglum, description, an msDesc they hold) are a top-level list.
 */
import type { XElement } from '../../xml.js';
import type { Inline } from './inline.js';
import { manuscript, type Manuscript } from './msdesc.js';
import { kids, localIds, plain } from './plain.js';

interface Reading {
  /** Its words in the reading view (kept as `text` too, the name it had first). */
  text: string;
  diplomatic: string;
  /** Ids of the note blocks of notes inside it. */
  notes: string[];
  witnesses: string[];
  type: string | null;
  group: string | null;
}

export interface Witness {
  id: string | null;
  siglum: string;
  description: string;
  manuscript: Manuscript | null;
}

/** The app's own readings, in rdgGrp too, not those of an app nested in them. */
function readings(app: XElement): XElement[] {
  const out: XElement[] = [];
  const walk = (el: XElement): void => {
    for (const c of kids(el)) {
      if (c.local === 'rdg') out.push(c);
      else if (c.local === 'rdgGrp') walk(c);
    }
  };
  walk(app);
  return out;
}

/** A reading's words in both views, walked apart from the block (see Inline.apart). */
function reading(el: XElement, block: Inline, inText: boolean): Reading {
  const parent = el.parent?.local === 'rdgGrp' ? el.parent : null;
  const words = block.apart(() => block.children(el), !inText);
  return {
    text: words.reading,
    diplomatic: words.diplomatic,
    notes: words.notes,
    witnesses: localIds(el.attributes['wit']),
    type: el.attributes['type'] ?? parent?.attributes['type'] ?? null,
    group: parent ? (parent.attributes['xml:id'] ?? parent.attributes['type'] ?? null) : null,
  };
}

/** What an app is made of; anything else in it is text of its own. */
const APP_PARTS = new Set(['lem', 'rdg', 'rdgGrp', 'note', 'witDetail', 'wit']);

const app = (el: XElement, block: Inline): void => {
  const lem = kids(el, 'lem')[0];
  const rdgs = readings(el);
  const base = lem ?? rdgs[0];
  let others: Reading[] = [];
  const annotation = block.span(
    el,
    'apparatus',
    {
      lemma: null,
      baseIsReading: !lem && base !== undefined,
      readings: [],
      witnessDetails: kids(el, 'witDetail').map((w) => ({ witnesses: localIds(w.attributes['wit']), type: w.attributes['type'] ?? null, text: plain(w) })),
    },
    () => {
      if (base) block.children(base);
      // what stands in the app besides its readings (not valid TEI, but well-formed) is kept too
      block.nodes(el.children.filter((c) => c.type === 'text' || !APP_PARTS.has(c.local)));
      // the other readings, in their own strings; their notes become note blocks, in document order
      others = rdgs.filter((r) => r !== base).map((r) => reading(r, block, false));
      // notes of the app become note blocks, anchored after the base text
      for (const n of kids(el, 'note')) block.nodes([n]);
    },
  );
  // the lemma's words are the block's already: walked again for its own strings, leaving no trace
  annotation['lemma'] = lem ? reading(lem, block, true) : null;
  annotation['readings'] = others;
};

export const apparatusHandlers: Record<string, (el: XElement, block: Inline) => void> = { app };

/** The witnesses of the header's listWit, in order (nested lists flattened). */
export function witnesses(tree: XElement): Witness[] {
  const out: Witness[] = [];
  const header = kids(tree, 'teiHeader')[0];
  const walk = (el: XElement): void => {
    for (const c of kids(el)) {
      if (c.local === 'witness') {
        const siglum = kids(c, 'abbr').find((a) => a.attributes['type'] === 'siglum');
        const ms = kids(c, 'msDesc')[0];
        out.push({
          id: c.attributes['xml:id'] ?? null,
          siglum: siglum ? plain(siglum) : (c.attributes['n'] ?? c.attributes['xml:id'] ?? ''),
          description: plain(c, (k) => k === siglum || k.local === 'msDesc' || k.local === 'listWit'),
          manuscript: ms ? manuscript(ms, 'witness') : null,
        });
        walk(c);
      } else walk(c);
    }
  };
  const sourceDesc = kids(kids(header, 'fileDesc')[0], 'sourceDesc')[0];
  if (sourceDesc) walk(sourceDesc);
  return out;
}
