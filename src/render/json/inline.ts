/**
 * Writes one block: its reading and diplomatic strings side by side, and the annotations of the
 * elements inside it. What each element does is looked up in the handler table (handlers.ts).
 */
import { TEI_NS, type XElement, type XNode } from '../../xml.js';
import { fallback, handlers, pointers } from './handlers.js';
import { TextBuilder, type Mark } from './text-builder.js';
import type { Annotation, AnnotationType } from './types.js';
import type { Walker } from './walk.js';

interface Draft {
  annotation: Annotation;
  reading: [Mark, Mark] | null;
  diplomatic: [Mark, Mark] | null;
  /** Copy the annotated text of both readings into these properties (corrections). */
  texts?: [string, string];
}

export type Reading = 'reading' | 'diplomatic';

export class Inline {
  reading = new TextBuilder();
  diplomatic = new TextBuilder();
  /** Whether the nodes being walked belong to each reading (a <sic> is diplomatic only). */
  private on = { reading: true, diplomatic: true };
  private readonly drafts: Draft[] = [];
  /** Notes met inside the block: they become blocks of their own, after this one. */
  readonly notes: { el: XElement; id: string }[] = [];

  constructor(
    readonly walker: Walker,
    readonly blockId: string,
  ) {}

  nodes(nodes: readonly XNode[]): void {
    for (const node of nodes) {
      if (node.type === 'text') this.text(node.value);
      else (handlers[handlerKey(node)] ?? fallback)(node, this);
    }
  }

  children(el: XElement): void {
    this.nodes(el.children);
  }

  text(s: string): void {
    if (this.on.reading) this.reading.text(s);
    if (this.on.diplomatic) this.diplomatic.text(s);
  }

  /** A word boundary in both readings (what </p> or <item> means inside a block). */
  whitespace(): void {
    if (this.on.reading) this.reading.whitespace();
    if (this.on.diplomatic) this.diplomatic.whitespace();
  }

  isOn(reading: Reading): boolean {
    return this.on[reading];
  }

  /** Walks `fn` with only one reading switched on (if it is on at all). */
  only(reading: Reading, fn: () => void): void {
    const saved = this.on;
    this.on = { reading: saved.reading && reading === 'reading', diplomatic: saved.diplomatic && reading === 'diplomatic' };
    fn();
    this.on = saved;
  }

  /**
   * Walks `fn` into strings of its own, not the block's: the words of an apparatus reading that
   * the text does not give. What it annotates is dropped (those ranges would point into no block's
   * strings); the notes it meets become note blocks after this one, as the block's own notes do,
   * and their ids are returned. With `notes` false (a second walk over words the block already
   * holds, such as its lemma) it leaves no trace at all: no notes, no counts of unhandled elements.
   */
  apart(fn: () => void, notes = true): { reading: string; diplomatic: string; notes: string[] } {
    const saved = { reading: this.reading, diplomatic: this.diplomatic, on: this.on, drafts: this.drafts.length, notes: this.notes.length };
    const state = this.walker.save();
    this.reading = new TextBuilder();
    this.diplomatic = new TextBuilder();
    this.on = { reading: true, diplomatic: true };
    fn();
    const out = { reading: this.reading.finish(), diplomatic: this.diplomatic.finish(), notes: [] as string[] };
    this.reading = saved.reading;
    this.diplomatic = saved.diplomatic;
    this.on = saved.on;
    this.drafts.length = saved.drafts;
    this.walker.restore(state, !notes);
    if (notes) out.notes = this.notes.slice(saved.notes).map((n) => n.id);
    else this.notes.length = saved.notes;
    return out;
  }

  /** An annotation over the element's text; `walk` writes that text (default: the children). */
  span(el: XElement, type: AnnotationType, extra: Record<string, unknown>, walk?: () => void, texts?: [string, string]): Annotation {
    const draft = this.draft(el, type, extra);
    if (texts) draft.texts = texts;
    const r = this.on.reading ? this.reading.next() : null;
    const d = this.on.diplomatic ? this.diplomatic.next() : null;
    if (walk) walk();
    else this.children(el);
    if (r) draft.reading = [{ at: this.reading.settle(r) }, { at: this.reading.here() }];
    if (d) draft.diplomatic = [{ at: this.diplomatic.settle(d) }, { at: this.diplomatic.here() }];
    return draft.annotation;
  }

  /**
   * An annotation at a point: `next` stands before the next word (a page or line beginning),
   * `here` right after the last word (a note's anchor).
   */
  point(el: XElement, type: AnnotationType, extra: Record<string, unknown>, where: 'next' | 'here'): Annotation {
    const draft = this.draft(el, type, extra);
    const at = (b: TextBuilder): [Mark, Mark] => {
      const mark = where === 'next' ? b.next() : { at: b.here() };
      return [mark, mark];
    };
    if (this.on.reading) draft.reading = at(this.reading);
    if (this.on.diplomatic) draft.diplomatic = at(this.diplomatic);
    return draft.annotation;
  }

  /** The block's two strings; every annotation's range is final from here on. */
  finish(): { reading: string; diplomatic: string } {
    const reading = this.reading.finish();
    const diplomatic = this.diplomatic.finish();
    let chars: [string[], string[]] | undefined;
    for (const { annotation, reading: r, diplomatic: d, texts } of this.drafts) {
      annotation.reading = r ? { start: r[0].at, end: Math.max(r[0].at, r[1].at) } : null;
      annotation.diplomatic = d ? { start: d[0].at, end: Math.max(d[0].at, d[1].at) } : null;
      if (texts) {
        chars ??= [Array.from(reading), Array.from(diplomatic)];
        const slice = (cs: string[], range: { start: number; end: number } | null): string | null =>
          range ? cs.slice(range.start, range.end).join('') : null;
        annotation[texts[0]] = slice(chars[0], annotation.reading);
        annotation[texts[1]] = slice(chars[1], annotation.diplomatic);
      }
    }
    return { reading, diplomatic };
  }

  private draft(el: XElement, type: AnnotationType, extra: Record<string, unknown>): Draft {
    const annotation: Annotation = {
      id: this.walker.annotationId(el),
      type,
      block: this.blockId,
      element: el.local,
      line: el.start.line,
      column: el.start.column,
      reading: null,
      diplomatic: null,
      ...extra,
      ...editorial(el),
    };
    this.walker.annotations.push(annotation);
    const draft: Draft = { annotation, reading: null, diplomatic: null };
    this.drafts.push(draft);
    return draft;
  }
}

/** A TEI element by its name; an element of another namespace (egXML, MathML) as {namespace}name,
 * so that an SVG <title> or an example's <note> is not taken for TEI's. */
function handlerKey(el: XElement): string {
  return el.uri === TEI_NS || el.uri === '' ? el.local : `{${el.uri}}${el.local}`;
}

/** Who is responsible for the markup and how certain it is, where the TEI says so. */
function editorial(el: XElement): { cert?: string; resp?: string[]; facs?: string[] } {
  const out: { cert?: string; resp?: string[]; facs?: string[] } = {};
  if (el.attributes['cert'] !== undefined) out.cert = el.attributes['cert'];
  if (el.attributes['resp'] !== undefined) out.resp = pointers(el.attributes['resp']).ids;
  // where the element is in a facsimile (a zone, a surface, an image URL): facsimile.ts
  if (el.attributes['facs'] !== undefined) out.facs = el.attributes['facs'].split(/\s+/).filter(Boolean);
  return out;
}
