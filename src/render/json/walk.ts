/**
 * Cuts a TEI <text> into blocks. Containers (div, lg, list…) are walked through; block elements
 * (p, head, l, note…) become blocks; text standing loose in a container becomes a block of type
 * "other", so that nothing is dropped. Inside a block, inline.ts and the handler table take over.
 */
import { sourceIds } from '../../sources.js';
import { TEI_NS, type XElement, type XNode } from '../../xml.js';
import { ENTRY_BLOCKS, ENTRY_CONTAINERS } from './dictionary.js';
import { Inline } from './inline.js';
import type { Annotation, Block, BlockType } from './types.js';

/** Elements that are blocks when they stand in a container. */
const BLOCKS = new Set([
  'p', 'ab', 'head', 'note', 'l', 'item', 'trailer', 'byline', 'dateline', 'salute', 'signed', 'speaker', 'stage',
  'cell', 'titlePart', 'docImprint', 'docDate', 'docAuthor', 'docEdition', 'label', 'bibl', 'castItem', 'closer', 'opener',
]);

/** Elements that hold blocks. */
const CONTAINERS = new Set([
  'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'lg', 'list',
  'listBibl', 'table', 'row', 'sp', 'floatingText', 'titlePage', 'docTitle', 'epigraph', 'argument', 'castList',
  'castGroup', 'figure', 'postscript', 'spGrp',
]);

const TYPES: Record<string, BlockType> = { ab: 'paragraph', head: 'head', note: 'note', l: 'verse', item: 'item' };

// Genres, part B: a dictionary entry and a manuscript description in the text are blocks.
for (const name of [...ENTRY_BLOCKS, 'msDesc']) BLOCKS.add(name);
for (const name of ENTRY_CONTAINERS) CONTAINERS.add(name);
for (const name of ENTRY_BLOCKS) TYPES[name] = 'entry';

type Part = Block['part'];

export class Walker {
  readonly blocks: Block[] = [];
  readonly annotations: Annotation[] = [];
  /** Page of the last <pb/> met. */
  page: string | null = null;
  private readonly unhandled = new Map<string, number>();
  private readonly used = new Set<string>();
  private readonly counters = { block: 0, annotation: 0 };
  /** Page beginnings met between blocks: they are annotated at the start of the next block. */
  private pending: XElement[] = [];

  constructor(
    /** xml:id → element, for resolving pointers and keeping generated ids unique. */
    readonly ids: Map<string, XElement>,
    private readonly lang: string | null,
  ) {}

  /** What a walk changes, to undo a walk whose results are dropped (Inline.apart). */
  save(): { annotations: number; page: string | null; unhandled: Map<string, number> } {
    return { annotations: this.annotations.length, page: this.page, unhandled: new Map(this.unhandled) };
  }

  restore(state: ReturnType<Walker['save']>, counts: boolean): void {
    this.annotations.length = state.annotations;
    this.page = state.page;
    if (counts) {
      this.unhandled.clear();
      for (const [k, v] of state.unhandled) this.unhandled.set(k, v);
    }
  }

  unhandledElement(name: string): void {
    this.unhandled.set(name, (this.unhandled.get(name) ?? 0) + 1);
  }

