/**
 * The citation trees of a document, from its refsDecl/citeStructure declarations, or the
 * fallback (fallback.ts) when it declares none.
 *
 * Each top-level citeStructure of a refsDecl is a tree of its own; the first is the default
 * tree (no identifier) and the others are named by their @unit. TEI lets sibling
 * citeStructures number their units independently (the memoir's paragraph 1, note 1 and line 1),
 * while DTS wants identifiers unique within a tree, and lines cut across paragraphs, which DTS
 * models as a parallel tree. Nested citeStructures are the levels of a tree: @match is evaluated
 * from each unit of the level above, and a unit's identifier is its parent's, then @delim, then
 * the value of @use.
 */
import type { TeiFile } from '../../file.js';
import { elements, TEI_NS, type XElement, type XNode } from '../../xml.js';
import { fallbackTree } from './fallback.js';
import type { Order } from './fragments.js';
import { flatten, type Branch } from './tree-shape.js';
import type { CitationTree, CiteType } from './types.js';
import { unservable } from './urls.js';
import type { XPathContext } from './xpath.js';

const DC_TERMS = ['http://purl.org/dc/terms/', 'http://purl.org/dc/elements/1.1/'];

export function citationTrees(file: TeiFile, order: Order, xpath: () => XPathContext): CitationTree[] {
  const tree = file.tree!;
  const declared = [...elements(tree)]
    .filter((e) => e.local === 'refsDecl' && e.uri === TEI_NS)
    .flatMap((r) => teiChildren(r, 'citeStructure'));
  if (declared.length === 0) return [fallbackTree(file)];
  const xp = xpath();
  const trees: CitationTree[] = [];
  const names = new Set<string>();
  for (const cs of declared) {
    const unit = cs.attributes['unit'] ?? 'unit';
    let identifier: string | null = null;
    if (trees.length > 0) {
      identifier = unit;
      for (let i = 2; names.has(identifier) || unservable(identifier); i++) identifier = `${unit}-${i}`;
      names.add(identifier);
    }
    let branches: Branch[];
    try {
      branches = collect(file, xp, cs, null, null, 1, order.index, new Set());
    } catch (err) {
      file.message(`the citation structure "${unit}" cannot be served by DTS: ${(err as Error).message}`, {
        place: cs.start,
        ruleId: 'dts-cite-structure',
        source: 'render',
        severity: 'warning',
        hint: 'check the XPath in @match and @use of this <citeStructure>',
      });
      continue;
    }
    const units = flatten(branches);
    trees.push({
      identifier,
      description: `TEI refsDecl/citeStructure[@unit='${unit}']`,
      structure: [declaredStructure(cs)],
      units,
      depth: units.reduce((d, u) => Math.max(d, u.level), 0),
    });
  }
  return trees.length > 0 ? trees : [fallbackTree(file)];
}

function collect(
  file: TeiFile,
  xp: XPathContext,
  cs: XElement,
  context: XElement | null,
  parent: Branch | null,
  level: number,
  order: Map<XNode, number>,
  seen: Set<string>,
): Branch[] {
  const match = cs.attributes['match'];
  const use = cs.attributes['use'];
  if (!match || !use) throw new Error('it has no @match or no @use');
  const citeType = cs.attributes['unit'] ?? 'unit';
  const delim = parent ? (cs.attributes['delim'] ?? '') : '';
  const out: Branch[] = [];
  const found = xp.units(match, use, context);
  const data = citeData(xp, cs, context, found.length);
  for (const [i, [node, raw]] of found.entries()) {
    const value = raw.trim();
    const ref = `${parent ? parent.unit.ref : ''}${delim}${value}`;
    const problem = unservable(ref);
    if (problem) {
      file.message(`this ${citeType} is left out of the DTS API: its reference "${ref}" cannot be a file name (${problem})`, {
        place: node.start,
        ruleId: 'dts-ref',
        source: 'render',
        severity: 'warning',
        hint: `give it a value in ${use} without "/"`,
      });
      continue;
    }
    if (seen.has(ref)) {
      // Two units with one identifier cannot be told apart: the first is kept.
      file.message(`this ${citeType} is left out of the DTS API: its reference "${ref}" is already used in its citation tree`, {
        place: node.start,
        ruleId: 'dts-ref',
        source: 'render',
        severity: 'warning',
        hint: 'references must be unique within a citation structure',
      });
      continue;
    }
    seen.add(ref);
    const branch: Branch = {
      unit: {
        ref,
        level,
        parent: parent ? parent.unit.ref : null,
        citeType,
        node,
        milestone: !node.children.some((c) => c.type === 'element' || c.value !== ''),
        dublinCore: data[i] ?? {},
        end: 0,
      },
      children: [],
    };
    for (const child of teiChildren(cs, 'citeStructure')) branch.children.push(...collect(file, xp, child, node, branch, level + 1, order, seen));
    // Units of several child citeStructures interleave in the document.
    branch.children.sort((a, b) => order.get(a.unit.node)! - order.get(b.unit.node)!);
    out.push(branch);
  }
  return out;
}

/** Dublin Core terms declared by citeData/@property, for each matched node, from @use. */
function citeData(xp: XPathContext, cs: XElement, context: XElement | null, count: number): Record<string, string[]>[] {
  const out: Record<string, string[]>[] = Array.from({ length: count }, () => ({}));
  for (const cd of teiChildren(cs, 'citeData')) {
    const property = cd.attributes['property'] ?? '';
    const ns = DC_TERMS.find((n) => property.startsWith(n));
    const use = cd.attributes['use'];
    if (!ns || !use) continue;
    xp.strings(cs.attributes['match']!, use, context).forEach((v, i) => {
      const value = v.trim();
      if (value && out[i]) (out[i]![property.slice(ns.length)] ??= []).push(value);
    });
  }
  return out;
}

function declaredStructure(cs: XElement): CiteType {
  return { citeType: cs.attributes['unit'] ?? 'unit', children: teiChildren(cs, 'citeStructure').map(declaredStructure) };
}

function teiChildren(el: XElement, local: string): XElement[] {
  return el.children.filter((c): c is XElement => c.type === 'element' && c.local === local && c.uri === TEI_NS);
}

