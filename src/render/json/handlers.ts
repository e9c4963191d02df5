/**
 * What each TEI element inside a block becomes in the JSON edition: one table keyed by element
 * name, and an explicit fallback that keeps the text and records the element by name.
 */
import type { XElement } from '../../xml.js';
import { prefixDefs, safeHref, type PrefixDef } from '../../model/urls.js';
import type { Inline } from './inline.js';
import { apparatusHandlers } from './apparatus.js';
import { dictionaryHandlers } from './dictionary.js';
import { msdescHandlers } from './msdesc.js';
import { transcriptionHandlers } from './transcription.js';
import { apart, example, EXAMPLES_NS } from './examples.js';

export type Handler = (el: XElement, block: Inline) => void;

/** Space-separated pointers: local ones (`#id`) as ids, the rest as they stand. */
export function pointers(value: string | undefined): { ids: string[]; uris: string[] } {
  const ids: string[] = [];
  const uris: string[] = [];
  for (const p of (value ?? '').split(/\s+/)) {
    if (!p) continue;
    if (p.startsWith('#')) ids.push(p.slice(1));
    else uris.push(p);
  }
  return { ids, uris };
}

const attr = (el: XElement, name: string): string | null => el.attributes[name] ?? null;

const mention: Handler = (el, block) => {
  const { ids, uris } = pointers(el.attributes['ref']);
  block.span(el, 'mention', { entries: ids, uris });
};

const DATE_ATTRIBUTES = ['when', 'notBefore', 'notAfter', 'from', 'to', 'dur'] as const;
const dated: Handler = (el, block) => {
  const values: Record<string, string> = {};
  for (const a of DATE_ATTRIBUTES) if (el.attributes[a] !== undefined) values[a] = el.attributes[a]!;
  const calendar = pointers(el.attributes['datingMethod']).ids[0];
  if (calendar !== undefined) values['datingMethod'] = calendar;
  block.span(el, 'date', values);
};

const speech: Handler = (el, block) => {
  block.span(el, 'speech', {
    speakers: pointers(el.attributes['who']).ids,
    prev: pointers(el.attributes['prev']).ids[0] ?? null,
    next: pointers(el.attributes['next']).ids[0] ?? null,
  });
};

const quotation: Handler = (el, block) => {
  block.span(el, 'quotation', { source: attr(el, 'source') });
};

/** Source readings and editorial readings of a <choice>, by kind. */
const CHOICES: [string, string, string][] = [
  ['sic', 'corr', 'correction'],
  ['orig', 'reg', 'regularisation'],
  ['abbr', 'expan', 'abbreviation'],
];

const choice: Handler = (el, block) => {
  const kids = el.children.filter((c): c is XElement => c.type === 'element');
  const pair = CHOICES.find(([d, r]) => kids.some((k) => k.local === d) && kids.some((k) => k.local === r));
  const walk = (): void => {
    if (!pair) {
      // An unknown kind of choice: its first alternative stands in both readings; a choice
      // without alternatives (not valid TEI, but well-formed) keeps its text.
      if (kids[0]) block.nodes([kids[0]]);
      else block.children(el);
      return;
    }
    for (const k of kids) {
      if (k.local === pair[0]) block.only('diplomatic', () => block.children(k));
      else if (k.local === pair[1]) block.only('reading', () => block.children(k));
    }
  };
  block.span(el, 'correction', { kind: pair?.[2] ?? 'other', readingText: null, diplomaticText: null }, walk, [
    'readingText',
    'diplomaticText',
  ]);
};

const ref: Handler = (el, block) => {
  const { ids } = pointers(el.attributes['target']);
  const target = ids[0] !== undefined ? block.walker.ids.get(ids[0]) : undefined;
  if (el.attributes['type'] === 'noteref' || target?.local === 'note') {
    block.span(el, 'note', { note: ids[0] ?? null });
  } else {
    // The target stays as data; href says whether a reader may follow it (src/model/urls.ts).
    const first = (el.attributes['target'] ?? '').split(/[ \t\n\r]+/).find((t) => t !== '');
    // A list that a browser would read as one forbidden URL (jav&#x09;ascript:…) is no link either.
    const defs = prefixesOf(el);
    const href = first === undefined || safeHref(el.attributes['target'], defs) === null ? null : safeHref(first, defs);
    block.span(el, 'link', { target: attr(el, 'target'), href });
  }
};

