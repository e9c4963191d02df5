/**
 * Which schema judged a document (validate/index.ts puts it on the file's data): read by the
 * command line's report, which must not load the validators to ask.
 */
import type { TeiFile } from '../file.js';
import type { SchemaChoice } from './schema-choice.js';
import type { SchemaUse } from './relaxng.js';

/** What judged a document: the choice, and whether the schema was pruned for the build. */
export type Judged = SchemaChoice & SchemaUse;

export const JUDGED = 'schema';

/** The schema that gave a document its verdict, once validation has finished. */
export function judgedBy(file: TeiFile): Judged | undefined {
  return file.data[JUDGED] as Judged | undefined;
}
