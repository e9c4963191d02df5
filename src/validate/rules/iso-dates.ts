/** @when, @notBefore, @notAfter, @from, @to are valid ISO 8601 dates, ranges run forward, @dur is a duration. */
import { isIsoDuration, parseIsoDate, type Interval } from '../../iso-date.js';
import { attributePlace } from '../../locate.js';
import type { Rule } from '../rule.js';
import { elements } from '../../xml.js';

const DATE_ATTRIBUTES = ['when', 'notBefore', 'notAfter', 'from', 'to'] as const;
const RANGES = [
  ['notBefore', 'notAfter'],
  ['from', 'to'],
] as const;

export const isoDates: Rule = {
  id: 'iso-dates',
  description: '@when, @notBefore, @notAfter, @from and @to hold valid ISO 8601 dates, in order; @dur a duration',
  severity: 'error',
  check(tree, report, file) {
    for (const el of elements(tree)) {
      const parsed: Partial<Record<(typeof DATE_ATTRIBUTES)[number], Interval>> = {};
      for (const attr of DATE_ATTRIBUTES) {
        const value = el.attributes[attr];
        if (value === undefined) continue;
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
