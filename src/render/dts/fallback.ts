/**
 * The citation tree of a document that declares none (no refsDecl/citeStructure): the div and
 * p structure of its body. Divisions (div, div1–div7) nest; paragraphs (p, ab) are their
 * leaves. A unit's identifier is its position among the div and p children of its parent,
 * counted together so that no two units share one, joined with "." below the top level
 * ("3.12": the twelfth division or paragraph of the third). Its citeType is the division's
 * @type (else "div"), or "p"; a division's first <head> is its Dublin Core title. The front and
 * back matter are not part of it.
 */
import type { TeiFile } from '../../file.js';
import { elements, TEI_NS, textOf, type XElement } from '../../xml.js';
import { flatten, structureOf, type Branch } from './tree-shape.js';
import type { CitationTree } from './types.js';

export const FALLBACK_DESCRIPTION =
  'No citeStructure is declared: the div and p elements of the body, numbered by their position among the div and p children of their parent, joined by "."';

const DIV = /^div[1-7]?$/;
const PARA = /^(p|ab)$/;

export function fallbackTree(file: TeiFile): CitationTree {
  const body = [...elements(file.tree!)].find((e) => e.local === 'body' && e.uri === TEI_NS);
  const branches = body ? walk(body, null, 1) : [];
  const units = flatten(branches);
  return {
    identifier: null,
    description: FALLBACK_DESCRIPTION,
    structure: structureOf(branches),
    units,
    depth: units.reduce((d, u) => Math.max(d, u.level), 0),
  };
}

function walk(container: XElement, parent: string | null, level: number): Branch[] {
  const out: Branch[] = [];
  let position = 0;
  for (const c of container.children) {
    if (c.type !== 'element' || c.uri !== TEI_NS) continue;
    const div = DIV.test(c.local);
    if (!div && !PARA.test(c.local)) continue;
    position += 1;
    const ref = parent === null ? String(position) : `${parent}.${position}`;
    const branch: Branch = {
      unit: {
        ref,
        level,
        parent,
        citeType: div ? (c.attributes['type'] ?? 'div') : 'p',
        node: c,
        milestone: false,
        dublinCore: div ? titleOf(c) : {},
        end: 0,
      },
      children: [],
    };
    if (div) branch.children = walk(c, ref, level + 1);
    out.push(branch);
  }
  return out;
}

function titleOf(div: XElement): Record<string, string[]> {
  const head = div.children.find((c): c is XElement => c.type === 'element' && c.local === 'head' && c.uri === TEI_NS);
  const title = head ? textOf(head).replace(/\s+/g, ' ').trim() : '';
  return title ? { title: [title] } : {};
}
