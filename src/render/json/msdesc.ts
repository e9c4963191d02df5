/**
 * Manuscript descriptions (msDesc) as structured catalogue entries: the shelfmark and its
 * parts, the contents item by item, the physical description, the history with the ISO values
 * of its dates, and the additional information. Strings are the fields' words; what the TEI
 * gives as attributes (locus from/to, dimensions, dates) stays as values.
 */
import { elements, type XElement } from '../../xml.js';
import type { Inline } from './inline.js';
import { kids, num, plain, texts } from './plain.js';

interface DateValue { text: string; when: string | null; notBefore: string | null; notAfter: string | null; from: string | null; to: string | null }
interface Locus { text: string; from: string | null; to: string | null }
interface MsItem {
  n: string | null;
  loci: Locus[];
  authors: string[];
  titles: string[];
  incipit: string | null;
  explicit: string | null;
  rubric: string | null;
  colophon: string | null;
  text: string;
  items: MsItem[];
}
interface Dimensions { type: string | null; unit: string | null; height: number | null; width: number | null; depth: number | null; text: string }

export interface Manuscript {
  id: string | null;
  /** header (sourceDesc), witness (inside listWit) or text. */
  where: 'header' | 'witness' | 'text';
  shelfmark: string;
  identifier: {
    country: string | null; region: string | null; settlement: string | null; institution: string | null;
    repository: string | null; collection: string | null; idno: { type: string | null; value: string }[];
    alternatives: string[]; names: string[];
  };
  summary: string | null;
  items: MsItem[];
  physical: {
    form: string | null; material: string | null; fields: { element: string; text: string }[]; dimensions: Dimensions[];
  } | null;
  history: { origin: string | null; originPlaces: string[]; originDates: DateValue[]; provenance: string[]; acquisition: string[] } | null;
  additional: { element: string; text: string }[];
  parts: Manuscript[];
}

const first = (el: XElement | undefined, name: string): string | null => {
  const t = texts(el, name);
  return t.length > 0 ? t.join(', ') : null;
};

function date(el: XElement): DateValue {
  const a = (n: string): string | null => el.attributes[n] ?? null;
  return { text: plain(el), when: a('when'), notBefore: a('notBefore'), notAfter: a('notAfter'), from: a('from'), to: a('to') };
}

function item(el: XElement): MsItem {
  const q = (name: string): string | null => first(el, name);
  return {
    n: el.attributes['n'] ?? null,
    loci: kids(el, 'locus', 'locusGrp').map((l) => ({ text: plain(l), from: l.attributes['from'] ?? null, to: l.attributes['to'] ?? null })),
    authors: texts(el, 'author'),
    titles: texts(el, 'title'),
    incipit: q('incipit'),
    explicit: q('explicit'),
    rubric: q('rubric'),
    colophon: q('colophon'),
    text: plain(el, (k) => k.local === 'msItem'),
    items: kids(el, 'msItem', 'msItemStruct').map(item),
  };
}

/** Elements of physDesc that group fields rather than being one. */
const GROUPS = new Set(['objectDesc', 'supportDesc', 'layoutDesc', 'handDesc', 'decoDesc', 'bindingDesc', 'sealDesc', 'scriptDesc', 'typeDesc', 'musicNotation']);

function physical(el: XElement | undefined): Manuscript['physical'] {
  if (!el) return null;
  const objectDesc = kids(el, 'objectDesc')[0];
  const supportDesc = kids(objectDesc, 'supportDesc')[0];
  const fields: { element: string; text: string }[] = [];
  const walk = (parent: XElement): void => {
    for (const c of kids(parent)) {
      if (c.local === 'objectDesc' || c.local === 'supportDesc') walk(c);
      else {
        const text = plain(c);
        if (text) fields.push({ element: GROUPS.has(c.local) || !['p', 'ab'].includes(c.local) ? c.local : parent.local, text });
      }
    }
  };
  walk(el);
  const dimensions = [...elements(el)].filter((d) => d.local === 'dimensions').map((d) => {
    const v = (n: string): number | null => num(kids(d, n)[0] ? plain(kids(d, n)[0]) : undefined);
    return { type: d.attributes['type'] ?? null, unit: d.attributes['unit'] ?? null, height: v('height'), width: v('width'), depth: v('depth'), text: plain(d) };
  });
  return { form: objectDesc?.attributes['form'] ?? null, material: supportDesc?.attributes['material'] ?? null, fields, dimensions };
}

