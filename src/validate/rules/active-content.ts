/** No content that a browser runs when it opens the published TEI (src/model/active-content.ts). */
import { activeContent } from '../../model/active-content.js';
import type { Rule } from '../rule.js';

export const activeContentRule: Rule = {
  id: 'active-content',
  description: 'no XHTML or SVG element and no xml-stylesheet instruction: the published TEI must not run code',
  kind: 'safety',
  severity: 'error',
  check(tree, report, file) {
    for (const { what, place } of activeContent(file.text, tree)) {
      report(`${what} would run in the browser of anyone who opens the published TEI`, place, 'remove it: TEI describes a text; pictures and formulas go in <graphic url> or TEI elements');
    }
  },
};
