/**
 * The schemas a document declares: its `<?xml-model?>` processing instructions (W3C "Associating
 * Schemas with XML documents 1.0"), read from the prolog before the document is parsed, each
 * with the place of its `<?`. Pseudo-attributes are read as the note defines them (href, type,
 * schematypens, …); a BOM or an XML declaration before them is fine.
 */
import type { Place } from '../message.js';
import { decode } from './tags.js';

export const RELAXNG_NS = 'http://relaxng.org/ns/structure/1.0';
const SCHEMATRON_NS = ['http://purl.oclc.org/dsdl/schematron', 'http://www.ascc.net/xml/schematron'];

export interface XmlModel {
  href: string;
  type: string | undefined;
  schematypens: string | undefined;
  /** Where its `<?` stands. */
  place: Place;
  /** What kind of schema it names. */
  kind: 'relaxng' | 'relaxng-compact' | 'schematron' | 'other';
}

/** Every `<?xml-model?>` before the root element, in order. */
export function xmlModels(text: string): XmlModel[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const root = /<[A-Za-z_:]/.exec(body);
  const prolog = root ? body.slice(0, root.index) : body;
  const out: XmlModel[] = [];
  // comments in the prolog may hold a commented-out declaration: skip them
  const pis = /<!--[\s\S]*?-->|<\?xml-model(\s[\s\S]*?)?\?>/g;
  for (const m of prolog.matchAll(pis)) {
    if (m[0].startsWith('<!--')) continue;
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decode(a[2] ?? a[3]!);
    const href = attrs['href'];
    if (href === undefined) continue;
    const offset = m.index! + (body === text ? 0 : 1);
    out.push({
      href,
      type: attrs['type'],
      schematypens: attrs['schematypens'],
      place: placeAt(text, offset),
      kind: kindOf(href, attrs['type'], attrs['schematypens']),
    });
  }
  return out;
}

/**
 * A RelaxNG schema is one with that schematypens; without schematypens, an href ending in .rng
 * (whatever the type, often application/xml). Schematron is told apart the same way.
 */
function kindOf(href: string, type: string | undefined, ns: string | undefined): XmlModel['kind'] {
  const path = href.replace(/[?#].*$/, '').toLowerCase();
  if (ns !== undefined && ns.trim() !== '') {
    if (ns.trim() === RELAXNG_NS) return path.endsWith('.rnc') || type === 'application/relax-ng-compact-syntax' ? 'relaxng-compact' : 'relaxng';
    if (SCHEMATRON_NS.includes(ns.trim())) return 'schematron';
    return 'other';
  }
  if (path.endsWith('.rng')) return 'relaxng';
  if (path.endsWith('.rnc') || type === 'application/relax-ng-compact-syntax') return 'relaxng-compact';
  if (path.endsWith('.sch')) return 'schematron';
  return 'other';
}

/** 1-based line and column (in code points) of an offset in the text. */
function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1]!.replace(/^\uFEFF/, '');
  return { line: lines.length, column: Array.from(last).length + 1 };
}
