/**
 * Registers across the corpus: one entry per entity, with every mention in every document.
 * Entries come from the register lists of every file (a shared register file, a document's own
 * standOff). Two entries are one entity when a pointer names the same element (`register.xml#id`
 * from one letter, `../register.xml#id` from another: resolved as the validation rules resolve
 * them, src/validate/edition-index.ts), or when they carry the same authority record (Wikidata,
 * GND, VIAF, GeoNames, any http(s) URI). A mention with no @ref but a @key is matched against
 * the entries' @n, then their xml:id: the convention of editions such as the Escher letters.
 */
import type { EditionModel } from '../../model/edition.js';
import type { TeiFile } from '../../file.js';
import { EditionIndex } from '../../validate/edition-index.js';
import { teiElements } from '../../validate/tei-elements.js';
import { registers } from '../json/registers.js';
import type { RegisterEntry, RegisterKind } from '../json/types.js';
import type { XElement } from '../../xml.js';
import { isRegisterFile } from './documents.js';

export interface Mention {
  doc: string;
  /** The closest element with an xml:id that the page has as an anchor ('' for the page). */
  anchor: string;
  /** The words around the mention. */
  context: string;
}

export interface CorpusEntry {
  /** The anchor of the entry on its register page. */
  id: string;
  kind: RegisterKind;
  name: string;
  variants: string[];
  description: string | null;
  authorities: { type: string; id: string; uri: string | null }[];
  /** Where the entry is recorded: file id and xml:id, the shared register file first. */
  records: { doc: string; id: string }[];
  mentions: Mention[];
}

export interface CorpusRegisters {
  entries: Record<RegisterKind, CorpusEntry[]>;
  /** Entries of the registers that no document mentions (not listed). */
  unmentioned: number;
}

/** Elements whose @ref (or @key) names a register entry. */
const MENTIONS = new Set(['persName', 'placeName', 'orgName', 'geogName', 'rs', 'name', 'title', 'term', 'eventName']);
const LISTS = new Set(['listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent']);

interface Node {
  key: string;
  file: TeiFile;
  entry: RegisterEntry;
  kind: RegisterKind;
  register: boolean;
}

/**
 * @param anchors the ids each document's reading page has (`id="…"`), so that a mention links to
 *   its paragraph when the page has one for it
 */
export function corpusRegisters(edition: EditionModel, anchors: (doc: string) => ReadonlySet<string>): CorpusRegisters {
  const files = edition.documents.map((d) => d.file);
  const index = new EditionIndex(files);
  const nodes = new Map<string, Node>();
  const byKey = new Map<string, string>();
  for (const doc of edition.documents) {
    const ids = index.ids(doc.file);
    const regs = registers(doc.file.tree!);
    for (const [kind, list] of Object.entries(regs) as [RegisterKind, RegisterEntry[]][]) {
      for (const entry of list) {
        if (!ids.has(entry.id)) continue; // an entry without xml:id cannot be pointed at
        const key = `${doc.id}#${entry.id}`;
        nodes.set(key, { key, file: doc.file, entry, kind, register: isRegisterFile(doc) });
        const n = ids.get(entry.id)!.attributes['n'];
        for (const k of [n, entry.id]) if (k && !byKey.has(`${kind}|${k}`)) byKey.set(`${kind}|${k}`, key);
      }
    }
  }
  const sets = new UnionFind();
  const byAuthority = new Map<string, string>();
  for (const node of nodes.values()) {
    for (const a of node.entry.authorities) {
      const id = `${node.kind}|${a.uri ?? `${a.type.toLowerCase()}:${a.id}`}`;
      const other = byAuthority.get(id);
      if (other) sets.union(other, node.key);
      else byAuthority.set(id, node.key);
    }
  }
  const mentions = new Map<string, Mention[]>();
  for (const doc of edition.documents) {
    if (isRegisterFile(doc)) continue;
    const ids = index.ids(doc.file);
    const pageIds = anchors(doc.id);
    for (const el of teiElements(doc.file.tree!)) {
      if (!MENTIONS.has(el.local) || inList(el)) continue;
      const targets = new Set<string>();
      for (const token of (el.attributes['ref'] ?? '').split(/\s+/).filter(Boolean)) {
        const p = index.resolve(token, el, doc.file);
        if (p.kind === 'edition' && p.id) {
          const target = edition.document(p.file.id);
          const key = target ? `${target.id}#${p.id}` : '';
          if (nodes.has(key)) targets.add(sets.find(key));
        }
      }
      if (targets.size === 0 && el.attributes['key'] && !el.attributes['ref']) {
        const kind = kindOf(el);
        const key = kind ? byKey.get(`${kind}|${el.attributes['key']}`) : undefined;
        if (key) targets.add(sets.find(key));
      }
      if (targets.size === 0) continue;
      const mention = { doc: doc.id, anchor: anchorOf(el, ids, pageIds), context: contextOf(el) };
      for (const t of targets) {
        let list = mentions.get(t);
        if (!list) mentions.set(t, (list = []));
        list.push(mention);
      }
    }
  }
  return collect(nodes, sets, mentions);
}

