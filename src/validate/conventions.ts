/**
 * Is a document one of the edition's own, written to its conventions (every name linked to the
 * register, every commentary note sourced…)? Those rules are errors for the edition's documents
 * and warnings for TEI from elsewhere, which is valid TEI without them.
 *
 * A document is the edition's own unless it says otherwise: it is validated against another
 * schema than the project's (`--schema`), or it declares another schema in an `<?xml-model?>`
 * processing instruction. The library option `conventions` decides outright.
 */
import path from 'node:path';
import type { TeiFile } from '../file.js';
import { defaultSchema } from '../paths.js';

export interface ConventionOptions {
  /** The schema the build validates against (`--schema`); undefined: the project's. */
  schema?: string;
  /** true: hold every document to the edition's conventions; false: none. */
  conventions?: boolean;
}

const PROJECT_SCHEMA = path.basename(defaultSchema);

export function followsConventions(file: TeiFile, options: ConventionOptions = {}): boolean {
  if (options.conventions !== undefined) return options.conventions;
  if (options.schema !== undefined && path.resolve(options.schema) !== defaultSchema) return false;
  return declaredSchemas(file.text).every((href) => schemaName(href) === PROJECT_SCHEMA);
}

/** The @href of every `<?xml-model?>` in the prolog (before the root element). */
export function declaredSchemas(text: string): string[] {
  const root = /<[A-Za-z_]/.exec(text);
  const prolog = root ? text.slice(0, root.index) : text;
  const hrefs: string[] = [];
  for (const pi of prolog.matchAll(/<\?xml-model\s([\s\S]*?)\?>/g)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(pi[1]!);
    if (href) hrefs.push(href[1] ?? href[2]!);
  }
  return hrefs;
}

function schemaName(href: string): string {
  return href.replace(/[?#].*$/, '').split('/').pop() ?? '';
}
