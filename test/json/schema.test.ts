/** schema/edition.schema.json: a valid JSON Schema 2020-12 that describes every property, and every output passes it. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_URL, renderJsonSchema } from '../../src/render/json/index.js';
import { hasEltec, hasMemoir, inputs, rendered } from './inputs.js';

const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

/** Every property definition below `properties` anywhere in the schema, with its JSON path. */
function propertyDefinitions(node: unknown, at = '#'): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'if') continue; // conditions on values, not property definitions
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, def] of Object.entries(value as Record<string, unknown>)) out.push([`${at}/properties/${name}`, def as Record<string, unknown>]);
    }
    out.push(...propertyDefinitions(value, `${at}/${key}`));
  }
  return out;
}

describe('the JSON Schema of the edition', () => {
  it('is JSON Schema 2020-12 that ajv compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validator).not.toThrow();
  });

  it('has a description on every property (directly or on the definition it refers to)', () => {
    const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
    const props = propertyDefinitions(schema);
    expect(props.length).toBeGreaterThan(80);
    for (const [where, def] of props) {
      const described = typeof def['description'] === 'string' && (def['description'] as string).length > 3;
      const ref = typeof def['$ref'] === 'string' ? defs[(def['$ref'] as string).replace('#/$defs/', '')] : undefined;
      expect(described || typeof ref?.['description'] === 'string', where).toBe(true);
    }
  });

  it('documents that offsets count Unicode code points', () => {
    expect(schema['description']).toMatch(/Unicode code points/);
    expect(JSON.stringify(schema['$defs'])).toMatch(/code points/);
  });

  it('is published as dist/schema/edition.schema.json', () => {
    const [out] = renderJsonSchema();
    expect(out!.path).toBe('schema/edition.schema.json');
    expect(JSON.parse(out!.content as string)).toEqual(schema);
  });
});

describe('every JSON edition is valid against the schema', () => {
  if (!hasMemoir) it.skip('tei/lenin-kropotkin.xml is not there yet', () => {});
  if (!hasEltec) it.skip('../shared/corpora/eltec-eng is absent: the ELTeC novels are not checked', () => {});
  const validate = validator();
  for (const rel of inputs()) {
    it(rel.replace(/^.*\//, ''), () => {
      const { edition, json } = rendered(rel);
      // validate what is written, not the object in memory
      const ok = validate(JSON.parse(json));
      expect(validate.errors?.slice(0, 5) ?? [], edition.id).toEqual([]);
      expect(ok).toBe(true);
    });
  }
});
