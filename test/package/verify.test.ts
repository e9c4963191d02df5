/**
 * `verify` on each bad case of the issue: a changed byte, a missing file, an extra file, a
 * wrong Oxum, a truncated archive, a path that escapes the bag, a manifest line that is not
 * UTF-8, and a hidden file. Each is reported exactly (file, line, rule), nothing crashes, and
 * nothing is written outside the temporary folder.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { packageEdition } from '../../src/package/package.js';
import { verify } from '../../src/package/verify.js';
import { root } from '../helpers.js';
import { changeByte, cleanup, copyOf, manifestLine, unpack } from './tamper.js';

const made: string[] = [];
let zip: string;
let bag: string;

beforeAll(async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'tei-edition-verify-test-'));
  made.push(work);
  zip = path.join(work, 'memoir.zip');
  const r = await packageEdition({ inputs: [path.join(root, 'tei')], out: zip });
  expect(r.written).toBe(true);
  const unpacked = await unpack(zip);
  made.push(unpacked.parent);
  bag = unpacked.bag;
});
afterAll(() => cleanup(made));

/** "file-in-bag:line rule-id" of each problem. */
async function problems(target: string, base = target): Promise<string[]> {
  const { messages } = await verify(target);
  return messages.map((m) => `${m.file.startsWith(`${base}/`) ? m.file.slice(base.length + 1) : m.file}:${m.line} ${m.ruleId}`);
}

/** Writes a small zip with chosen entries (names may be changed byte for byte afterwards). */
async function zipOf(file: string, entries: Record<string, string>): Promise<void> {
  const z = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) z.addBuffer(Buffer.from(text), name, { mtime: new Date(2000, 0, 1) });
  z.end();
  await pipeline(z.outputStream, createWriteStream(file));
}

