/**
 * The built API over HTTP, as a client uses it: a real build with --base-url into a temporary
 * folder, served on 127.0.0.1 by test/dts/static-server.mjs (the README's server rules), every
 * URL made by expanding the published URI templates (RFC 6570, url-template), never by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from 'url-template';
import { build } from '../../src/build.js';
import { memoirPath } from './helpers.js';
// @ts-expect-error: a plain ES module without types
import { serve } from './static-server.mjs';

let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-dts-'));
  server = (await serve(path.join(dir, 'dist'), 0)) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const result = await build({ inputs: [memoirPath], out: path.join(dir, 'dist'), baseUrl: base });
  expect(result.written).toBe(true);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; type: string; link: string | null; body: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', link: res.headers.get('link'), body: await res.text() };
}
async function json(url: string): Promise<Record<string, unknown>> {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  expect(res.type, url).toBe('application/ld+json');
  return JSON.parse(res.body) as Record<string, unknown>;
}
const expand = (template: unknown, values: Record<string, string | number>): string => parseTemplate(String(template)).expand(values);

describe('the DTS API served over HTTP', () => {
  it('leads from the entry point to a passage by following the templates', async () => {
    const entry = await json(`${base}dts/index.json`);
    const root = await json(expand(entry['collection'], {}));
    const editionRef = (root['member'] as Record<string, unknown>[])[0]!;
    const edition = await json(expand(entry['collection'], { id: String(editionRef['@id']) }));
    const resource = (edition['member'] as Record<string, unknown>[])[0]!;
    expect(resource['@id']).toBe('lenin-kropotkin');
    expect(await json(expand(resource['collection'], { nav: 'parents' }))).toMatchObject({ member: [{ '@id': 'edition' }] });

    const top = await json(expand(resource['navigation'], { down: 1 }));
    const first = (top['member'] as { identifier: string }[])[0]!.identifier;
    const below = await json(expand(resource['navigation'], { ref: first, down: -1 }));
    expect(below['ref']).toMatchObject({ identifier: first });
    const lines = await json(expand(resource['navigation'], { tree: 'line', down: 1 }));
    expect((lines['member'] as unknown[]).length).toBe(236);

    const passage = await get(expand(resource['document'], { ref: first, mediaType: 'application/tei+xml' }));
    expect(passage.status).toBe(200);
    expect(passage.type).toBe('application/tei+xml');
    expect(passage.link).toBe(`<${base}dts/collection/lenin-kropotkin.json>; rel="collection"`);
    expect(passage.body).toContain('<dts:wrapper xmlns:dts="https://w3id.org/api/dts#">');
    const whole = await get(expand(resource['document'], {}));
    expect(whole.body).toMatch(/^<\?xml[^>]*>\s*<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/);
  });

  it('answers what Level 0 does not support with 400, and an unknown ref with 404', async () => {
    const entry = await json(`${base}dts/index.json`);
    const r = { resource: 'lenin-kropotkin' };
    expect((await get(expand(entry['navigation'], { ...r, start: '1', end: '3' }))).status).toBe(400);
    expect((await get(expand(entry['navigation'], { ...r, start: '1', end: '3', down: 1 }))).status).toBe(400);
    expect((await get(expand(entry['document'], { ...r, start: '1', end: '3' }))).status).toBe(400);
    expect((await get(expand(entry['navigation'], r))).status).toBe(400);
    expect((await get(expand(entry['navigation'], { ...r, down: 0 }))).status).toBe(400);
    expect((await get(expand(entry['navigation'], { ...r, ref: '999', down: 1 }))).status).toBe(404);
    expect((await get(expand(entry['document'], { ...r, ref: '999' }))).status).toBe(404);
  });
});
