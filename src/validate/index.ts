/** The validate stage: RelaxNG against each document's schema (schema-choice.ts), then the rule set. */
import type { TeiFile } from '../file.js';
import { Catalogs } from './catalog.js';
import { startRelaxng, type SchemaUse } from './relaxng.js';
import { chooseSchema, type SchemaChoice } from './schema-choice.js';
import { EditionIndex } from './edition-index.js';
import { JUDGED, type Judged } from './judged.js';
import { runRule } from './rule.js';
import { rules } from './rules/index.js';

export interface ValidateOptions {
  /** A RelaxNG schema (.rng) for every document, instead of the one each declares or the project's. */
  schema?: string;
  /**
   * OASIS XML catalogs that map declared schema addresses to local files (`--catalog`); those
   * of XML_CATALOG_FILES come after them.
   */
  catalogs?: readonly string[];
  /** Prune large schemas to the documents' element names (default `auto`; see relaxng.ts). */
  prune?: boolean | 'auto';
  /**
   * Hold every document to the edition's conventions (true) or none (false); by default a
   * document is held to them unless another schema judges it (see validate/conventions.ts).
   */
  conventions?: boolean;
  /** Work for the main thread while the schema validation runs in its worker. */
  meanwhile?: () => void;
}

export interface ValidationRun {
  /** Runs the rules on every loaded TEI file (at once; the schema may still be working). */
  rules(): void;
  /** Waits for the schema's verdict (running the rules first if not done yet). */
  finish(): Promise<void>;
}

/**
 * Starts the schema validation on the files' texts at once (in a worker thread), so that the
 * caller can parse them meanwhile; `finish` needs them loaded.
 */
export function startValidation(files: readonly TeiFile[], options: ValidateOptions = {}): ValidationRun {
  const schema = startSchemas(files, options);
  let ruled = false;
  const run: ValidationRun = {
    rules() {
      if (ruled) return;
      ruled = true;
      // The rules also run on a recovered tree, so that one pass reports a broken tag and a
      // dangling pointer together; the schema sees only well-formed TEI.
      // One index for the whole build: a pointer may lead into another of its files.
      const edition = new EditionIndex(files.filter((f) => f.isTei));
      const ruleOptions = {
        edition,
        ...(options.schema !== undefined ? { schema: options.schema } : {}),
        ...(options.conventions !== undefined ? { conventions: options.conventions } : {}),
      };
      for (const file of files) if (file.isTei) for (const rule of rules) runRule(rule, file, ruleOptions);
    },
    async finish() {
      run.rules();
      await schema.finish();
      for (const file of files) dropEchoes(file);
    },
  };
  return run;
}

/**
 * Each document's schema (schema-choice.ts), then one validation call per schema, all started
 * now. Which schema judged a document goes on its data as `schema` (see judgedBy).
 */
function startSchemas(files: readonly TeiFile[], options: ValidateOptions): { finish(): Promise<void> } {
  const catalogs = Catalogs.fromEnvironment(options.catalogs ?? []);
  const groups = new Map<string, TeiFile[]>();
  const choices = new Map<TeiFile, SchemaChoice>();
  for (const file of files) {
    if (file.hasErrors) continue;
    const choice = chooseSchema(file, { ...(options.schema !== undefined ? { schema: options.schema } : {}), catalogs });
    if (!choice) continue;
    choices.set(file, choice);
    const group = groups.get(choice.path) ?? [];
    group.push(file);
    groups.set(choice.path, group);
  }
  const runs = [...groups].map(([schema, group]) =>
    startRelaxng(group, {
      schema,
      ...(options.prune !== undefined ? { prune: options.prune } : {}),
      onVerdict: (file, use) => {
        const judged: Judged = { ...choices.get(file)!, ...use };
        file.data[JUDGED] = judged;
      },
    }),
  );
  return {
    async finish() {
      // every run is under way already; a schema that cannot be used fails the build
      await Promise.all(runs.map((r) => r.finish()));
    },
  };
}

export { judgedBy, type Judged } from './judged.js';

/** Validates loaded files: the schema, then the rules. Problems go on each file's messages. */
export async function validate(files: readonly TeiFile[], options: ValidateOptions = {}): Promise<void> {
  const run = startValidation(files, options);
  options.meanwhile?.();
  await run.finish();
}

/**
 * libxml2 reports a bad date or a duplicate id as "invalid attribute"; our rule says the same
 * at the same place with a reason and a hint. Keep the rule's message, drop the schema's echo.
 */
export function dropEchoes(file: TeiFile): void {
  const ruled = new Set(
    file.messages.filter((m) => m.source === 'tei-edition' && m.severity === 'error').map((m) => `${m.line}:${m.column}`),
  );
  for (let i = file.messages.length - 1; i >= 0; i--) {
    const m = file.messages[i]!;
    if (m.source === 'relaxng' && ruled.has(`${m.line}:${m.column}`)) file.messages.splice(i, 1);
  }
}

export { rules } from './rules/index.js';
export { describeChoice, type SchemaChoice } from './schema-choice.js';
export type { Rule, RuleKind } from './rule.js';
