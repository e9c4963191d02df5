/** The memoir built once with a base URL and once without, into temporary folders removed afterwards. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { fixtures, root } from '../helpers.js';

export const BASE = 'https://edition.example.org/lenin-kropotkin/';
export const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
/** A letter with a named translator, structured names, an ORCID and its own URI in the header. */
export const translated = path.join(fixtures, 'citation', 'translated.xml');
/** These tests check citation, not validation: a schema that accepts any XML. */
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-citation-'));
  made.push(dir);
  return dir;
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
