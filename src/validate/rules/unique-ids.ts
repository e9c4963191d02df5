/** xml:id values are unique in a document (TEI examples, egXML, and other vocabularies aside). */
import { attributePlace } from '../../locate.js';
import type { Rule } from '../rule.js';
import { teiElements } from '../tei-elements.js';
import type { XElement } from '../../xml.js';

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: 'every xml:id is unique within its document',
  kind: 'tei',
  severity: 'error',
  check(tree, report, file) {
    const first = new Map<string, XElement>();
    for (const el of teiElements(tree)) {
      const id = el.attributes['xml:id'];
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, el);
        continue;
      }
      report(
        `xml:id="${id}" is used twice: first on <${earlier.local}> at line ${earlier.start.line}, column ${earlier.start.column}`,
        attributePlace(file, el, 'xml:id') ?? el.start,
        'give this element an id of its own; pointers must name exactly one element',
      );
    }
  },
};
