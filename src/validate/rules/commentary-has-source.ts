/**
 * Every commentary note names its sources: @source pointing to the list of sources (or to the
 * text itself), or a <bibl> inside the note. A note without one is a claim nobody can check.
 */
import type { Rule } from '../rule.js';
import { sourceIds } from '../../sources.js';
import { child, elements, type XElement } from '../../xml.js';

/** Note types that are the editors' commentary (the source's own notes need no source). */
const COMMENTARY = new Set(['commentary', 'editorial']);

export const commentaryHasSource: Rule = {
  id: 'commentary-has-source',
  description: 'every commentary note names its sources (@source or a bibl inside it)',
  kind: 'convention',
  severity: 'warning',
  check(tree, report) {
    const text = child(tree, 'text');
    if (!text) return;
    for (const el of elements(text)) {
      if (el.local !== 'note' || !COMMENTARY.has(el.attributes['type'] ?? '')) continue;
      if (sourceIds(el).length > 0 || (el.attributes['source'] ?? '').trim() !== '' || hasBibl(el)) continue;
      const id = el.attributes['xml:id'];
      report(
        `commentary note${id ? ` "${id}"` : ''} names no source`,
        el.start,
        'add source="#id" pointing to the entries of the list of sources (or to the text) the note rests on, or a <bibl> inside the note',
      );
    }
  },
};

function hasBibl(note: XElement): boolean {
  for (const el of elements(note)) if (el !== note && (el.local === 'bibl' || el.local === 'biblStruct')) return true;
  return false;
}
