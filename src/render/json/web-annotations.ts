/**
 * annotations.jsonld: the mentions, dates and speech of a JSON edition as W3C Web Annotations
 * (https://www.w3.org/TR/annotation-model/). Targets are the plain text <doc-id>.txt, selected by
 * quote and by position in code points; ids are relative IRIs, so the file does not depend on
 * where it is published.
 */
import { version } from '../../version.js';
import { plainText } from './edition.js';
import type { Annotation, Edition, RegisterEntry } from './types.js';
import { classifyUrl } from '../../model/urls.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

const TYPES: Record<RegisterEntry['type'], string> = {
  person: 'Person',
  organisation: 'Organization',
  place: 'schema:Place',
  work: 'schema:CreativeWork',
  event: 'schema:Event',
};

type Json = Record<string, unknown>;

export function webAnnotations(ed: Edition): Json {
  const entries = new Map<string, RegisterEntry>();
  for (const list of Object.values(ed.registers)) for (const e of list) entries.set(e.id, e);
  const blocks = new Map(ed.blocks.map((b) => [b.id, b]));
  const source = `${ed.id}.txt`;
  let chars: string[] | undefined;
  const items: Json[] = [];
  for (const a of ed.annotations) {
    if (a.type !== 'mention' && a.type !== 'date' && a.type !== 'speech') continue;
    const offset = blocks.get(a.block)?.textOffset;
    if (!a.reading || a.reading.start === a.reading.end || offset === null || offset === undefined) continue;
    chars ??= Array.from(plainText(ed));
    const start = offset + a.reading.start;
    const end = offset + a.reading.end;
    items.push({
      id: `#${a.id}`,
      type: 'Annotation',
      ...bodyOf(a, entries),
      target: {
        type: 'SpecificResource',
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: chars.slice(start, end).join(''),
            prefix: chars.slice(Math.max(0, start - CONTEXT_CHARS), start).join(''),
            suffix: chars.slice(end, end + CONTEXT_CHARS).join(''),
          },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    });
  }
  return {
    '@context': ANNO_CONTEXT,
    id: 'annotations.jsonld',
    type: 'AnnotationCollection',
    label: `Names, dates and speech in ${ed.metadata.title}`,
    total: items.length,
    generator: { type: 'Software', name: `tei-edition ${version}` },
    // the page's IRI has no fragment, so that it never meets an annotation's (#<id>)
    first: { id: 'annotations.jsonld?page=0', type: 'AnnotationPage', startIndex: 0, items },
  };
}

function entryBody(id: string, entries: Map<string, RegisterEntry>): Json {
  const e = entries.get(id);
  if (!e) return { id: `edition.json#${id}` };
  const uris = e.authorities.flatMap((a) => (a.uri ? [a.uri] : []));
  return {
    id: `edition.json#${e.id}`,
    type: TYPES[e.type],
    label: e.name,
    // objects with an id, so that JSON-LD reads them as IRIs, not as strings
    ...(uris.length > 0 ? { 'schema:sameAs': uris.map((uri) => ({ id: uri })) } : {}),
  };
}

const tag = (value: string): Json => ({ type: 'TextualBody', purpose: 'tagging', value });

function bodyOf(a: Annotation, entries: Map<string, RegisterEntry>): Json {
  if (a.type === 'mention') {
    // An IRI such as urn:cts: identifies; javascript: or data: would be a live link in a viewer.
    const uris = (a['uris'] as string[]).filter((u) => classifyUrl(u).kind !== 'forbidden');
    const bodies = [...(a['entries'] as string[]).map((id) => entryBody(id, entries)), ...uris.map((id) => ({ id }))];
    if (bodies.length === 0) return { motivation: 'tagging', body: tag(a.element) };
    return { motivation: 'identifying', body: bodies.length === 1 ? bodies[0] : bodies };
  }
  if (a.type === 'date') {
    const iso = isoValue(a);
    if (iso === null) return { motivation: 'tagging', body: tag('date') };
    return { motivation: 'describing', body: { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: iso } };
  }
  const speakers = (a['speakers'] as string[]).map((id) => entryBody(id, entries));
  if (speakers.length === 0) return { motivation: 'tagging', body: tag('speech') };
  return { motivation: 'identifying', body: [...speakers, tag('speech')] };
}

/** The date as ISO 8601: a value, or an interval "start/end" with ".." for an open end. */
function isoValue(a: Annotation): string | null {
  const get = (k: string): string | undefined => a[k] as string | undefined;
  if (get('when')) return get('when')!;
  const from = get('from') ?? get('notBefore');
  const to = get('to') ?? get('notAfter');
  if (!from && !to) return null;
  return `${from ?? '..'}/${to ?? '..'}`;
}
