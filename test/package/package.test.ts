/** `package`: a BagIt 1.0 bag of the memoir, byte-identical from the same sources, that verifies. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { packageEdition, type PackageResult } from '../../src/package/package.js';
import { verify } from '../../src/package/verify.js';
import { root } from '../helpers.js';
import { cleanup, unpack } from './tamper.js';

const made: string[] = [];
let work: string;
let first: PackageResult;
let second: PackageResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tei-edition-package-test-'));
  made.push(work);
  // the same sources, two runs (the second without the render cache): the bytes must not change
  for (const d of ['a', 'b']) mkdirSync(path.join(work, d));
  first = await packageEdition({ inputs: [path.join(root, 'tei')], out: path.join(work, 'a', 'memoir.zip') });
  process.env['TEI_EDITION_CACHE'] = 'off';
  try {
    second = await packageEdition({ inputs: [path.join(root, 'tei')], out: path.join(work, 'b', 'memoir.zip') });
  } finally {
    delete process.env['TEI_EDITION_CACHE'];
  }
});
afterAll(() => cleanup(made));

describe('package', () => {
  it('writes a bag of the memoir and the build\'s warning, no error', () => {
    expect(first.written).toBe(true);
    expect(first.files.flatMap((f) => f.messages).filter((m) => m.severity === 'error')).toEqual([]);
    expect(first.payload.files).toBeGreaterThan(20);
    expect(first.size).toBe(readFileSync(first.out).length);
  });

  it('gives byte-identical bags from the same sources', () => {
    expect(second.written).toBe(true);
    expect(readFileSync(first.out).equals(readFileSync(second.out))).toBe(true);
  });

  it('bags the built edition, the TEI sources and the schema in data/, and fills bag-info.txt from the model', async () => {
    const { parent, bag } = await unpack(first.out);
    made.push(parent);
    const manifest = readFileSync(path.join(bag, 'manifest-sha512.txt'), 'utf8');
    for (const p of ['data/edition/index.html', 'data/edition/lenin-kropotkin/index.html', 'data/edition/bagit-profile-1.0.json', 'data/tei/lenin-kropotkin.xml', 'data/tei/schema/tei-edition.rng', 'data/tei/source/een-ontmoeting-tussen-lenin-en-kropotkin.txt']) {
      expect(manifest).toContain(`  ${p}\n`);
    }
    expect(readFileSync(path.join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(path.join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toContain('Source-Organization: tei-edition project\n');
    expect(info).toContain('Bagging-Date: 2026-12-01\n');
    expect(info).toContain(`Payload-Oxum: ${first.payload.bytes}.${first.payload.files}\n`);
    expect(info).toContain('BagIt-Profile-Identifier: bagit-profile-1.0.json\n');
    expect(info).toMatch(/^External-Description: Een ontmoeting tussen V\.I\. Lenin en P\. A\. Kropotkin/m);
    expect(info).toContain('External-Identifier: lenin-kropotkin\n');
  });

  it('verifies: the .zip and its unpacked folder', async () => {
    expect((await verify(first.out)).messages).toEqual([]);
    const { parent, bag } = await unpack(first.out);
    made.push(parent);
    const r = await verify(bag);
    expect(r.messages).toEqual([]);
    expect(r.payload).toEqual(first.payload);
  });

  it('names its profile under the base URL when there is one', async () => {
    const out = path.join(work, 'with-url.zip');
    const r = await packageEdition({ inputs: [path.join(root, 'tei')], out, baseUrl: 'https://example.org/memoir' });
    expect(r.written).toBe(true);
    const { parent, bag } = await unpack(out);
    made.push(parent);
    const info = readFileSync(path.join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toContain('BagIt-Profile-Identifier: https://example.org/memoir/bagit-profile-1.0.json\n');
    expect(info).toContain('External-Identifier: https://example.org/memoir/\n');
    const profile = JSON.parse(readFileSync(path.join(bag, 'data/edition/bagit-profile-1.0.json'), 'utf8'));
    expect(profile['BagIt-Profile-Info']['BagIt-Profile-Identifier']).toBe('https://example.org/memoir/bagit-profile-1.0.json');
    expect((await verify(out)).messages).toEqual([]);
    rmSync(out);
  });

  it('the command: package exits 0 and says what it wrote; a broken document writes nothing and exits 1', async () => {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: (x: string) => void (out.stdout += x), stderr: (x: string) => void (out.stderr += x), color: false };
    const zip = path.join(work, 'cli.zip');
    expect(await main(['package', path.join(root, 'tei'), '--out', zip], io)).toBe(0);
    expect(out.stderr).toMatch(new RegExp(`packaged ${first.payload.files} files \\(${first.payload.bytes} bytes\\) into .*cli\\.zip`));
    expect((await verify(zip)).messages).toEqual([]);
    const broken = path.join(work, 'broken.xml');
    const { writeFileSync, existsSync } = await import('node:fs');
    writeFileSync(broken, readFileSync(path.join(root, 'tei', 'lenin-kropotkin.xml'), 'utf8').replace('ref="#lenin"', 'ref="#nobody"'));
    const zip2 = path.join(work, 'broken.zip');
    expect(await main(['package', broken, '--out', zip2], io)).toBe(1);
    expect(existsSync(zip2)).toBe(false);
  });
});
