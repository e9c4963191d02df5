/** Both CITATION.cff files (the edition's in dist/, the toolkit's at the root) are valid CFF 1.2.0. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, shared } from '../helpers.js';
import { BASE, built, read } from './helpers.js';

const schemaPath = path.join(shared, 'schemas', 'cff', 'schema.json');
const hasSchema = existsSync(schemaPath);
if (!hasSchema) console.log(`notice: ${schemaPath} is absent (../shared): the CFF schema checks are skipped`);

/** CFF is YAML 1.2: dates stay strings (js-yaml's default schema would make them Date objects). */
const load = (text: string): Record<string, unknown> => loadYaml(text, { schema: CORE_SCHEMA }) as Record<string, unknown>;

function validate(doc: unknown): string[] {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return check(doc) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let out = '';
beforeAll(async () => {
  ({ out } = await built({ baseUrl: BASE }));
});

describe('CITATION.cff', () => {
  it('the edition is a dataset whose preferred citation is the edited book', () => {
    const cff = load(read(out, 'CITATION.cff'));
    expect(cff['type']).toBe('dataset');
    expect(cff['version']).toBe('0.2');
    expect(cff['date-released']).toBe('2026-12-01');
    expect(cff['license']).toBe('CC-BY-4.0');
    expect(cff['url']).toBe(BASE);
    const preferred = cff['preferred-citation'] as Record<string, unknown>;
    expect(preferred['type']).toBe('book');
    expect(preferred['authors']).toEqual([{ 'family-names': 'Bontsj-Broejevitsj', 'given-names': 'V. D.' }]);
    expect(preferred['editors']).toEqual([{ name: 'the tei-edition editorial team' }]);
    expect(preferred['publisher']).toEqual({ name: 'tei-edition project' });
  });

  it.runIf(hasSchema)('both files validate against the CFF 1.2.0 schema', async () => {
    expect(validate(load(read(out, 'CITATION.cff')))).toEqual([]);
    const { out: plain } = await built();
    expect(validate(load(read(plain, 'CITATION.cff')))).toEqual([]);
    const toolkit = load(readFileSync(path.join(root, 'CITATION.cff'), 'utf8'));
    expect(validate(toolkit)).toEqual([]);
    expect(toolkit['type']).toBe('software');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; license: string };
    expect(toolkit['version']).toBe(pkg.version);
    expect(toolkit['license']).toBe(pkg.license);
  });
});
