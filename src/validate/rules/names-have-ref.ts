/** Every persName, placeName and orgName in the text points to its register entry with @ref. */
import type { Rule } from '../rule.js';
import { child, elements, TEI_NS, type XElement } from '../../xml.js';

const NAMES = new Set(['persName', 'placeName', 'orgName']);
/** Names inside a register entry are the entry's own names, not mentions. */
const REGISTERS = new Set(['listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent']);

export const namesHaveRef: Rule = {
  id: 'names-have-ref',
  description: 'every persName, placeName and orgName in <text> has @ref',
  kind: 'convention',
  severity: 'error',
  check(tree, report) {
    const text = child(tree, 'text');
    if (!text) return;
    for (const el of elements(text)) {
      if (el.uri !== TEI_NS || !NAMES.has(el.local) || inRegister(el)) continue;
      if (el.attributes['ref'] !== undefined || el.attributes['key'] !== undefined) continue;
      report(
        `<${el.local}> has no @ref: the name is not linked to a register entry`,
        el.start,
        `add ref="#id" pointing to the entry in the ${register(el.local)}`,
      );
    }
  },
};

function inRegister(el: XElement): boolean {
  for (let e = el.parent; e; e = e.parent) if (REGISTERS.has(e.local)) return true;
  return false;
}

function register(local: string): string {
  return local === 'persName' ? 'listPerson' : local === 'placeName' ? 'listPlace' : 'listOrg';
}