  unhandledList(): { element: string; count: number }[] {
    return [...this.unhandled].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([element, count]) => ({ element, count }));
  }

  blockId(el: XElement | null): string {
    return this.idFor(el, 'b', 'block');
  }

  annotationId(el: XElement): string {
    return this.idFor(el, 'a', 'annotation');
  }

  container(el: XElement, part: Part): void {
    let run: XNode[] = [];
    const flush = (): void => {
      if (run.length > 0) this.loose(run, el, part);
      run = [];
    };
    for (const c of el.children) {
      if (c.type === 'text') run.push(c);
      else if (!isTei(c)) run.push(c);
      else if (BLOCKS.has(c.local)) {
        flush();
        this.block(c, this.blockId(c), part);
      } else if (CONTAINERS.has(c.local) || holdsBlocks(c)) {
        flush();
        if (!CONTAINERS.has(c.local)) this.unhandledElement(c.local);
        this.container(c, partOf(c, part));
      } else run.push(c);
    }
    flush();
  }

  /** Text and inline elements standing in a container: a block if there is text, else milestones. */
  private loose(run: XNode[], container: XElement, part: Part): void {
    if (run.some(hasText)) {
      const at = container.start;
      this.write(run, { id: this.blockId(null), type: 'other', subtype: null, n: null, element: container.local, at, part, lang: langOf(container, this.lang) });
      return;
    }
    for (const node of run) {
      if (node.type !== 'element') continue;
      if (node.local === 'pb') this.page = node.attributes['n'] ?? this.page;
      if (node.local === 'pb' || node.local === 'lb') this.pending.push(node);
      else this.unhandledElement(node.local);
    }
  }

  block(el: XElement, id: string, part: Part, type?: BlockType): void {
    const resolved = type ?? (el.local === 'p' ? (part === 'front' ? 'headnote' : 'paragraph') : TYPES[el.local] ?? 'other');
    const index = this.blocks.length;
    this.write(el.children, {
      id,
      type: resolved,
      subtype: el.attributes['type'] ?? null,
      n: el.attributes['n'] ?? null,
      element: el.local,
      at: el.start,
      part,
      lang: langOf(el, this.lang),
    });
    // what the block rests on (a commentary note's @source); written blocks of notes inside follow it
    const sources = sourceIds(el);
    if (sources.length > 0) this.blocks[index]!.sources = sources;
    // the zone or surface of a facsimile the block shows (facsimile.ts)
    if (el.attributes['facs'] !== undefined) this.blocks[index]!.facs = el.attributes['facs'].split(/\s+/).filter(Boolean);
  }

  private write(
    nodes: readonly XNode[],
    b: Pick<Block, 'id' | 'type' | 'subtype' | 'n' | 'element' | 'part' | 'lang'> & { at: { line: number; column: number } },
  ): void {
    const first = nodes.find((n) => n.type === 'element' || n.value.trim());
    if (first?.type === 'element' && first.local === 'pb') this.page = first.attributes['n'] ?? this.page;
    const block: Block = {
      id: b.id,
      type: b.type,
      subtype: b.subtype,
      n: b.n,
      page: this.page,
      part: b.part,
      lang: b.lang,
      element: b.element,
      line: b.at.line,
      column: b.at.column,
      textOffset: null,
      reading: '',
      diplomatic: '',
    };
    this.blocks.push(block);
    const inline = new Inline(this, b.id);
    // page and line beginnings between blocks (an empty line, a page turn) are points at the start of the next
    for (const m of this.pending) inline.point(m, m.local === 'pb' ? 'page' : 'line', { n: m.attributes['n'] ?? null }, 'next');
    this.pending = [];
    inline.nodes(nodes);
    const { reading, diplomatic } = inline.finish();
    block.reading = reading;
    block.diplomatic = diplomatic;
    const page = this.page;
    for (const note of inline.notes) this.block(note.el, note.id, b.part, 'note');
    this.page = page;
  }

  /** Page and line beginnings after the last block: points at the end of that block. */
  end(): void {
    const last = this.blocks[this.blocks.length - 1];
    if (!last) return;
    const at = (s: string) => ({ start: Array.from(s).length, end: Array.from(s).length });
    for (const m of this.pending) {
      this.annotations.push({
        id: this.annotationId(m),
        type: m.local === 'pb' ? 'page' : 'line',
        block: last.id,
        element: m.local,
        line: m.start.line,
        column: m.start.column,
        reading: at(last.reading),
        diplomatic: at(last.diplomatic),
        n: m.attributes['n'] ?? null,
      });
    }
    this.pending = [];
  }

  private idFor(el: XElement | null, prefix: string, counter: 'block' | 'annotation'): string {
    const own = el?.attributes['xml:id'];
    if (own !== undefined && !this.used.has(own)) {
      this.used.add(own);
      return own;
    }
    let id: string;
    do id = `${prefix}${++this.counters[counter]}`;
    while (this.ids.has(id) || this.used.has(id));
    this.used.add(id);
    return id;
  }
}

function hasText(node: XNode): boolean {
  if (node.type === 'text') return /[^ \t\r\n]/.test(node.value);
  return node.children.some(hasText);
}

/** Does the element hold blocks (so it is a container, whatever its name)? */
function holdsBlocks(el: XElement): boolean {
  return el.children.some((c) => c.type === 'element' && isTei(c) && (BLOCKS.has(c.local) || CONTAINERS.has(c.local) || holdsBlocks(c)));
}

/** Elements of other namespaces (a TEI example, MathML) are never blocks: their text is inline. */
function isTei(el: XElement): boolean {
  return el.uri === TEI_NS || el.uri === '';
}

function partOf(el: XElement, part: Part): Part {
  return el.local === 'front' || el.local === 'body' || el.local === 'back' ? el.local : part;
}

function langOf(el: XElement, fallback: string | null): string | null {
  for (let e: XElement | null = el; e; e = e.parent) if (e.attributes['xml:lang'] !== undefined) return e.attributes['xml:lang']!;
  return fallback;
}
