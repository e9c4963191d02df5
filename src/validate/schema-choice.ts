/**
 * Which RelaxNG schema judges a document, in this order:
 * 1. `--schema` (every document);
 * 2. the document's own `<?xml-model?>`: the first RelaxNG declaration (XML syntax) whose
 *    schema can be had, in document order — a relative href beside the document, an absolute
 *    one (http:, https:, file:) through the OASIS catalogs (`--catalog`, XML_CATALOG_FILES);
 *    Schematron declarations are not run; when every RelaxNG declaration is missing, that is an
 *    error placed at the first, naming each and saying where to put the file;
 * 3. the project's customisation (tei/schema/tei-edition.rng) for a document declaring none.
 * Runs on the text before it is parsed, so that validation can start at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeiFile } from '../file.js';
import type { Place } from '../message.js';
import { defaultSchema } from '../paths.js';
import type { Catalogs } from './catalog.js';
import { xmlModels, type XmlModel } from './xml-model.js';

export interface SchemaChoice {
  /** The .rng file, absolute. */
  path: string;
  /** `option`: --schema; `declared`: the document's xml-model; `project`: the default. */
  how: 'option' | 'declared' | 'project';
  /** The declaration it came from. */
  href?: string;
  place?: Place;
  /** The catalog file that mapped the href to `path`. */
  catalog?: string;
}

export interface ChoiceOptions {
  schema?: string;
  catalogs: Catalogs;
}

const RULE = 'xml-model';

/** The schema for a document, or undefined after recording why none can be had. */
export function chooseSchema(file: TeiFile, options: ChoiceOptions): SchemaChoice | undefined {
  if (options.schema !== undefined) return { path: path.resolve(options.schema), how: 'option' };
  const models = xmlModels(file.text);
  const relaxng = models.filter((m) => m.kind === 'relaxng');
  const missing: { model: XmlModel; why: string; local?: string }[] = [];
  for (const model of relaxng) {
    const found = locate(file, model, options.catalogs);
    if ('path' in found) return { path: found.path, how: 'declared', href: model.href, place: model.place, ...(found.catalog ? { catalog: found.catalog } : {}) };
    missing.push({ model, ...found });
  }
  if (missing.length > 0) {
    missingSchema(file, missing);
    return undefined;
  }
  const compact = models.find((m) => m.kind === 'relaxng-compact');
  if (compact) {
    file.message(`the document declares a RelaxNG schema in the compact syntax (${compact.href}), which the validator (libxml2) cannot read`, {
      place: compact.place,
      ruleId: RULE,
      hint: 'convert it to the XML syntax (trang schema.rnc schema.rng) and declare the .rng, or pass --schema schema.rng',
    });
    return undefined;
  }
  if (models.length > 0) {
    const kinds = [...new Set(models.map((m) => (m.kind === 'schematron' ? 'Schematron' : `${m.schematypens ?? m.type ?? 'unknown'}`)))].join(', ');
    file.message(`the document declares no RelaxNG schema, only ${kinds} (${models.map((m) => m.href).join(', ')}), which the toolkit does not run: it is validated against the project schema`, {
      place: models[0]!.place,
      ruleId: RULE,
      severity: 'warning',
      hint: 'declare its RelaxNG schema too: <?xml-model href="….rng" schematypens="http://relaxng.org/ns/structure/1.0"?>, or pass --schema',
    });
  }
  return { path: defaultSchema, how: 'project' };
}

type Located = { path: string; catalog?: string } | { why: string; local?: string };

function locate(file: TeiFile, model: XmlModel, catalogs: Catalogs): Located {
  const href = model.href.trim();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined || (scheme.length === 1 && process.platform === 'win32')) {
    // relative: beside the document
    const local = path.resolve(path.dirname(file.path), decodeURIComponent(href.replace(/[?#].*$/, '')));
    if (existsSync(local)) return { path: local };
    const mapped = catalogs.resolve(href);
    if (mapped && existsSync(mapped.path)) return mapped;
    return { why: `which is not there (${path.relative(process.cwd(), local) || local})`, local };
  }
  if (scheme === 'file') {
    const local = fileURLToPath(href);
    if (existsSync(local)) return { path: local };
  }
  const mapped = catalogs.resolve(href);
  if (mapped) {
    if (existsSync(mapped.path)) return mapped;
    return { why: `which the catalog ${mapped.catalog} maps to ${mapped.path}, a file that is not there`, local: mapped.path };
  }
  return { why: catalogs.files.length === 0 ? 'and no catalog is given to map it to a local copy (builds have no network)' : `which no catalog maps to a local copy (consulted: ${catalogs.files.join(' ')}; builds have no network)` };
}

function missingSchema(file: TeiFile, missing: { model: XmlModel; why: string; local?: string }[]): void {
  const first = missing[0]!;
  const list = missing.map((m) => `${m.model.href}, ${m.why}`).join('; ');
  const remote = missing.find((m) => m.local === undefined);
  const name = (remote ?? first).model.href;
  const file0 = path.basename(name.replace(/[?#].*$/, '')) || 'schema.rng';
  const hint = remote
    ? `save a copy of the schema, e.g. as schemas/${file0}, and map the declaration to it in an OASIS XML catalog (catalog.xml: <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="${name}" uri="schemas/${file0}"/></catalog>), then pass --catalog catalog.xml or set XML_CATALOG_FILES=catalog.xml; or choose a schema with --schema`
    : `put the schema at ${first.local}, or map "${first.model.href}" in a catalog (--catalog, XML_CATALOG_FILES), or choose a schema with --schema`;
  file.message(
    missing.length === 1
      ? `the schema the document declares cannot be found: ${list}`
      : `none of the ${missing.length} RelaxNG schemas the document declares can be found: ${list}`,
    { place: first.model.place, ruleId: RULE, hint },
  );
}

/** One line for people: which schema judged a document, and why that one. */
export function describeChoice(choice: SchemaChoice, cwd = process.cwd()): string {
  const shown = path.relative(cwd, choice.path) || choice.path;
  switch (choice.how) {
    case 'option':
      return `${shown} (--schema)`;
    case 'project':
      return `${shown} (the project schema: the document declares no RelaxNG schema)`;
    case 'declared':
      return choice.catalog
        ? `${shown} (declared as ${choice.href}, mapped by the catalog ${path.relative(cwd, choice.catalog) || choice.catalog})`
        : `${shown} (declared as ${choice.href})`;
  }
}