/** The prefixDefs of the document an element is in, read once per document. */
const prefixCache = new WeakMap<XElement, PrefixDef[]>();
function prefixesOf(el: XElement): PrefixDef[] {
  let root = el;
  while (root.parent) root = root.parent;
  let defs = prefixCache.get(root);
  if (!defs) prefixCache.set(root, (defs = prefixDefs(root)));
  return defs;
}

/** A note inside a block is not part of its text: it becomes a block, anchored where it stood. */
const note: Handler = (el, block) => {
  const id = block.walker.blockId(el);
  block.notes.push({ el, id });
  block.point(el, 'note', { note: id }, 'here');
};

const lb: Handler = (el, block) => {
  block.point(el, 'line', { n: attr(el, 'n') }, 'next');
  if (block.isOn('diplomatic')) block.diplomatic.lineBreak();
  if (block.isOn('reading')) {
    if (el.attributes['break'] === 'no') {
      // the source's hyphen before the break belongs to the diplomatic text (as in the HTML)
      if (hyphenBefore(el)) block.reading.dropHyphen();
      block.reading.glue();
    }
    else block.reading.whitespace();
  }
};

/** Does the text right before this line beginning end a word with a hyphen? */
function hyphenBefore(el: XElement): boolean {
  const siblings = el.parent?.children ?? [];
  const prev = siblings[siblings.indexOf(el) - 1];
  return prev?.type === 'text' && /[^ \t\r\n][-\u00AD\u00AC\u2E17\u2010=][ \t\r\n]*$/u.test(prev.value);
}

const pb: Handler = (el, block) => {
  block.walker.page = attr(el, 'n') ?? block.walker.page;
  // a page beginning is a word boundary, as a line beginning is, unless break="no"
  if (el.attributes['break'] !== 'no') block.whitespace();
  block.point(el, 'page', { n: attr(el, 'n') }, 'next');
};

const highlight: Handler = (el, block) => {
  block.span(el, 'highlight', { rend: attr(el, 'rend') });
};

const foreign: Handler = (el, block) => {
  block.span(el, 'foreign', { lang: attr(el, 'xml:lang') });
};

/** Block-level elements nested inside a block: their text stays, set off by word boundaries. */
const separated: Handler = (el, block) => {
  block.whitespace();
  block.children(el);
  block.whitespace();
};

export const handlers: Record<string, Handler> = {
  persName: mention,
  placeName: mention,
  orgName: mention,
  geogName: mention,
  name: mention,
  rs: mention,
  title: mention,
  bibl: mention,
  date: dated,
  time: dated,
  said: speech,
  q: (el, block) => (el.attributes['who'] !== undefined ? speech : quotation)(el, block),
  quote: quotation,
  choice,
  ref,
  ptr: ref,
  note,
  lb,
  pb,
  hi: highlight,
  emph: highlight,
  foreign,
  p: separated,
  ab: separated,
  l: separated,
  lg: separated,
  head: separated,
  list: separated,
  item: separated,
  label: separated,
  table: separated,
  row: separated,
  cell: separated,
  sp: separated,
  speaker: separated,
  stage: separated,
  ...apparatusHandlers,
  ...transcriptionHandlers,
  ...dictionaryHandlers,
  ...msdescHandlers,
  role: apart,
  roleDesc: apart,
  actor: apart,
  // elements of other namespaces are looked up as {namespace}name (inline.ts)
  [`{${EXAMPLES_NS}}egXML`]: example,
};

/** No handler: the text is kept, the element is annotated by name and counted as unhandled. */
export const fallback: Handler = (el, block) => {
  block.walker.unhandledElement(el.local);
  block.span(el, 'element', { attributes: { ...el.attributes } });
};
