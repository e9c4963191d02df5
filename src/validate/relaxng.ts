/**
 * RelaxNG validation through xmllint-wasm (libxml2). Documents are validated in one call per
 * schema, because libxml2 compiles the schema on every call (tei_all.rng: ~10 s; a large schema
 * is pruned to the documents' element names first, see prune.ts). xmllint
 * reports a line but no column; the column is found from our own tree: the element named in
 * the message that starts on that line (and, for a bad value, the attribute holding it).
 */
import { readFileSync } from 'node:fs';
import type { XMLValidationResult } from 'xmllint-wasm';
import { UsageError } from '../errors.js';
import { TeiFile } from '../file.js';
import { parse } from '../load/parse.js';
import type { Place } from '../message.js';
import { attributePlace } from '../locate.js';
import { elements, type XElement } from '../xml.js';
import { cachedPrune } from './prune.js';
import { documentNames } from './tags.js';
import { lintRelaxng, service } from './xmllint.js';

const SOURCE = 'relaxng';
/** The document passed its limits once already, in the worker that loaded it. */
const NO_LIMITS = { depth: Infinity, attribute: Infinity, elements: Infinity, text: Infinity, fileSize: Infinity };
/** 256 MiB: with less, libxml2 still gives the right verdict on tei_all but blames wrong elements. */
const MEMORY_PAGES = 4096;

export interface RelaxngOptions {
  /** Path of the .rng schema. */
  schema: string;
  /** Rule id for the messages (default `relaxng`). */
  ruleId?: string;
  /**
   * Prune the schema to the element names of the documents (src/validate/prune.ts): true,
   * false, or `auto` (the default): schemas over PRUNE_ABOVE characters, where compiling
   * costs more than pruning (tei_all.rng: 1.1 MB, ~10-20 s in libxml2).
   */
  prune?: boolean | 'auto';
  /** Called for each document the schema gave a verdict on. */
  onVerdict?: (file: TeiFile, how: SchemaUse) => void;
}

/** How the schema was used: whole, or pruned (how many element patterns kept and cut). */
export type SchemaUse = { pruned: false } | { pruned: true; kept: number; cut: number };

/**
 * 32 KB: schemas this small stay whole. The project schema (77 KB) is pruned too: libxml2 takes
 * ~210 ms to compile it whole and ~80 ms pruned to the memoir's elements (one call, worker and
 * wasm included: 325 → 141 ms), time the worker takes from the main thread's core while a
 * document renders beside it (the quick look of `serve`, a one-document build). tei_all is
 * pruned (seconds to compile whole).
 */
export const PRUNE_ABOVE = 32 * 1024;

/** A schema validation under way in xmllint's worker thread. */
export interface RelaxngRun {
  /** Waits for the verdict and records messages on the files that are well-formed TEI by then. */
  finish(): Promise<void>;
}

/**
 * Starts validating now, on the files' texts, before they are parsed: libxml2 works in a worker
 * thread of the xmllint service (xmllint.ts) while the main thread parses and renders.
 */
