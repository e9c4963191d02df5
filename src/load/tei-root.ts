/** Checks that a well-formed document is TEI: root <TEI> in the TEI namespace. */
import type { TeiFile } from '../file.js';
import { TEI_NS } from '../xml.js';

export function checkTeiRoot(file: TeiFile): void {
  const root = file.tree;
  if (!root) return;
  if (root.local === 'TEI' && root.uri === TEI_NS) {
    file.isTei = true;
    return;
  }
  const found = root.uri ? `<${root.local}> in namespace ${root.uri}` : `<${root.local}> in no namespace`;
  file.message(`not a TEI document: the root element is ${found}`, {
    place: root.start,
    ruleId: 'tei-root',
    hint: `a TEI P5 document starts with <TEI xmlns="${TEI_NS}">`,
  });
}
