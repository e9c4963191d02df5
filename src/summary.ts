/** A summary of an edition: what its registers hold and what its text marks up, as counts. */
import type { TeiFile } from './file.js';
import { readingOf, words } from './readings.js';
import { inSourceList, sourceEntries } from './sources.js';
import { child, elements, type XElement } from './xml.js';
import { describeChoice, judgedBy } from './validate/index.js';

export interface Summary {
  document: string;
  /** The schema that judged it, in words (absent when it was not validated). */
  schema?: string;
  registers: Record<'persons' | 'places' | 'organisations' | 'works' | 'events', number>;
  authorityIds: Record<string, number>;
  mentions: Record<'persName' | 'placeName' | 'orgName' | 'title' | 'rs', number>;
  dates: number;
  times: number;
  notes: Record<string, number>;
  /** The sources of the commentary and registers (src/sources.ts), and the commentary notes that name one. */
  sources: { listed: number; notesCiting: number };
  /** Per speaker (the @who value): utterances and words spoken. */
  utterances: Record<string, { said: number; words: number }>;
  quotes: number;
  corrections: { sicCorr: number; origReg: number; abbrExpan: number };
  paragraphs: number;
  pages: number;
  lines: number;
}

const REGISTER_ENTRIES = { person: 'persons', place: 'places', org: 'organisations', bibl: 'works', event: 'events' } as const;

export function summarize(file: TeiFile): Summary {
  const tree = file.tree;
  if (!tree) throw new Error(`${file.path} has no tree`);
  const text = child(tree, 'text');
  const inText = text ? [...elements(text)] : [];
  const all = [...elements(tree)];
  const count = (els: XElement[], local: string) => els.filter((e) => e.local === local).length;

  const registers = { persons: 0, places: 0, organisations: 0, works: 0, events: 0 };
  const authorityIds: Record<string, number> = {};
  for (const el of all) {
    const kind = REGISTER_ENTRIES[el.local as keyof typeof REGISTER_ENTRIES];
    // an entry of the list of sources is not a register entry
    if (kind && el.parent?.local.startsWith('list') && el.attributes['xml:id'] && !inSourceList(el)) registers[kind]++;
    if (el.local === 'idno' && el.attributes['type'] && el.parent && el.parent.local in REGISTER_ENTRIES) {
      const type = el.attributes['type'];
      authorityIds[type] = (authorityIds[type] ?? 0) + 1;
    }
  }
  const notes: Record<string, number> = {};
  for (const el of inText) if (el.local === 'note') notes[el.attributes['type'] ?? 'untyped'] = (notes[el.attributes['type'] ?? 'untyped'] ?? 0) + 1;
  const utterances: Record<string, { said: number; words: number }> = {};
  for (const el of inText) {
    if (el.local !== 'said') continue;
    const who = el.attributes['who'] ?? '(nobody)';
    const u = (utterances[who] ??= { said: 0, words: 0 });
    u.said++;
    u.words += words(readingOf(el, 'reading')).length;
  }
  const choices = inText.filter((e) => e.local === 'choice');
  const has = (c: XElement, local: string) => c.children.some((k) => k.type === 'element' && k.local === local);
  const judged = judgedBy(file);
  return {
    document: file.id,
    ...(judged ? { schema: describeChoice(judged) } : {}),
    registers,
    authorityIds: sortKeys(authorityIds),
    mentions: {
      persName: count(inText, 'persName'),
      placeName: count(inText, 'placeName'),
      orgName: count(inText, 'orgName'),
      title: count(inText, 'title'),
      rs: count(inText, 'rs'),
    },
    dates: count(inText, 'date'),
    times: count(inText, 'time'),
    notes: sortKeys(notes),
    sources: {
      listed: sourceEntries(tree).length,
      notesCiting: inText.filter((e) => e.local === 'note' && e.attributes['type'] === 'commentary' && (e.attributes['source'] ?? '').trim() !== '').length,
    },
    utterances: sortKeys(utterances),
    quotes: count(inText, 'quote'),
    corrections: {
      sicCorr: choices.filter((c) => has(c, 'sic')).length,
      origReg: choices.filter((c) => has(c, 'orig')).length,
      abbrExpan: choices.filter((c) => has(c, 'abbr')).length,
    },
    paragraphs: inText.filter((e) => e.local === 'p' && e.attributes['n'] !== undefined).length,
    pages: count(inText, 'pb'),
    lines: count(inText, 'lb'),
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** The summary as a few aligned lines for people. */
export function formatSummary(s: Summary): string {
  const pairs = (r: Record<string, unknown>) => Object.entries(r).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ');
  const speakers = Object.entries(s.utterances)
    .map(([who, u]) => `${who} ${u.said} (${u.words} words)`)
    .join(', ');
  return [
    `${s.document}`,
    ...(s.schema ? [`  judged by:    ${s.schema}`] : []),
    `  registers:    ${pairs(s.registers)}`,
    `  authority ids: ${pairs(s.authorityIds) || 'none'}`,
    `  mentions:     ${pairs(s.mentions)}`,
    `  dates:        ${s.dates} dates, ${s.times} times`,
    `  notes:        ${pairs(s.notes) || 'none'}`,
    `  sources:      ${s.sources.listed} listed; ${s.sources.notesCiting} of ${s.notes['commentary'] ?? 0} commentary notes name theirs`,
    `  utterances:   ${speakers || 'none'}; quotations ${s.quotes}`,
    `  corrections:  sic/corr ${s.corrections.sicCorr}, orig/reg ${s.corrections.origReg}, abbr/expan ${s.corrections.abbrExpan}`,
    `  layout:       ${s.paragraphs} numbered paragraphs, ${s.pages} page beginnings, ${s.lines} line beginnings`,
  ].join('\n');
}
