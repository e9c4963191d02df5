/** The JSON objects that several endpoints share: citation trees, citable units, a resource. */
import type { CitationTree, CiteType, Unit } from './types.js';
import { ownTemplates } from './urls.js';

export const CONTEXT = 'https://dtsapi.org/context/v1.0.json';
export const DTS_VERSION = '1.0';

export function citationTreesJson(trees: readonly CitationTree[], withDescription = true): unknown[] {
  return trees.map((t) => ({
    '@type': 'CitationTree',
    ...(t.identifier !== null ? { identifier: t.identifier } : {}),
    ...(withDescription ? { description: t.description } : {}),
    citeStructure: t.structure.map(citeStructureJson),
  }));
}

function citeStructureJson(c: CiteType): unknown {
  return {
    '@type': 'CiteStructure',
    citeType: c.citeType,
    ...(c.children.length > 0 ? { citeStructure: c.children.map(citeStructureJson) } : {}),
  };
}

export function citableUnitJson(u: Unit): Record<string, unknown> {
  return {
    identifier: u.ref,
    '@type': 'CitableUnit',
    level: u.level,
    parent: u.parent,
    citeType: u.citeType,
    ...(Object.keys(u.dublinCore).length > 0 ? { dublinCore: u.dublinCore } : {}),
  };
}

/**
 * The Resource as every Navigation answer repeats it: what a client needs to go on. The trees'
 * descriptions are left to the Collection endpoint: tens of thousands of copies add up.
 */
export function shortResource(root: string, id: string, trees: readonly CitationTree[]): Record<string, unknown> {
  return { '@id': id, '@type': 'Resource', ...ownTemplates(root, id), citationTrees: citationTreesJson(trees, false) };
}
