/**
 * @when, @notBefore, @notAfter, @from, @to are valid ISO 8601 dates where TEI says they are dates
 * (att.datable.w3c), ranges run forward, @dur is a duration (att.duration.w3c).
 */
import { isIsoDuration, parseIsoDate, type Interval } from '../../iso-date.js';
import { attributePlace } from '../../locate.js';
import type { Rule } from '../rule.js';
import { teiElements } from '../tei-elements.js';

const DATE_ATTRIBUTES = ['when', 'notBefore', 'notAfter', 'from', 'to'] as const;
/**
 * Elements whose @from and @to are not dates. In TEI P5 only att.datable.w3c defines @when,
 * @notBefore and @notAfter, so those are dates wherever they stand; but @from and @to are also
 * defined by att.citing and by four elements of their own. Read from tei_all.rng (P5 4.x,
 * ../shared/schemas/tei_all.rng): the elements whose @from/@to do not come from
 * att.datable.w3c.attribute.from/to. The schema checks what their values must be.
 */
const NOT_DATES: Readonly<Record<string, string>> = {
  biblScope: 'att.citing: the first and last page, line, volume… cited',
  citedRange: 'att.citing: the first and last page, line, volume… cited',
  locus: 'the first and last folio or page of a manuscript locus',
  app: 'pointers to where the lemma begins and ends (data.pointer)',
  arc: 'pointers to the nodes a graph arc joins (data.pointer)',
  rt: 'pointers to the span a ruby gloss covers (data.pointer)',
  span: 'pointers to where the annotated span begins and ends (data.pointer)',
};
const NOT_DATE_ATTRIBUTES = new Set(['from', 'to']);

const RANGES = [
  ['notBefore', 'notAfter'],
  ['from', 'to'],
] as const;

export const isoDates: Rule = {
  id: 'iso-dates',
  description: '@when, @notBefore, @notAfter, @from and @to hold valid ISO 8601 dates, in order; @dur a duration (where TEI makes them dates)',
  kind: 'tei',
  severity: 'error',
  check(tree, report, file) {
    for (const el of teiElements(tree)) {
      const notDates = Object.hasOwn(NOT_DATES, el.local);
      const parsed: Partial<Record<(typeof DATE_ATTRIBUTES)[number], Interval>> = {};
      for (const attr of DATE_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value === undefined || (notDates && NOT_DATE_ATTRIBUTES.has(attr))) continue;
        const result = parseIsoDate(value);
        const place = attributePlace(file, el, attr) ?? el.start;
        if (!result.ok) {
          report(`@${attr}="${value}" on <${el.local}> is not a valid date: ${result.reason}`, place, 'write ISO 8601: 1919, 1919-05 or 1919-05-08');
        } else if (result.interval) {
          parsed[attr] = result.interval;
        }
      }
      const dur = el.attributes['dur'];
      if (dur !== undefined && !isIsoDuration(dur)) {
        report(`@dur="${dur}" on <${el.local}> is not an ISO 8601 duration`, attributePlace(file, el, 'dur') ?? el.start, 'write e.g. PT15M for a quarter of an hour, P3D for three days');
      }
      for (const [first, last] of RANGES) {
        const a = parsed[first];
        const b = parsed[last];
        if (a && b && a.from > b.to) {
          report(
            `@${first}="${el.attributes[first]}" is later than @${last}="${el.attributes[last]}" on <${el.local}>`,
            attributePlace(file, el, first) ?? el.start,
            'swap the two values',
          );
        }
      }
    }
  },
};
