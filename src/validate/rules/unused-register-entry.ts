/** A register entry (person, place, org, work, event) that nothing points to is a warning. */
import { POINTER_ATTRIBUTES, localTargets } from '../pointers.js';
import type { Rule } from '../rule.js';
import { inSourceList } from '../../sources.js';
import { elements } from '../../xml.js';

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
  description: 'every register entry is pointed to from somewhere in the document',
  severity: 'warning',
  check(tree, report) {
    const used = new Set<string>();
    for (const el of elements(tree)) {
      for (const attr of POINTER_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value !== undefined) for (const id of localTargets(value)) used.add(id);
      }
    }
    for (const el of elements(tree)) {
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