function collect(nodes: Map<string, Node>, sets: UnionFind, mentions: Map<string, Mention[]>): CorpusRegisters {
  const groups = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const root = sets.find(node.key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = []));
    g.push(node);
  }
  const entries: Record<RegisterKind, CorpusEntry[]> = { persons: [], places: [], organisations: [], works: [], events: [] };
  const used = new Set<string>();
  let unmentioned = 0;
  for (const [root, group] of groups) {
    const found = mentions.get(root) ?? [];
    if (found.length === 0) {
      unmentioned++;
      continue;
    }
    // the shared register's record speaks for the entity; then documents in id order
    group.sort((a, b) => Number(b.register) - Number(a.register) || a.key.localeCompare(b.key));
    const main = group[0]!;
    const authorities = new Map<string, CorpusEntry['authorities'][number]>();
    for (const n of group) for (const a of n.entry.authorities) authorities.set(a.uri ?? `${a.type}:${a.id}`, { type: a.type, id: a.id, uri: a.uri });
    const names = new Set(group.flatMap((n) => [n.entry.name, ...n.entry.variants]));
    names.delete(main.entry.name);
    let id = main.entry.id;
    if (used.has(id)) id = `${main.file.id}--${main.entry.id}`;
    used.add(id);
    entries[main.kind].push({
      id,
      kind: main.kind,
      name: main.entry.name || main.entry.id,
      variants: [...names].filter(Boolean),
      description: main.entry.description,
      authorities: [...authorities.values()],
      records: group.map((n) => ({ doc: n.file.id, id: n.entry.id })),
      mentions: found,
    });
  }
  for (const list of Object.values(entries)) list.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { entries, unmentioned };
}

function inList(el: XElement): boolean {
  for (let e: XElement | null = el.parent; e; e = e.parent) if (LISTS.has(e.local)) return true;
  return false;
}

function kindOf(el: XElement): RegisterKind | null {
  if (el.local === 'persName') return 'persons';
  if (el.local === 'placeName' || el.local === 'geogName') return 'places';
  if (el.local === 'orgName') return 'organisations';
  if (el.local === 'title') return 'works';
  return null;
}

/** The nearest element (itself or above) with an xml:id that the reading page carries. */
function anchorOf(el: XElement, ids: Map<string, XElement>, page: ReadonlySet<string>): string {
  for (let e: XElement | null = el; e; e = e.parent) {
    const id = e.attributes['xml:id'];
    if (id && ids.get(id) === e && page.has(id)) return id;
  }
  return '';
}

const BLOCKS = new Set(['p', 'l', 'ab', 'head', 'item', 'salute', 'dateline', 'signed', 'note', 'cell', 'correspAction', 'quote', 'closer', 'opener']);

/** Up to about 60 characters either side of the mention, from its block. */
function contextOf(el: XElement): string {
  const action = ancestor(el, 'correspAction');
  if (action) return `in the header: the letter's ${action.attributes['type'] ?? 'correspondence'} (correspAction)`;
  let block: XElement = el;
  while (block.parent && !BLOCKS.has(block.local)) block = block.parent;
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const whole = norm(readingText(block, block));
  const own = norm(readingText(el, el)).trim();
  const at = own ? whole.indexOf(own) : -1;
  if (at < 0) return whole.trim().slice(0, 120);
  const from = Math.max(0, whole.lastIndexOf(' ', Math.max(0, at - 60)));
  const to = whole.indexOf(' ', Math.min(whole.length, at + own.length + 60));
  const end = to < 0 ? whole.length : to;
  return `${from > 0 ? '… ' : ''}${whole.slice(from, end).trim()}${end < whole.length ? ' …' : ''}`;
}

/** Source readings that the reading text replaces by the editor's (choice). */
const SOURCE_READINGS = new Set(['abbr', 'orig', 'sic']);

/**
 * The text as a reader reads it: without notes inside the block, the editor's reading of a
 * choice, a space where a line break (not break="no") separates words.
 */
function readingText(el: XElement, block: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (c.local === 'lb' || c.local === 'pb' || c.local === 'cb') out += c.attributes['break'] === 'no' ? '' : ' ';
    else if ((c.local === 'note' && c !== block) || (SOURCE_READINGS.has(c.local) && c.parent?.local === 'choice')) continue;
    else out += readingText(c, block);
  }
  return out;
}

function ancestor(el: XElement, local: string): XElement | null {
  for (let e: XElement | null = el; e; e = e.parent) if (e.local === local) return e;
  return null;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    if (r !== x) this.parent.set(x, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the smaller key stays the root: the result never depends on the order of the files
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}
