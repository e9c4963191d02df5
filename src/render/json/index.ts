/**
 * The JSON edition of each document (edition.json, annotations.jsonld, <doc-id>.txt) and, once
 * per build, the JSON Schema that documents edition.json.
 *
 * It is made from the tree the load stage already built (saxes), not from a second parse with
 * fast-xml-parser: one parse per build, every element keeps its line and column (which the JSON
 * gives for tracing back, and the offset tests use), and text nodes, whitespace and mixed content
 * stay exactly as written, with no trimming, merging or number conversion to switch off.
 */
import { readFileSync } from 'node:fs';
import type { TeiFile } from '../../file.js';
import type { Output } from '../output.js';
import { edition, plainText } from './edition.js';
import { stringify as json } from './stringify.js';
import { webAnnotations } from './web-annotations.js';

export { edition, plainText } from './edition.js';
export { webAnnotations } from './web-annotations.js';
export type { Edition } from './types.js';

/** schema/edition.schema.json, found from src/render/json/ and from lib/render/json/ alike. */
export const SCHEMA_URL = new URL('../../../schema/edition.schema.json', import.meta.url);


export function renderJson(file: TeiFile): Output[] {
  try {
    const ed = edition(file);
    return [
      { path: `${file.id}/edition.json`, content: json(ed) },
      { path: `${file.id}/annotations.jsonld`, content: json(webAnnotations(ed)) },
      { path: `${file.id}/${file.id}.txt`, content: plainText(ed) },
    ];
  } catch (err) {
    file.message(`the JSON rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-json',
      source: 'render',
      hint: 'this is a bug in tei-edition, not in your document: please report it',
    });
    return [];
  }
}

export function renderJsonSchema(): Output[] {
  return [{ path: 'schema/edition.schema.json', content: readFileSync(SCHEMA_URL, 'utf8') }];
}
