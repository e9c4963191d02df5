/** Every local pointer (`#id` in @ref, @who, @target, @corresp, @resp, …) names an xml:id. */
import { attributePlace } from '../../locate.js';
import { POINTER_ATTRIBUTES, idIndex, localTargets } from '../pointers.js';
import type { Rule } from '../rule.js';
import { elements } from '../../xml.js';

export const pointerResolves: Rule = {
  id: 'pointer-resolves',
  description: 'every pointer of the form #id resolves to an xml:id in the document',
  severity: 'error',
  check(tree, report, file) {
    const ids = idIndex(tree);
    for (const el of elements(tree)) {
      for (const attr of POINTER_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value === undefined) continue;
        for (const id of localTargets(value)) {
          if (ids.has(id)) continue;
          report(
            `@${attr}="#${id}" on <${el.local}> points to no element: no xml:id="${id}"`,
            attributePlace(file, el, attr) ?? el.start,
            nearest(id, ids.keys()) ?? 'add the register entry, or correct the pointer',
          );
        }
      }
    }
  },
};

/** "did you mean" for a near miss (edit distance ≤ 2). */
function nearest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best ? `did you mean #${best}?` : undefined;
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
