/**
 * The people and bodies responsible for a document and its edition, as citations need them: who
 * wrote the text, who edited it, who translated it, each with the authority ids of their register
 * entry. Read from titleStmt (author, editor, respStmt), the TEI's own record of responsibility.
 */
import { child, elements, textOf, type XElement } from '../xml.js';
import { authority } from './authorities.js';

export interface Creator {
  /** The name as the header writes it. */
  name: string;
  /** A person (persName, or an author/editor with no other name element), not a body or a team. */
  personal: boolean;
  /** Structured parts, when the TEI gives them (forename/surname). */
  given: string | null;
  family: string | null;
  /** The register entry it points to, if any. */
  ref: string | null;
  /** Authority URIs of that entry (Wikidata, VIAF, GND, ORCID, …), and an ORCID given on the name. */
  sameAs: string[];
  /** The responsibility as the header words it (respStmt/resp, @role). */
  role: string | null;
}

export interface Creators {
  authors: Creator[];
  editors: Creator[];
  /** Translators who are named. */
  translators: Creator[];
  /** The header says there was a translation but that its translator is not known. */
  translatorUnknown: boolean;
}

/** A responsibility that is a translation, in the languages headers are written in. */
export const TRANSLATION = /transl|vertal|übersetz|traduc|перев/i;
/** A name that says that nobody is known, not a name. */
const UNKNOWN = /^\s*(unknown|not known|not named|unnamed|anonymous|onbekend|unbekannt|inconnu|n\.\s?n\.)/i;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function creators(tree: XElement): Creators {
  const titleStmt = child(child(child(tree, 'teiHeader') ?? tree, 'fileDesc') ?? tree, 'titleStmt');
  const out: Creators = { authors: [], editors: [], translators: [], translatorUnknown: false };
  if (!titleStmt) return out;
  const registry = entries(tree);
  const add = (list: Creator[], el: XElement, role: string | null, translation: boolean): void => {
    const c = creator(el, role, registry);
    if (!c.name) return;
    if (translation && UNKNOWN.test(c.name)) out.translatorUnknown = true;
    else list.push(c);
  };
  for (const el of titleStmt.children) {
    if (el.type !== 'element') continue;
    const role = el.attributes['role'] ?? null;
    if (el.local === 'author') add(out.authors, el, role, false);
    else if (el.local === 'editor') {
      const translation = role !== null && TRANSLATION.test(role);
      add(translation ? out.translators : out.editors, el, role, translation);
    } else if (el.local === 'respStmt') {
      const resp = clean(el.children.filter((c): c is XElement => c.type === 'element' && c.local === 'resp').map(textOf).join('; '));
      const translation = TRANSLATION.test(resp);
      for (const n of el.children) {
        if (n.type === 'element' && n.local !== 'resp') add(translation ? out.translators : out.editors, n, resp || null, translation);
      }
    }
  }
  return out;
}

function creator(el: XElement, role: string | null, registry: Map<string, XElement>): Creator {
  const named = el.local === 'persName' || el.local === 'orgName' || el.local === 'name' ? el : firstNameChild(el);
  const personal = named ? named.local === 'persName' : el.local === 'author' || el.local === 'editor';
  const ref = [named?.attributes['ref'], el.attributes['ref']].find(Boolean)?.split(/\s+/).find((r) => r.startsWith('#'))?.slice(1) ?? null;
  const parts = named ?? el;
  const forename = [...elements(parts)].filter((e) => e.local === 'forename').map(textOf).map(clean).join(' ');
  const surname = [...elements(parts)].filter((e) => e.local === 'surname').map(textOf).map(clean).join(' ');
  const sameAs = new Set<string>();
  const entry = ref ? registry.get(ref) : undefined;
  for (const idno of [...(entry ? directIdnos(entry) : []), ...directIdnos(el)]) {
    for (const a of authority(idno)) if (a.uri) sameAs.add(a.uri);
  }
  return {
    name: clean(textOf(named ?? el)),
    personal,
    given: forename || null,
    family: surname || null,
    ref,
    sameAs: [...sameAs],
    role,
  };
}

function firstNameChild(el: XElement): XElement | undefined {
  return el.children.find((c): c is XElement => c.type === 'element' && ['persName', 'orgName', 'name'].includes(c.local));
}

function directIdnos(el: XElement): XElement[] {
  return el.children.filter((c): c is XElement => c.type === 'element' && c.local === 'idno');
}

/** Register entries (person, org) by xml:id, wherever the document keeps them. */
function entries(tree: XElement): Map<string, XElement> {
  const map = new Map<string, XElement>();
  for (const e of elements(tree)) {
    if ((e.local === 'person' || e.local === 'org' || e.local === 'personGrp') && e.attributes['xml:id']) map.set(e.attributes['xml:id'], e);
  }
  return map;
}
