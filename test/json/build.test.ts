/** The build writes the JSON edition beside the HTML one, and what it writes is valid. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { root, tempDir } from '../helpers.js';
import { hasMemoir } from './inputs.js';

describe('build: the JSON edition in dist/', () => {
  it.skipIf(!hasMemoir)('writes edition.json, annotations.jsonld and <id>.txt per document, and the schema once; every edition.json is valid', async () => {
    const out = path.join(tempDir('tei-edition-json-build-'), 'dist');
    const result = await build({ inputs: [path.join(root, 'tei')], out });
    expect(result.written).toBe(true);
    const schema = JSON.parse(readFileSync(path.join(out, 'schema', 'edition.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    const docs = readdirSync(path.join(root, 'tei')).filter((f) => f.endsWith('.xml')).map((f) => f.replace(/\.xml$/, ''));
    expect(docs).toContain('lenin-kropotkin');
    for (const id of docs) {
      const files = readdirSync(path.join(out, id));
      expect(files).toEqual(expect.arrayContaining(['edition.json', 'annotations.jsonld', `${id}.txt`]));
      const edition = JSON.parse(readFileSync(path.join(out, id, 'edition.json'), 'utf8'));
      expect(validate(edition), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(edition.$schema).toBe('../schema/edition.schema.json');
      const jsonld = JSON.parse(readFileSync(path.join(out, id, 'annotations.jsonld'), 'utf8'));
      expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      const text = readFileSync(path.join(out, id, `${id}.txt`), 'utf8');
      expect(text).toBe(`${edition.blocks.filter((b: { reading: string }) => b.reading).map((b: { reading: string }) => b.reading).join('\n\n')}\n`);
    }
  });
});
