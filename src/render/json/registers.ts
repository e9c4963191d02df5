/**
 * The registers of persons, places, organisations and works (listPerson, listPlace, listOrg,
 * listBibl, wherever they stand: standOff, back or teiHeader), with authority identifiers as
 * URIs and, per entry, the blocks that mention it.
 */
import { isSourceList, sourceIds } from '../../sources.js';
import { elements, textOf, type XElement } from '../../xml.js';
import { authority } from '../../model/authorities.js';
import type { Annotation, Authority, EntryDate, RegisterEntry, RegisterKind } from './types.js';

const LISTS: Record<string, { kind: RegisterKind; type: RegisterEntry['type']; entries: string[]; names: string[] }> = {
  listPerson: { kind: 'persons', type: 'person', entries: ['person', 'personGrp'], names: ['persName', 'name'] },
  listPlace: { kind: 'places', type: 'place', entries: ['place'], names: ['placeName', 'geogName', 'name'] },
  listOrg: { kind: 'organisations', type: 'organisation', entries: ['org'], names: ['orgName', 'name'] },
  listBibl: { kind: 'works', type: 'work', entries: ['bibl', 'biblStruct'], names: ['title'] },
  listEvent: { kind: 'events', type: 'event', entries: ['event'], names: ['label', 'eventName'] },
};

export const normalise = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ').trim();

export function registers(tree: XElement): Record<RegisterKind, RegisterEntry[]> {
  const out: Record<RegisterKind, RegisterEntry[]> = { persons: [], places: [], organisations: [], works: [], events: [] };
  let generated = 0;
  for (const list of elements(tree)) {
    const spec = LISTS[list.local];
    // the editors' list of sources is not a register of works (see sources.ts)
    if (!spec || isSourceList(list)) continue;
    for (const el of list.children) {
      if (el.type !== 'element' || !spec.entries.includes(el.local)) continue;
      const id = el.attributes['xml:id'] ?? `${spec.type}-${++generated}`;
      out[spec.kind].push(entry(el, id, spec.type, spec.names));
    }
  }
  return out;
}

function entry(el: XElement, id: string, type: RegisterEntry['type'], nameElements: string[]): RegisterEntry {
  const kids = el.children.filter((c): c is XElement => c.type === 'element');
  const names = kids.filter((k) => nameElements.includes(k.local));
  const preferred = names.find((n) => n.attributes['type'] === 'preferred') ?? names[0];
  const notes = kids.filter((k) => k.local === 'note' || k.local === 'desc').map((k) => normalise(textOf(k)));
  return {
    id,
    type,
    subtype: el.attributes['type'] ?? null,
    name: normalise(preferred ? textOf(preferred) : ownText(el)),
    variants: [...new Set(names.filter((n) => n !== preferred).map((n) => normalise(textOf(n))))],
    description: notes.length > 0 ? notes.join(' ') : null,
    dates: kids.filter((k) => DATED.has(k.local)).map(entryDate),
    authorities: kids.filter((k) => k.local === 'idno').flatMap(authorities),
    coordinates: coordinates(el),
    occurrences: [],
    // the sources of the entry and of each of its facts, once each, in document order
    sources: [...new Set([el, ...kids].flatMap(sourceIds))],
  };
}

/** The entry's text without its notes and descriptions (a bibl without a title). */
function ownText(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (c.local !== 'note' && c.local !== 'desc' && c.local !== 'idno') out += ownText(c);
  }
  return out;
}

/** Dated children of an entry: a person's life, an organisation's founding and end (event). */
const DATED = new Set(['birth', 'death', 'floruit', 'event']);

function entryDate(el: XElement): EntryDate {
  const a = el.attributes;
  return { type: el.local === 'event' ? (a['type'] ?? 'event') : el.local, when: a['when'] ?? null, notBefore: a['notBefore'] ?? null, notAfter: a['notAfter'] ?? null, text: normalise(textOf(el)), sources: sourceIds(el) };
}

/** An idno as authority ids (src/model/authorities.ts), with the sources it was seen in. */
function authorities(el: XElement): Authority[] {
  const sources = sourceIds(el);
  return authority(el).map((a) => ({ ...a, sources }));
}

function coordinates(el: XElement): RegisterEntry['coordinates'] {
  for (const loc of el.children) {
    if (loc.type !== 'element' || loc.local !== 'location') continue;
    for (const geo of loc.children) {
      if (geo.type !== 'element' || geo.local !== 'geo') continue;
      const [lat, long] = textOf(geo).trim().split(/[\s,]+/).map(Number);
      if (Number.isFinite(lat) && Number.isFinite(long)) return { lat: lat!, long: long! };
    }
  }
  return null;
}

/** Fills each entry's occurrences: the blocks with a mention of it, in order, once each. */
export function addOccurrences(regs: Record<RegisterKind, RegisterEntry[]>, annotations: readonly Annotation[]): void {
  const byId = new Map<string, Set<string>>();
  for (const a of annotations) {
    if (a.type !== 'mention') continue;
    for (const id of a['entries'] as string[]) {
      let blocks = byId.get(id);
      if (!blocks) byId.set(id, (blocks = new Set()));
      blocks.add(a.block);
    }
  }
  for (const list of Object.values(regs)) for (const e of list) e.occurrences = [...(byId.get(e.id) ?? [])];
}
