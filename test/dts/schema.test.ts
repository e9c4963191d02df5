/**
 * Every JSON answer of the API against the official DTS validator's JSON Schemas (kept in
 * ../shared/schemas/dts/; CI has no validator), and the properties the validator checks
 * beyond them: dtsVersion, and the URI template variables each endpoint must offer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from 'url-template';
import { dtsSchemas, fixture, hasDtsSchemas, memoirPath, renderDts, type Rendered } from './helpers.js';

if (!hasDtsSchemas) console.warn('notice: ../shared/schemas/dts is absent; the DTS JSON Schema tests are skipped');

/** The variable names of a URI template (RFC 6570), read by expanding each one alone. */
function variables(template: string): string[] {
  const names = [...template.matchAll(/\{[^a-zA-Z]?([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((v) => v.replace(/[*:].*$/, '')));
  // Each is really a variable: expanding it alone changes the result.
  const bare = parseTemplate(template).expand({});
  return names.filter((n) => parseTemplate(template).expand({ [n]: 'x' }) !== bare);
}

describe.skipIf(!hasDtsSchemas)('DTS answers against the validator\'s JSON Schemas', () => {
  let r: Rendered;
  let schemas: ReturnType<typeof dtsSchemas>;
  beforeAll(async () => {
    r = await renderDts([memoirPath, fixture('play.xml'), fixture('letters.xml'), fixture('fallback.xml')]);
    schemas = dtsSchemas();
  });

  it('validates the entry point, every collection answer and every navigation answer', () => {
    const counts = { entry: 0, collection: 0, navigation: 0 };
    for (const [p, content] of r.out) {
      if (!p.endsWith('.json')) continue;
      const kind = p === 'dts/index.json' ? 'entry' : p.startsWith('dts/collection') ? 'collection' : 'navigation';
      const validate = schemas[kind];
      const json = JSON.parse(content);
      expect(validate(json) ? null : { p, errors: validate.errors }).toBeNull();
      expect(json['dtsVersion'], p).toBe('1.0');
      expect(json['@context'], p).toBe('https://dtsapi.org/context/v1.0.json');
      counts[kind]++;
    }
    expect(counts.entry).toBe(1);
    expect(counts.collection).toBe(3 * (2 + 1 + 4));
    expect(counts.navigation).toBeGreaterThan(1400);
  });

  it('offers the URI template variables the validator requires', () => {
    const entry = r.json('dts/index.json');
    expect(variables(entry['collection'] as string)).toEqual(expect.arrayContaining(['id', 'nav']));
    expect(variables(entry['navigation'] as string)).toEqual(expect.arrayContaining(['resource', 'ref', 'start', 'end', 'down', 'tree']));
    expect(variables(entry['document'] as string)).toEqual(expect.arrayContaining(['resource', 'ref', 'start', 'end', 'tree', 'mediaType']));
    const resource = r.json('dts/collection/lenin-kropotkin.json');
    expect(variables(resource['collection'] as string)).toEqual(['nav']);
    expect(variables(resource['navigation'] as string)).toEqual(expect.arrayContaining(['ref', 'start', 'end']));
    expect(variables(resource['document'] as string)).toEqual(expect.arrayContaining(['ref', 'start', 'end']));
  });

  it('rejects what the schemas reject: the check can fail', () => {
    const nav = r.json('dts/navigation/lenin-kropotkin;down=1.json');
    delete nav['resource'];
    expect(schemas.navigation(nav)).toBe(false);
    const col = r.json('dts/collection/edition.json');
    col['@type'] = 'Folder';
    expect(schemas.collection(col)).toBe(false);
  });
});
