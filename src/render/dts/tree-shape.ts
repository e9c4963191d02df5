/** Building a citation tree: units nested as found, then flattened in pre-order. */
import type { CiteType, Unit } from './types.js';

export interface Branch {
  unit: Unit;
  children: Branch[];
}

/** Pre-order, depth first (DTS's "document order"), each unit knowing where its descendants end. */
export function flatten(branches: Branch[]): Unit[] {
  const out: Unit[] = [];
  const visit = (b: Branch): void => {
    out.push(b.unit);
    for (const c of b.children) visit(c);
    b.unit.end = out.length;
  };
  for (const b of branches) visit(b);
  return out;
}

/** The declaration of a tree found by walking it: each type with the types found below it. */
export function structureOf(branches: Branch[]): CiteType[] {
  const types: string[] = [];
  const below = new Map<string, Branch[]>();
  for (const b of branches) {
    if (!below.has(b.unit.citeType)) {
      types.push(b.unit.citeType);
      below.set(b.unit.citeType, []);
    }
    below.get(b.unit.citeType)!.push(...b.children);
  }
  return types.map((t) => ({ citeType: t, children: structureOf(below.get(t)!) }));
}