describe('verify: bad bags', () => {
  it('a changed byte: the file, and the manifest line that expects another checksum', async () => {
    const copy = copyOf(bag, made);
    changeByte(path.join(copy, 'data/edition/lenin-kropotkin/index.html'));
    const { messages } = await verify(copy);
    expect(messages.map((m) => m.ruleId)).toEqual(['bag-checksum']);
    expect(messages[0]!.file).toBe(`${copy}/data/edition/lenin-kropotkin/index.html`);
    const line = manifestLine(path.join(copy, 'manifest-sha512.txt'), 'data/edition/lenin-kropotkin/index.html');
    expect(messages[0]!.reason).toMatch(new RegExp(`manifest-sha512\\.txt line ${line} expects sha512 [0-9a-f]{16}…, the file has [0-9a-f]{16}…`));
  });

  it('the same verdicts with hashing on two worker threads', async () => {
    expect((await verify(bag, { threads: 2 })).messages).toEqual([]);
    const copy = copyOf(bag, made);
    changeByte(path.join(copy, 'data/edition/index.html'));
    expect((await verify(copy, { threads: 2 })).messages).toEqual((await verify(copy, { threads: 1 })).messages);
    expect((await verify(copy, { threads: 2 })).messages.map((m) => m.ruleId)).toEqual(['bag-checksum']);
  });

  it('a missing file: the manifest line that lists it, and the Oxum', async () => {
    const copy = copyOf(bag, made);
    const line = manifestLine(path.join(copy, 'manifest-sha512.txt'), 'data/tei/lenin-kropotkin.xml');
    unlinkSync(path.join(copy, 'data/tei/lenin-kropotkin.xml'));
    const oxumLine = readFileSync(path.join(copy, 'bag-info.txt'), 'utf8').split('\n').findIndex((l) => l.startsWith('Payload-Oxum')) + 1;
    expect(await problems(copy)).toEqual([`bag-info.txt:${oxumLine} bag-oxum`, `manifest-sha512.txt:${line} bag-missing-file`]);
  });

  it('an extra file in data/, and one beside the tag files', async () => {
    const copy = copyOf(bag, made);
    writeFileSync(path.join(copy, 'data/edition/extra.txt'), 'not in the manifest\n');
    writeFileSync(path.join(copy, 'notes.txt'), 'not a tag file of the profile\n');
    const found = await problems(copy);
    expect(found).toContain('data/edition/extra.txt:1 bag-extra-file');
    expect(found).toContain('notes.txt:1 bag-extra-file');
    expect(found.filter((p) => !p.includes('bag-extra-file'))).toEqual([expect.stringMatching(/^bag-info\.txt:\d+ bag-oxum$/)]);
  });

  it('a wrong Oxum: expected against found, and the tag manifest that no longer matches bag-info.txt', async () => {
    const copy = copyOf(bag, made);
    const infoFile = path.join(copy, 'bag-info.txt');
    const info = readFileSync(infoFile, 'utf8');
    const actual = /Payload-Oxum: (\d+\.\d+)/.exec(info)![1]!;
    writeFileSync(infoFile, info.replace(`Payload-Oxum: ${actual}`, 'Payload-Oxum: 1.1'));
    const { messages } = await verify(copy);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['bag-checksum', 'bag-oxum']);
    expect(messages.find((m) => m.ruleId === 'bag-oxum')!.reason).toBe(`Payload-Oxum is 1.1, the payload has ${actual} (octets.files)`);
    expect(messages.find((m) => m.ruleId === 'bag-checksum')!.file).toBe(infoFile);
  });

  it('a truncated archive: one message, no crash', async () => {
    const cut = path.join(path.dirname(zip), 'cut.zip');
    const bytes = readFileSync(zip);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await problems(cut)).toEqual([`${cut}:1 bag-archive`]);
    // cut inside the central directory too
    writeFileSync(cut, Buffer.concat([bytes.subarray(0, bytes.length - 40)]));
    const { messages } = await verify(cut);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.ruleId === 'bag-archive')).toBe(true);
  });

  it('a path that escapes the bag: in the archive (not unpacked) and in a manifest line', async () => {
    const evil = path.join(path.dirname(zip), 'evil.zip');
    const name = 'memoir/aaaaaaaaa.txt';
    const escape = '../../../../evil.txt';
    expect(escape.length).toBe(name.length);
    await zipOf(evil, { 'memoir/bagit.txt': 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n', [name]: 'escaped\n' });
    const bytes = readFileSync(evil);
    writeFileSync(evil, Buffer.from(bytes.toString('latin1').split(name).join(escape), 'latin1'));
    const found = await problems(evil);
    expect(found).toContain(`${escape}:1 bag-path-escapes`);
    for (const where of ['/evil.txt', path.join(tmpdir(), 'evil.txt'), path.resolve(tmpdir(), '..', 'evil.txt')]) expect(existsSync(where), where).toBe(false);

    const copy = copyOf(bag, made);
    appendFileSync(path.join(copy, 'manifest-sha512.txt'), `${'0'.repeat(128)}  data/../../etc/passwd\n`);
    const lines = readFileSync(path.join(copy, 'manifest-sha512.txt'), 'utf8').trimEnd().split('\n').length;
    expect(await problems(copy)).toEqual(expect.arrayContaining([`manifest-sha512.txt:${lines} bag-path-escapes`]));
  });

  it('a manifest line that is not UTF-8: its number, and the file it meant becomes extra', async () => {
    const copy = copyOf(bag, made);
    const manifest = path.join(copy, 'manifest-sha512.txt');
    const line = manifestLine(manifest, 'data/tei/register-sources.md');
    const lines = readFileSync(manifest).toString('latin1').split('\n');
    lines[line - 1] = lines[line - 1]!.replace('register-sources.md', 'register-sources\xff.md');
    writeFileSync(manifest, Buffer.from(lines.join('\n'), 'latin1'));
    const { messages } = await verify(copy);
    const encoding = messages.find((m) => m.ruleId === 'bag-encoding')!;
    expect(encoding.file).toBe(manifest);
    expect(encoding.line).toBe(line);
    expect(encoding.reason).toMatch(/line \d+ is not UTF-8 \(byte 0xff/);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['bag-checksum', 'bag-encoding', 'bag-extra-file']);
  });

  it('a hidden file, and a bag without its declaration', async () => {
    const copy = copyOf(bag, made);
    writeFileSync(path.join(copy, 'data/edition/.DS_Store'), 'x');
    mkdirSync(path.join(copy, '.git'));
    writeFileSync(path.join(copy, '.git', 'HEAD'), 'ref\n');
    unlinkSync(path.join(copy, 'bagit.txt'));
    const found = await problems(copy);
    expect(found).toEqual(expect.arrayContaining(['data/edition/.DS_Store:1 bag-hidden-file', '.git:1 bag-hidden-file', `${copy}:1 bag-required-file`]));
    // the tag manifest lists bagit.txt, which is gone
    expect(found.some((p) => /^tagmanifest-sha512\.txt:\d+ bag-missing-file$/.test(p))).toBe(true);
  });

  it('something that is not a bag at all, and a path that does not exist', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-notabag-'));
    made.push(dir);
    expect((await verify(dir)).messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['bag-required-file']));
    const junk = path.join(dir, 'junk.zip');
    writeFileSync(junk, 'this is not a zip file at all');
    expect(await problems(junk)).toEqual([`${junk}:1 bag-archive`]);
    expect(await problems(path.join(dir, 'absent'))).toEqual([`${path.join(dir, 'absent')}:1 bag-required-file`]);
  });

  it('leaves no temporary folder behind, valid or not', async () => {
    // a private TMPDIR: other test files verify bags at the same time
    const privateTmp = mkdtempSync(path.join(tmpdir(), 'tei-edition-verify-tmp-'));
    made.push(privateTmp);
    const previous = process.env['TMPDIR'];
    process.env['TMPDIR'] = privateTmp;
    try {
      expect((await verify(zip)).messages).toEqual([]);
      const cut = path.join(privateTmp, 'cut.zip');
      writeFileSync(cut, readFileSync(zip).subarray(0, 5000));
      expect((await verify(cut)).messages.length).toBeGreaterThan(0);
      rmSync(cut);
    } finally {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
    }
    expect(readdirSync(privateTmp)).toEqual([]);
  });
});

describe('verify: the command', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), color: false } };
  };

  it('exits 0 on a valid bag and 1 on a broken one, one located line per problem', async () => {
    const ok = io();
    expect(await main(['verify', zip], ok.io)).toBe(0);
    expect(ok.out.stderr).toMatch(/valid bag, \d+ payload files/);
    const copy = copyOf(bag, made);
    changeByte(path.join(copy, 'data/tei/lenin-kropotkin.xml'));
    const bad = io();
    expect(await main(['verify', copy], bad.io)).toBe(1);
    expect(bad.out.stdout).toMatch(new RegExp(`^${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/data/tei/lenin-kropotkin\\.xml:1:1  error  checksum mismatch: .* bagit:bag-checksum\n$`));
    expect(bad.out.stderr).toMatch(/1 problem: not a valid bag/);
    rmSync(copy, { recursive: true });
  });
});
