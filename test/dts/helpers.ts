/** DTS test helpers: render a few documents' DTS API in memory, parse its files, read the schemas. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { editionModel, type EditionModel } from '../../src/model/edition.js';
import { renderDtsDocument, renderDtsSite, treesOf } from '../../src/render/dts/index.js';
import type { CitationTree } from '../../src/render/dts/types.js';
import { DTS_NS } from '../../src/render/dts/fragments.js';
import { elements, TEI_NS, textOf, type XElement } from '../../src/xml.js';
import { root, shared } from '../helpers.js';

export const BASE = 'https://example.org/edition/';
export const DTS = `${BASE}dts/`;
export const memoirPath = path.join(root, 'tei', 'lenin-kropotkin.xml');

export function loadPath(p: string): TeiFile {
  const file = new TeiFile(path.relative(root, p), readFileSync(p, 'utf8'));
  load(file);
  return file;
}

export function fixture(name: string): string {
  return path.join(root, 'test', 'fixtures', 'dts', name);
}

export interface Rendered {
  files: TeiFile[];
  edition: EditionModel;
  /** Output path (under dts/) → content. */
  out: Map<string, string>;
  trees(id: string): CitationTree[];
  json(p: string): Record<string, unknown>;
}

export async function renderDts(paths: string[], baseUrl: string | null = BASE): Promise<Rendered> {
  const files = paths.map(loadPath);
  const edition = editionModel(files, baseUrl ? { baseUrl } : {});
  const outputs = [];
  for (const f of files) outputs.push(...(await renderDtsDocument(f, edition)));
  outputs.push(...(await renderDtsSite(files, edition)));
  const out = new Map(outputs.map((o) => [o.path, String(o.content)]));
  return {
    files,
    edition,
    out,
    trees: (id) => treesOf(files.find((f) => f.id === id)!),
    json: (p) => {
      const c = out.get(p);
      if (c === undefined) throw new Error(`no output ${p}`);
      return JSON.parse(c) as Record<string, unknown>;
    },
  };
}

/** A passage parsed by the real parser: its root and its one dts:wrapper. */
export function passage(xml: string): { file: TeiFile; root: XElement; wrapper: XElement } {
  const file = new TeiFile('passage.xml', xml);
  load(file);
  if (!file.wellFormed || !file.tree) throw new Error(`not well-formed: ${file.messages.map((m) => m.reason).join('; ')}`);
  const wrappers = [...elements(file.tree)].filter((e) => e.uri === DTS_NS && e.local === 'wrapper');
  if (wrappers.length !== 1) throw new Error(`${wrappers.length} dts:wrapper elements`);
  return { file, root: file.tree, wrapper: wrappers[0]! };
}

export const isTei = (el: XElement): boolean => el.uri === TEI_NS && el.local === 'TEI';
export { textOf };

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** XPath by saxon-js on the source, for texts computed independently of the renderer. */
interface Saxon {
  getPlatform(): { parseXmlFromString(t: string): unknown };
  XPath: { evaluate(x: string, c: unknown, o: Record<string, unknown>): unknown };
}
const saxon = createRequire(import.meta.url)('saxon-js') as Saxon;
export function xpathString(sourceText: string): (xpath: string, params?: Record<string, unknown>) => string {
  const doc = saxon.getPlatform().parseXmlFromString(sourceText);
  return (xpath, params = {}) => String(saxon.XPath.evaluate(xpath, doc, { xpathDefaultNamespace: TEI_NS, params }));
}

/** The validator's JSON Schemas from ../shared, or null (with a notice) when they are absent. */
const schemaDir = path.join(shared, 'schemas', 'dts');
export const hasDtsSchemas = existsSync(path.join(schemaDir, 'navigation_response.schema.json'));
export function dtsSchemas(): Record<'entry' | 'collection' | 'navigation', ValidateFunction> {
  const ajv = new Ajv2020({ validateFormats: false, strict: false, allErrors: true });
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')), name);
  }
  return {
    entry: ajv.getSchema('entry_response.schema.json')!,
    collection: ajv.getSchema('collection_response.schema.json')!,
    navigation: ajv.getSchema('navigation_response.schema.json')!,
  };
}
