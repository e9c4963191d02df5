/** The citation trees of one document, as the DTS navigation and document endpoints serve them. */
import type { XElement } from '../../xml.js';

/** One level of a citation tree's declaration (DTS `CiteStructure`). */
export interface CiteType {
  citeType: string;
  children: CiteType[];
}

/** A citable unit: an element, or a milestone that runs to the next one of its kind. */
export interface Unit {
  ref: string;
  level: number;
  parent: string | null;
  citeType: string;
  /** The matched element (the milestone itself, for a milestone unit). */
  node: XElement;
  /** An empty element (lb, pb, milestone…): the unit is the text from it to the next. */
  milestone: boolean;
  /** Dublin Core terms from the TEI citeData, by term name. */
  dublinCore: Record<string, string[]>;
  /** Index after the last descendant in the tree's `units` (pre-order): descendants are contiguous. */
  end: number;
}

export interface CitationTree {
  /** null for the default (first) tree, which DTS forbids to name. */
  identifier: string | null;
  /** Where it comes from, for people (DTS `description`). */
  description: string;
  structure: CiteType[];
  /** Every unit in document order (pre-order, depth first). */
  units: Unit[];
  /** The deepest level that occurs (0 when the tree is empty). */
  depth: number;
}