export function startRelaxng(files: readonly TeiFile[], options: RelaxngOptions): RelaxngRun {
  const todo = files.filter((f) => !f.hasErrors);
  if (todo.length > 0) void service().catch(() => undefined);
  let schemaText: string;
  try {
    schemaText = readFileSync(options.schema, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the schema ${options.schema}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const prune = options.prune ?? 'auto';
  let use: SchemaUse = { pruned: false };
  const lint = (batch: readonly TeiFile[], schema: string) =>
    lintRelaxng({
      xml: batch.map((f, i) => ({ fileName: `doc${i}.xml`, contents: f.text })),
      schema: { fileName: 'schema.rng', contents: schema },
      initialMemoryPages: 1024,
      maxMemoryPages: MEMORY_PAGES,
    });
  const run = (batch: readonly TeiFile[]): Promise<XMLValidationResult> | undefined => {
    if (batch.length === 0) return undefined;
    if (prune === false || (prune === 'auto' && schemaText.length <= PRUNE_ABOVE)) return lint(batch, schemaText);
    return prunedFor(batch, schemaText).then(async (pruned) => {
      if (!pruned) return lint(batch, schemaText);
      try {
        const result = await lint(batch, pruned.text);
        use = { pruned: true, kept: pruned.kept, cut: pruned.cut };
        return result;
      } catch {
        // a pruned schema libxml2 refuses (it should not happen): the whole one decides
        use = { pruned: false };
        return lint(batch, schemaText);
      }
    });
  };
  const pending = run(todo);
  // A rejected promise must not go unhandled while the main thread is busy elsewhere.
  pending?.catch(() => undefined);
  return {
    async finish() {
      const ready = todo.filter((f) => f.wellFormed && f.isTei);
      if (!pending || ready.length === 0) return;
      let result: XMLValidationResult;
      let batch: readonly TeiFile[] = todo;
      try {
        result = await pending;
      } catch (err) {
        // xmllint gives no verdict at all when one of the files is not well-formed: ask again
        // for the well-formed ones. Otherwise the schema itself is at fault.
        if (ready.length === todo.length) throw schemaError(options.schema, (err as Error).message);
        batch = ready;
        try {
          result = await run(ready)!;
        } catch (again) {
          throw schemaError(options.schema, (again as Error).message);
        }
      }
      record(batch, ready, result, options);
      if (options.onVerdict) for (const file of ready) if (batch.includes(file)) options.onVerdict(file, use);
    },
  };
}

/** The schema pruned to the batch's element and attribute names, or undefined when a text is beyond the scan. */
async function prunedFor(batch: readonly TeiFile[], schema: string) {
  const names = new Set<string>();
  const attributes = new Set<string>();
  for (const file of batch) {
    const own = documentNames(file.text);
    if (!own) return undefined;
    for (const name of own.elements) names.add(name);
    for (const name of own.attributes) attributes.add(name);
  }
  return cachedPrune(schema, names, attributes);
}

/** Validates loaded files against a schema (start and finish in one). */
export async function validateRelaxng(files: readonly TeiFile[], options: RelaxngOptions): Promise<void> {
  await startRelaxng(files, options).finish();
}

function schemaError(schema: string, output: string): UsageError {
  return new UsageError(`the schema ${schema} cannot be used:\n${output.trim()}`, 'check that it is a RelaxNG schema in XML syntax (.rng)');
}

function record(batch: readonly TeiFile[], ready: readonly TeiFile[], result: XMLValidationResult, options: RelaxngOptions): void {
  const wanted = new Set(ready);
  const byName = new Map(batch.map((f, i) => [`doc${i}.xml`, f]));
  const seen = new Set<string>();
  // Files libxml2 could not read at all: the document's fault (nesting, size), not the schema's.
  const unreadable = new Set<TeiFile>();
  // A file whose text was parsed in a worker is parsed again here, one at a time, to place its errors.
  const whole = new Map<TeiFile, TeiFile>();
  const full = (file: TeiFile): TeiFile => {
    if (!file.partialTree) return file;
    let parsed = whole.get(file);
    if (!parsed) {
      whole.clear();
      parsed = new TeiFile(file.path, file.text);
      parse(parsed, NO_LIMITS);
      whole.set(file, parsed);
    }
    return parsed;
  };
  for (const error of result.errors) {
    const file = error.loc ? byName.get(error.loc.fileName) : undefined;
    if (!error.loc || !file || !wanted.has(file)) continue;
    const parsed = parseMessage(error.message);
    if (parsed.unreadable) unreadable.add(file);
    const place = parsed.unreadable ? locateDeep(full(file), error.loc.lineNumber) : locate(full(file), error.loc.lineNumber, parsed);
    // libxml2 often says one fault twice ("did not expect …", "… has extra content"): keep the first.
    const key = `${file.path}:${place.line}:${place.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    file.message(parsed.text, {
      place,
      ruleId: options.ruleId ?? 'relaxng',
      source: SOURCE,
      ...(parsed.hint ? { hint: parsed.hint } : hintOption(parsed.text)),
    });
  }
  // Every document must have a verdict; none means the schema itself could not be used.
  batch.forEach((file, i) => {
    if (!wanted.has(file)) return;
    const name = `doc${i}.xml`;
    if (result.rawOutput.includes(`${name} validates`) || unreadable.has(file)) return;
    if (!result.rawOutput.includes(`${name} fails to validate`)) throw schemaError(options.schema, result.rawOutput);
    if (!file.messages.some((m) => m.source === SOURCE)) {
      file.message('the document does not match the schema', { ruleId: options.ruleId ?? 'relaxng', source: SOURCE });
    }
  });
}

interface Parsed {
  element: string | undefined;
  value: string | undefined;
  attribute: string | undefined;
  text: string;
  /** libxml2's parser refused the document (e.g. nesting over 256 levels): no verdict for it. */
  unreadable?: boolean;
  hint?: string;
}

function parseMessage(message: string): Parsed {
  const refused = /^parser error : (.*)$/s.exec(message.trim());
  if (refused) {
    const deep = /Excessive depth in document: (\d+)/.exec(refused[1]!);
    return {
      element: undefined,
      value: undefined,
      attribute: undefined,
      unreadable: true,
      text: deep
        ? `the schema validator (libxml2) cannot read nesting deeper than ${Number(deep[1]) - 1} elements`
        : `the schema validator (libxml2) cannot read the document: ${lower(refused[1]!.trim())}`,
      hint: deep ? 'nest less deeply (keep --limit depth at 256 or below to have this caught at load)' : 'the document is too large or too deep for libxml2; see the README\'s "Limits"',
    };
  }
  const m = /^element ([^:\s]+): Relax-NG validity error : (.*)$/s.exec(message);
  const text = (m ? m[2]! : message).trim();
  const value = /allow value '([^']*)'/.exec(text)?.[1];
  const attribute = /Invalid attribute (\S+) for element/.exec(text)?.[1];
  const element = m?.[1];
  return { element, value, attribute, text: element ? `<${element}>: ${lower(text)}` : text };
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The start of the named element on that line, or of the attribute holding the bad value. */
function locate(file: TeiFile, line: number, { element, value, attribute }: Parsed): Place {
  if (!file.tree) return { line, column: 1 };
  let found: XElement | undefined;
  for (const el of elements(file.tree)) {
    if (el.start.line === line && (!element || el.local === element || el.name === element)) {
      found = el;
      break;
    }
  }
  if (!found) return { line, column: 1 };
  const attr =
    value !== undefined
      ? Object.entries(found.attributes).find(([, v]) => v === value)?.[0]
      : attribute !== undefined
        ? Object.keys(found.attributes).find((name) => name === attribute || name.endsWith(`:${attribute}`))
        : undefined;
  if (attr) return attributePlace(file, found, attr) ?? found.start;
  return found.start;
}

/** libxml2 names only the line: the first element on it that is over 256 levels deep. */
function locateDeep(file: TeiFile, line: number): Place {
  if (!file.tree) return { line, column: 1 };
  for (const el of elements(file.tree)) {
    if (el.start.line !== line) continue;
    let depth = 0;
    for (let e: XElement | null = el; e; e = e.parent) depth++;
    if (depth > 256) return el.start;
  }
  return { line, column: 1 };
}

function hintOption(text: string): { hint?: string } {
  const hint = hintFor(text);
  return hint ? { hint } : {};
}

function hintFor(text: string): string | undefined {
  if (/Did not expect element|Expecting element|Element .* has extra content/.test(text))
    return 'see tei/schema/README.md for what the schema allows where';
  if (/Invalid attribute/.test(text)) return 'remove the attribute or check its spelling';
  if (/doesn't allow value/.test(text)) return 'check the value against the attribute\'s datatype (dates are ISO 8601: 1919-05-08)';
  return undefined;
}