function history(el: XElement | undefined): Manuscript['history'] {
  if (!el) return null;
  const origin = kids(el, 'origin')[0];
  const inOrigin = origin ? [...elements(origin)] : [];
  return {
    origin: origin ? plain(origin) : null,
    originPlaces: inOrigin.filter((e) => e.local === 'origPlace').map((e) => plain(e)),
    originDates: inOrigin.filter((e) => e.local === 'origDate' || e.local === 'date').map(date),
    provenance: texts(el, 'provenance'),
    acquisition: texts(el, 'acquisition'),
  };
}

export function manuscript(el: XElement, where: Manuscript['where']): Manuscript {
  const id = kids(el, 'msIdentifier')[0];
  const one = (name: string): string | null => first(id, name);
  const contents = kids(el, 'msContents')[0];
  const parts = ['country', 'region', 'settlement', 'institution', 'repository', 'collection', 'idno'];
  const additional = kids(el, 'additional')[0];
  const fields: { element: string; text: string }[] = [];
  for (const c of kids(additional)) {
    if (c.local === 'adminInfo') for (const a of kids(c)) fields.push({ element: a.local, text: plain(a) });
    else fields.push({ element: c.local, text: plain(c) });
  }
  return {
    id: el.attributes['xml:id'] ?? null,
    where,
    shelfmark: kids(id, ...parts).map((k) => plain(k)).filter(Boolean).join(', '),
    identifier: {
      country: one('country'), region: one('region'), settlement: one('settlement'), institution: one('institution'),
      repository: one('repository'), collection: one('collection'),
      idno: kids(id, 'idno').map((i) => ({ type: i.attributes['type'] ?? null, value: plain(i) })),
      alternatives: texts(id, 'altIdentifier'),
      names: texts(id, 'msName'),
    },
    summary: first(contents, 'summary') ?? (contents && kids(contents, 'msItem', 'msItemStruct').length === 0 ? plain(contents) || null : null),
    items: kids(contents, 'msItem', 'msItemStruct').map(item),
    physical: physical(kids(el, 'physDesc')[0]),
    history: history(kids(el, 'history')[0]),
    additional: fields.filter((f) => f.text),
    parts: kids(el, 'msPart', 'msFrag').map((p) => manuscript(p, where)),
  };
}

/** Every msDesc of the document: the header's (outside witnesses), then those in the text. */
export function manuscripts(tree: XElement): Manuscript[] {
  const out: Manuscript[] = [];
  for (const top of kids(tree, 'teiHeader', 'text')) {
    const where = top.local === 'text' ? 'text' : 'header';
    // not into witnesses (apparatus.ts gives theirs), nor into an msDesc (its parts are its own)
    const enter = (e: XElement): boolean => e.local !== 'witness' && e.parent?.local !== 'msDesc';
    for (const e of elements(top, enter)) if (e.local === 'msDesc') out.push(manuscript(e, where));
  }
  return out;
}

/**
 * Inside the text an msDesc is a block (walk.ts); its parts are "manuscript" annotations with
 * their role, each a word boundary (msIdentifier's parts often stand without spaces between).
 */
const PARTS = ['msIdentifier', 'settlement', 'country', 'region', 'institution', 'repository', 'collection', 'idno',
  'altIdentifier', 'msName', 'msContents', 'summary', 'msItem', 'msItemStruct', 'locus', 'locusGrp', 'incipit', 'explicit',
  'rubric', 'finalRubric', 'colophon', 'textLang', 'physDesc', 'objectDesc', 'supportDesc', 'support', 'extent',
  'dimensions', 'height', 'width', 'depth', 'foliation', 'collation', 'condition', 'layoutDesc', 'layout', 'handDesc',
  'handNote', 'scriptDesc', 'decoDesc', 'decoNote', 'bindingDesc', 'binding', 'sealDesc', 'seal', 'additions', 'accMat',
  'history', 'origin', 'origPlace', 'origDate', 'provenance', 'acquisition', 'additional', 'adminInfo', 'recordHist',
  'source', 'availability', 'custodialHist', 'surrogates', 'msPart', 'msFrag'];

const part = (el: XElement, block: Inline): void => {
  block.whitespace();
  block.span(el, 'manuscript', { role: el.local });
  block.whitespace();
};

export const msdescHandlers: Record<string, (el: XElement, block: Inline) => void> = Object.fromEntries(PARTS.map((p) => [p, part]));
