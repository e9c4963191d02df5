/**
 * A register entry (person, place, org, work, event) that nothing in the edition points to is a
 * warning: pointers from every file built with it count (`register.xml#id`, xml:base).
 */
import { pointedTo } from '../pointers.js';
import type { Rule } from '../rule.js';
import { inSourceList } from '../../sources.js';
import { teiElements } from '../tei-elements.js';

const ENTRIES: Record<string, string> = {
  person: 'listPerson',
  place: 'listPlace',
  org: 'listOrg',
  bibl: 'listBibl',
  biblStruct: 'listBibl',
  event: 'listEvent',
};

export const unusedRegisterEntry: Rule = {
  id: 'unused-register-entry',
  description: 'every register entry is pointed to from somewhere in the edition',
  kind: 'convention',
  severity: 'warning',
  check(tree, report, file, edition) {
    const used = pointedTo(edition, file);
    for (const el of teiElements(tree)) {
      const list = ENTRIES[el.local];
      const id = el.attributes['xml:id'];
      if (!list || id === undefined || el.parent?.local !== list || used.has(id)) continue;
      // an entry of the list of sources is not a register entry: the notes cite it, nothing mentions it
      if (inSourceList(el)) continue;
      report(
        `register entry <${el.local} xml:id="${id}"> is never referred to`,
        el.start,
        `point to it with ref="#${id}" where the text mentions it, or remove the entry`,
      );
    }
  },
};
