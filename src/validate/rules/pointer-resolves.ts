/**
 * Every pointer into the edition (`#id` in @ref, @who, @target, @corresp, @resp, …, or
 * `register.xml#id` into another file built with it, resolved with xml:base) names an xml:id.
 * Pointers that leave the edition (web addresses, files not in the build) are left alone.
 *
 * A convention, not TEI: TEI asks a pointer to be a URI, not to lead somewhere, and editions
 * from elsewhere point on purpose into registers they publish apart (the Digital Mitford site
 * index, a correspondence's people file). For them a dangling pointer is a warning.
 */
import path from 'node:path';
import { attributePlace } from '../../locate.js';
import { POINTER_ATTRIBUTES, pointerTokens } from '../pointers.js';
import type { Rule } from '../rule.js';
import { teiElements } from '../tei-elements.js';

export const pointerResolves: Rule = {
  id: 'pointer-resolves',
  description: 'every pointer into the edition (#id, or file.xml#id into another of its files, after xml:base) names an xml:id',
  kind: 'convention',
  severity: 'error',
  check(tree, report, file, edition) {
    for (const el of teiElements(tree)) {
      for (const attr of POINTER_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value === undefined) continue;
        for (const token of pointerTokens(value)) {
          const p = edition.resolve(token, el, file);
          if (p.kind !== 'edition' || p.id === '') continue;
          const ids = edition.ids(p.file);
          if (ids.has(p.id)) continue;
          const place = attributePlace(file, el, attr) ?? el.start;
          if (p.file === file) {
            report(
              `@${attr}="${token}" on <${el.local}> points to no element: no xml:id="${p.id}"`,
              place,
              nearest(p.id, ids.keys()) ?? 'add the register entry (or build the register file with the document), or correct the pointer',
            );
          } else {
            const other = path.basename(p.file.path);
            report(
              `@${attr}="${token}" on <${el.local}> points to no element: no xml:id="${p.id}" in ${other}`,
              place,
              nearest(p.id, ids.keys(), other) ?? `add the entry to ${other}, or correct the pointer`,
            );
          }
        }
      }
    }
  },
};

/** "did you mean" for a near miss (edit distance ≤ 2). */
function nearest(id: string, candidates: Iterable<string>, file = ''): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best ? `did you mean ${file}#${best}?` : undefined;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
