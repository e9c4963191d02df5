/** The memoir built once with a base URL and once without, into temporary folders removed afterwards. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildResult } from '../../src/build.js';
import { fixtures, root, tempDir as sharedTempDir } from '../helpers.js';

export const BASE = 'https://edition.example.org/lenin-kropotkin/';
export const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
/** A letter with a named translator, structured names, an ORCID and its own URI in the header. */
export const translated = path.join(fixtures, 'citation', 'translated.xml');
/** These tests check citation, not validation: a schema that accepts any XML. */
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

/** A temporary folder, removed after the test file (test/helpers.ts). */
export function tempDir(): string {
  return sharedTempDir('tei-edition-citation-');
}

export async function built(options: { baseUrl?: string; inputs?: string[] } = {}): Promise<{ out: string; result: BuildResult }> {
  const out = path.join(tempDir(), 'dist');
  const inputs = options.inputs ?? [memoir];
  const result = await build({
    inputs,
    out,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(inputs.includes(memoir) && inputs.length === 1 ? {} : { schema: anySchema }),
  });
  if (!result.written) throw new Error(result.files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).join('\n'));
  return { out, result };
}

export const read = (dir: string, rel: string): string => readFileSync(path.join(dir, rel), 'utf8');
