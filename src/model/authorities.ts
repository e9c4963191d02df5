/** Authority ids (TEI idno) as URIs: one table for the JSON edition, citations and schema.org. */
import { textOf, type XElement } from '../xml.js';

export interface Authority {
  type: string;
  id: string;
  uri: string | null;
}

/** Authority types (lower case) → how to find the id in a value and make its URI. */
const AUTHORITIES: Record<string, { pattern: RegExp; uri: (id: string) => string }> = {
  wikidata: { pattern: /(Q\d+)\s*$/, uri: (id) => `https://www.wikidata.org/entity/${id}` },
  viaf: { pattern: /(\d+)\/?\s*$/, uri: (id) => `https://viaf.org/viaf/${id}` },
  gnd: { pattern: /([0-9X-]+)\/?\s*$/, uri: (id) => `https://d-nb.info/gnd/${id}` },
  geonames: { pattern: /(\d+)(?:\/[^/\d]*)?\/?\s*$/, uri: (id) => `https://sws.geonames.org/${id}/` },
  orcid: { pattern: /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?\s*$/, uri: (id) => `https://orcid.org/${id}` },
};

/** An idno element as an authority id, with its URI where the type is known or the value is one. */
export function authority(el: XElement): Authority[] {
  const value = textOf(el).replace(/[ \t\r\n]+/g, ' ').trim();
  if (!value) return [];
  const type = el.attributes['type'] ?? 'uri';
  const known = AUTHORITIES[type.toLowerCase()];
  const m = known?.pattern.exec(value);
  if (known && m) return [{ type, id: m[1]!, uri: known.uri(m[1]!) }];
  return [{ type, id: value, uri: /^https?:\/\//.test(value) ? value : null }];
}
