/** Building into real folders: atomic replacement, determinism, the committed dist/. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { UsageError } from '../src/errors.js';
import { root, tempDir } from './helpers.js';

/** path → bytes of every file below dir. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const newDir = (): string => tempDir('tei-edition-build-');

describe('build', () => {
  it('rebuilding the memoir gives the committed dist/ byte for byte', async () => {
    const out = path.join(newDir(), 'dist');
    const result = await build({ inputs: [path.join(root, 'tei')], out });
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'))).toEqual([]);
    expect(result.written).toBe(true);
    const built = snapshot(out);
    const committed = snapshot(path.join(root, 'dist'));
    expect([...built.keys()]).toEqual([...committed.keys()]);
    for (const [file, bytes] of built) expect(bytes.equals(committed.get(file)!), file).toBe(true);
  });

  it('lays out dist/ as documented: landing page, reading edition, TEI as published', async () => {
    // the output folder's parents need not exist yet (--out site/public/dist)
    const out = path.join(newDir(), 'site', 'public', 'dist');
    await build({ inputs: [path.join(root, 'tei')], out });
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'lenin-kropotkin', 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(path.join(out, 'lenin-kropotkin', 'lenin-kropotkin.xml'), 'utf8')).toBe(
      readFileSync(path.join(root, 'tei', 'lenin-kropotkin.xml'), 'utf8'),
    );
  });

  it('a document with errors is not rendered, and the previous output stays exactly as it was', async () => {
    const parent = newDir();
    const out = path.join(parent, 'dist');
    await build({ inputs: [path.join(root, 'tei')], out });
    writeFileSync(path.join(out, 'keep.txt'), 'from an earlier build');
    const before = snapshot(out);

    const input = path.join(parent, 'tei');
    cpSync(path.join(root, 'tei'), input, { recursive: true });
    const doc = path.join(input, 'lenin-kropotkin.xml');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('ref="#lenin"', 'ref="#nobody"'));

    const result = await build({ inputs: [input], out });
    expect(result.written).toBe(false);
    expect(result.files[0]!.messages.some((m) => m.ruleId === 'pointer-resolves')).toBe(true);
    expect(snapshot(out)).toEqual(before);
    // no temporary folder is left beside the output: the link and the folder it names
    expect(readdirSync(parent).sort()).toEqual(['dist', readlinkSync(out), 'tei'].sort());
  });

  it('a build that cannot write leaves nothing behind and says why', async () => {
    const parent = newDir();
    const blocker = path.join(parent, 'file');
    writeFileSync(blocker, 'not a folder');
    await expect(build({ inputs: [path.join(root, 'tei')], out: path.join(blocker, 'dist') })).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(parent)).toEqual(['file']);
  });

  it('publishes dist as a link to a folder named by its content; a rebuild changes nothing', async () => {
    const parent = newDir();
    const out = path.join(parent, 'dist');
    await build({ inputs: [path.join(root, 'tei')], out });
    const version = readlinkSync(out);
    expect(version).toMatch(/^dist\.v-[0-9a-f]{16}$/);
    const inode = statSync(path.join(parent, version)).ino;
    await build({ inputs: [path.join(root, 'tei')], out });
    expect(readlinkSync(out)).toBe(version);
    expect(statSync(path.join(parent, version)).ino).toBe(inode);
    expect(readdirSync(parent).sort()).toEqual(['dist', version]);
  });

  it('refuses two documents that would share one output folder', async () => {
    const parent = newDir();
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(parent, sub));
      cpSync(path.join(root, 'test/fixtures/rules/unique-ids/ok.xml'), path.join(parent, sub, 'same.xml'));
    }
    const result = await build({ inputs: [parent], out: path.join(parent, 'dist') });
    expect(result.written).toBe(false);
    expect(result.files[1]!.messages.map((m) => m.ruleId)).toContain('unique-document-id');
  });
});
