/**
 * Limits on what one document may hold, enforced at load, before any later stage (libxml2, the
 * rules, saxon-js, the JSON walker) could choke on it. Each is a located error that says what,
 * the limit, and how to raise it. The defaults leave room above every document of the memoir
 * and of ../shared/corpora (ELTeC novels, genres, letters; largest values in the README).
 */
import { UsageError } from '../errors.js';

export interface Limits {
  /** Elements nested inside each other (the root is depth 1). */
  depth: number;
  /** Characters in one attribute value. */
  attribute: number;
  /** Elements in one document. */
  elements: number;
  /** Characters in one run of text between two tags. */
  text: number;
  /** Bytes of one file. */
  fileSize: number;
}

/**
 * libxml2 (the schema validator) refuses nesting deeper than 256 levels: the depth limit stops
 * there so that our located message comes first.
 */
export const defaultLimits: Readonly<Limits> = Object.freeze({
  depth: 256,
  attribute: 65_536,
  elements: 1_000_000,
  text: 1_000_000,
  fileSize: 64 * 1024 * 1024,
});

/** The names used by `--limit NAME=N` and `TEI_EDITION_LIMIT_<NAME>`. */
export const limitNames: Readonly<Record<keyof Limits, string>> = Object.freeze({
  depth: 'depth',
  attribute: 'attribute',
  elements: 'elements',
  text: 'text',
  fileSize: 'file-size',
});

const keyOf = new Map(Object.entries(limitNames).map(([k, v]) => [v, k as keyof Limits]));

export function envName(key: keyof Limits): string {
  return `TEI_EDITION_LIMIT_${limitNames[key].toUpperCase().replace(/-/g, '_')}`;
}

/** How a user raises a limit, for the hint of its message. */
export function raiseHint(key: keyof Limits, value: number): string {
  const more = Math.max(value * 2, 1);
  return `if the document is right, raise the limit: --limit ${limitNames[key]}=${more} or ${envName(key)}=${more}`;
}

/** Defaults, then the environment, then the options given (each wins over the one before). */
export function resolveLimits(given: Partial<Limits> = {}, env: NodeJS.ProcessEnv = process.env): Limits {
  const out: Limits = { ...defaultLimits };
  for (const key of Object.keys(limitNames) as (keyof Limits)[]) {
    const raw = env[envName(key)];
    if (raw !== undefined && raw !== '') out[key] = parseLimit(raw, envName(key));
    const value = given[key];
    if (value !== undefined) out[key] = parseLimit(String(value), limitNames[key]);
  }
  return out;
}

/** `["depth=500", "file-size=1000000"]` → `{depth: 500, fileSize: 1000000}` (the CLI's --limit). */
export function parseLimitFlags(flags: readonly string[]): Partial<Limits> {
  const out: Partial<Limits> = {};
  for (const flag of flags) {
    const m = /^([a-z-]+)=(.+)$/.exec(flag.trim());
    const key = m ? keyOf.get(m[1]!) : undefined;
    if (!m || !key) throw new UsageError(`--limit ${flag}: expected NAME=N`, `NAME is one of ${[...keyOf.keys()].join(', ')}`);
    out[key] = parseLimit(m[2]!, m[1]!);
  }
  return out;
}

function parseLimit(raw: string, name: string): number {
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`limit ${name}=${raw}: expected a whole number above 0`);
  return n;
}
