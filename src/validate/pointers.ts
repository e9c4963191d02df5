/** Which attributes point at other elements, and how to read them. Shared by several rules. */
import path from 'node:path';
import type { TeiFile } from '../file.js';
import { elements, type XElement } from '../xml.js';
import type { EditionIndex } from './edition-index.js';
import { teiElements } from './tei-elements.js';

/** Attributes whose values are space-separated URI references (TEI data.pointer lists). */
export const POINTER_ATTRIBUTES = ['ref', 'who', 'target', 'corresp', 'resp', 'source', 'next', 'prev', 'sameAs', 'wit'] as const;

/** The URI references of a pointer attribute's value. */
export function pointerTokens(value: string): string[] {
  return value.split(/\s+/).filter((t) => t !== '');
}

/** Local pointers (`#id`) in an attribute value, without the `#`. */
export function localTargets(value: string): string[] {
  return value
    .split(/\s+/)
    .filter((t) => t.startsWith('#'))
    .map((t) => t.slice(1));
}

/** xml:id → element, first occurrence wins. */
export function idIndex(tree: XElement): Map<string, XElement> {
  const ids = new Map<string, XElement>();
  for (const el of elements(tree)) {
    const id = el.attributes['xml:id'];
    if (id !== undefined && !ids.has(id)) ids.set(id, el);
  }
  return ids;
}

/** Every `file#id` the TEI pointers of the edition's files lead to (computed once per index). */
const targetsOf = new WeakMap<EditionIndex, Map<TeiFile, Set<string>>>();

export function pointedTo(edition: EditionIndex, file: TeiFile): Set<string> {
  let targets = targetsOf.get(edition);
  if (!targets) targetsOf.set(edition, (targets = pointerTargets(edition)));
  const here = targets.get(file) ?? new Set<string>();
  // Pointers from the files a worker of the build's pool did not parse (src/build/).
  const remote = edition.remote?.pointedTo.get(path.resolve(file.path));
  return remote ? new Set([...here, ...remote]) : here;
}

/** Each file of the edition that pointers of the parsed files lead into, with the ids they name. */
export function pointerTargets(edition: EditionIndex): Map<TeiFile, Set<string>> {
  const targets = new Map<TeiFile, Set<string>>();
  for (const source of edition.files) {
    if (!source.tree) continue;
    for (const el of teiElements(source.tree)) {
      for (const attr of POINTER_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value === undefined) continue;
        for (const token of pointerTokens(value)) {
          const p = edition.resolve(token, el, source);
          if (p.kind !== 'edition' || p.id === '') continue;
          let set = targets.get(p.file);
          if (!set) targets.set(p.file, (set = new Set()));
          set.add(p.id);
        }
      }
    }
  }
  return targets;
}
