/**
 * The answers as JSON-LD: expanded with the DTS 1.0 context (the copy in ../shared/schemas/dts/
 * context/, as the live one cannot be fetched here) in jsonld's safe mode, which fails on any
 * key the context does not define, so no DTS property is silently lost to an RDF client.
 *
 * The `dublinCore` objects are left out: the context nests them (`@nest`) with a scoped
 * `@vocab` of DC Terms, which jsonld.js does not apply, so every DC term but title,
 * description and identifier is dropped, in the spec's own examples as in ours.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { shared } from '../helpers.js';
import { fixture, memoirPath, renderDts, DTS, type Rendered } from './helpers.js';

const contextFile = path.join(shared, 'schemas', 'dts', 'context', 'v1.0.json');
const hasContext = existsSync(contextFile);
if (!hasContext) console.warn('notice: ../shared/schemas/dts/context is absent; the DTS JSON-LD tests are skipped');

describe.skipIf(!hasContext)('DTS answers as JSON-LD', () => {
  let r: Rendered;
  let documentLoader: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
  beforeAll(async () => {
    r = await renderDts([memoirPath, fixture('letters.xml')]);
    const context = JSON.parse(readFileSync(contextFile, 'utf8')) as unknown;
    documentLoader = async (url) => {
      if (url !== 'https://dtsapi.org/context/v1.0.json') throw new Error(`no network: ${url}`);
      return { contextUrl: null, documentUrl: url, document: context };
    };
  });

  const withoutDublinCore = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(withoutDublinCore) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'dublinCore').map(([k, x]) => [k, withoutDublinCore(x)])) : v;
  const expand = (p: string): Promise<unknown> =>
    jsonld.expand(withoutDublinCore(r.json(p)) as jsonld.JsonLdDocument, { documentLoader, safe: true, base: `${DTS}${p.slice('dts/'.length)}` } as jsonld.Options.Expand);

  it('expands every kind of answer without dropping a key', async () => {
    for (const p of [
      'dts/index.json',
      'dts/collection.json',
      'dts/collection/edition.json',
      'dts/collection/lenin-kropotkin;nav=parents.json',
      'dts/navigation/lenin-kropotkin;down=1.json',
      'dts/navigation/lenin-kropotkin;tree=line;down=0/17.json',
      'dts/navigation/letters;down=-1.json',
    ]) {
      await expect(expand(p), p).resolves.toBeDefined();
    }
  });

  it('gives the DTS terms their DTS IRIs', async () => {
    const text = JSON.stringify(await expand('dts/collection/lenin-kropotkin.json'));
    for (const term of ['citationTrees', 'citeStructure', 'citeType', 'download', 'mediaTypes', 'totalParents', 'description']) {
      expect(text).toContain(`https://dtsapi.org/v1.0#${term}`);
    }
  });

  it('fails in safe mode on a key the context does not define: the check can fail', async () => {
    const doc = { ...(withoutDublinCore(r.json('dts/collection/edition.json')) as object), notADtsTerm: 1 };
    await expect(jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand)).rejects.toThrow();
  });
});
