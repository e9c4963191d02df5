/**
 * A static DTS 1.0 API (Distributed Text Services, Level 0) for every edition, under
 * `<base>dts/`: the entry point, the Collection, Navigation and Document endpoints as files
 * that any web server can serve. urls.ts has the URL scheme, trees.ts (and fallback.ts) the
 * citation trees, navigation.ts, fragments.ts and collections.ts the three endpoints.
 *
 * DTS clients expand absolute URI templates, so the API needs the edition's published base
 * URL; without one it is not built (and a warning says so), rather than built for an address
 * that would be wrong wherever dist/ is published.
 */
import type { TeiFile } from '../../file.js';
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import type { Output, Renderer, SiteRenderer } from '../output.js';
import { collectionOutputs, EDITION_ID, entryOutput, ROOT_ID } from './collections.js';
import { fragment, milestoneEnds, orderOf } from './fragments.js';
import { navigationOutputs } from './navigation.js';
import { citationTrees } from './trees.js';
import type { CitationTree } from './types.js';
import { documentFile, dtsRoot } from './urls.js';
import { xpathContext, type XPathContext } from './xpath.js';

const TREES_KEY = 'dts:trees';

/** The citation trees of a document, as the per-document renderer left them for the site. */
export function treesOf(file: TeiFile): CitationTree[] {
  return (file.data[TREES_KEY] as CitationTree[] | undefined) ?? [];
}

/** Navigation and Document endpoints of one document. */
export const renderDtsDocument: Renderer = (file, edition) => {
  if (!edition.baseUrl || !file.tree) return [];
  try {
    return documentOutputs(file, edition.baseUrl);
  } catch (err) {
    file.message(`the DTS rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-dts',
      source: 'render',
      hint: 'this is a bug in tei-edition, not in your document: please report it',
    });
    return [];
  }
};

function documentOutputs(file: TeiFile, baseUrl: string): Output[] {
  if (file.id === ROOT_ID || file.id === EDITION_ID) {
    file.message(`the document id "${file.id}" is the id of a DTS collection: the DTS API is built without this document`, {
      ruleId: 'dts-document-id',
      source: 'render',
      severity: 'warning',
      hint: 'rename the file',
    });
    return [];
  }
  const root = dtsRoot(baseUrl);
  const order = orderOf(file.tree!);
  let xp: XPathContext | undefined;
  let trees = citationTrees(file, order, () => (xp ??= xpathContext(file)));
  // "A Resource without a citation tree": citationTrees is an empty array, navigation answers [].
  const empty = trees.every((t) => t.units.length === 0);
  if (empty) trees = [];
  file.data[TREES_KEY] = trees;
  const outputs: Output[] = [...navigationOutputs(root, file.id, empty ? [emptyTree()] : trees, trees)];
  // The whole document, as published; `tree` without `ref` changes nothing (DTS 1.0).
  outputs.push({ path: documentFile(root, { resource: file.id }).path, content: file.text });
  for (const tree of trees) {
    if (tree.identifier !== null) outputs.push({ path: documentFile(root, { resource: file.id, tree: tree.identifier }).path, content: file.text });
    const ends = milestoneEnds(tree, order);
    for (const unit of tree.units) {
      outputs.push({
        path: documentFile(root, { resource: file.id, tree: tree.identifier, ref: unit.ref }).path,
        content: fragment(unit, ends.get(unit), order),
      });
    }
  }
  return outputs;
}

/** The entry point and the collections, once per build. */
export const renderDtsSite: SiteRenderer = (files, edition) => {
  // Without a base URL there is no API (its URI templates must be absolute): the build's one
  // citation-base-url warning says so.
  if (!edition.baseUrl) return [];
  const root = dtsRoot(edition.baseUrl);
  const served = edition.documents.filter((d) => d.id !== ROOT_ID && d.id !== EDITION_ID);
  const model: EditionModel = { ...edition, documents: served };
  return [entryOutput(root), ...collectionOutputs(root, model, (d: DocumentModel) => treesOf(d.file))];
};

function emptyTree(): CitationTree {
  return { identifier: null, description: '', structure: [], units: [], depth: 0 };
}

/**
 * The files of one document's API: Σ over its trees of (D+1) + n·(D+3) navigation answers
 * (D = max(depth, 2), n units), one passage per unit and one whole document per tree, and its
 * three Collection answers.
 */
export function fileCount(trees: readonly CitationTree[]): number {
  const t = trees.length > 0 ? trees : [emptyTree()];
  const navigation = t.reduce((sum, tree) => {
    const d = Math.max(tree.depth, 2);
    return sum + (d + 1) + tree.units.length * (d + 3);
  }, 0);
  const documents = Math.max(trees.length, 1) + trees.reduce((sum, tree) => sum + tree.units.length, 0);
  return navigation + documents + 3;
}
