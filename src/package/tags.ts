/** bagit.txt and bag-info.txt (RFC 8493 §2.1.1, §2.2.2): `Label: value` lines, UTF-8. */
import { utf8Lines, type LineProblem } from './manifest.js';

export const BAGIT_TXT = 'bagit.txt';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT_VERSION = '1.0';

export type Tags = readonly (readonly [label: string, value: string])[];

export function bagitTxt(): string {
  return `BagIt-Version: ${BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n`;
}

/** One `Label: value` line each, in the given order. Values never contain line breaks. */
export function tagsText(tags: Tags): string {
  return tags.map(([label, value]) => `${label}: ${value.replace(/\s+/g, ' ').trim()}\n`).join('');
}

export interface ParsedTag {
  label: string;
  value: string;
  line: number;
}

/** Reads `Label: value` lines; a line that starts with white space continues the previous value. */
export function parseTags(bytes: Uint8Array): { tags: ParsedTag[]; problems: LineProblem[] } {
  const { lines, problems } = utf8Lines(bytes);
  const tags: ParsedTag[] = [];
  for (const { n, text } of lines) {
    if (text.trim() === '') continue;
    if (/^[ \t]/.test(text) && tags.length > 0) {
      tags.at(-1)!.value += ` ${text.trim()}`;
      continue;
    }
    const m = /^([^:\s][^:]*?)\s*:\s?(.*)$/s.exec(text);
    if (!m) {
      problems.push({ line: n, column: 1, reason: `line ${n} is not "Label: value": ${JSON.stringify(text.slice(0, 80))}`, ruleId: 'bag-tag-line' });
      continue;
    }
    tags.push({ label: m[1]!, value: m[2]!.trim(), line: n });
  }
  return { tags, problems };
}

/** "1.2 MB": Bag-Size is for people (RFC 8493 §2.2.2), Payload-Oxum for machines. */
export function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
