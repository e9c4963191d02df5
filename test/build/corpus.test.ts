/**
 * Corpus builds (issue 14): the worker pool gives what one thread gives; three shards merged give
 * the whole build byte for byte; a rebuild renders only what changed (and what reads it) and
 * equals a full build; a rebuild of nothing writes nothing; a killed incremental build leaves
 * the previous edition whole. The corpus is our own: test/fixtures/corpus/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, merge, type BuildOptions } from '../../src/build.js';
import { shardOf } from '../../src/build/shard.js';
import { fixtures, root, tempDir } from '../helpers.js';

const corpus = path.join(fixtures, 'corpus');
const schema = path.join(fixtures, 'html', 'any-element.rng');
const base = { schema, baseUrl: 'https://example.org/edition/', contactEmail: 'editors@example.org' } satisfies Partial<BuildOptions>;

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

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
}

const errors = (r: { files: { messages: { severity: string; ruleId: string }[] }[] }) => r.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId));

/** A copy of the corpus to edit. */
function copy(): string {
  const dir = path.join(tempDir('tei-edition-corpus-'), 'tei');
  cpSync(corpus, dir, { recursive: true });
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

let whole: Map<string, Buffer>;

beforeAll(async () => {
  const out = path.join(tempDir('tei-edition-whole-'), 'dist');
  const r = await build({ ...base, inputs: [corpus], out });
  expect(errors(r)).toEqual([]);
  expect(r.rendered).toEqual(['letter-a', 'letter-b', 'letter-c', 'people', 'story-d']);
  whole = snapshot(out);
});

// Each test builds the corpus two to four times.
describe('a corpus build', { timeout: 600_000 }, () => {
  it('renders every document in the pool as one thread would', async () => {
    const out = path.join(tempDir('tei-edition-one-'), 'dist');
    process.env['TEI_EDITION_WORKERS'] = '1';
    try {
      await build({ ...base, inputs: [corpus], out });
    } finally {
      delete process.env['TEI_EDITION_WORKERS'];
    }
    expectSame(snapshot(out), whole);
    // the corpus-wide pages are there: landing, DTS collections, OAI, sitemap
    for (const p of ['index.html', 'dts/collection.json', 'oai/static-repository.xml', 'sitemap.xml', 'letter-b/index.html']) expect(whole.has(p), p).toBe(true);
  });

  it('in three shards, merged, equals the whole build byte for byte', async () => {
    const parent = tempDir('tei-edition-shards-');
    const dirs: string[] = [];
    const shares: string[][] = [];
    for (let i = 1; i <= 3; i++) {
      const out = path.join(parent, `shard-${i}`);
      const r = await build({ ...base, inputs: [corpus], out, shard: { index: i, count: 3 } });
      expect(errors(r)).toEqual([]);
      shares.push(r.rendered!);
      dirs.push(out);
      expect(readdirSync(out)).toContain('tei-edition-shard.json');
    }
    // every document in exactly one shard, chosen by its id
    expect(shares.flat().sort()).toEqual(['letter-a', 'letter-b', 'letter-c', 'people', 'story-d']);
    for (const [i, ids] of shares.entries()) for (const id of ids) expect(shardOf(id, 3)).toBe(i + 1);
    const out = path.join(parent, 'dist');
    const merged = await merge({ shards: [...dirs].reverse(), out });
    expect(merged.written).toBe(true);
    expectSame(snapshot(out), whole);
    await expect(merge({ shards: dirs.slice(0, 2), out })).rejects.toThrow(/shards missing: 3\/3/);
  });

  it('rebuilds only the document that changed, and equals a full build of the new sources', async () => {
    const input = copy();
    const parent = tempDir('tei-edition-incr-');
    const out = path.join(parent, 'dist');
    await build({ ...base, inputs: [input], out });
    expectSame(snapshot(out), whole);
    const first = readlinkSync(out);

    const unchanged = await build({ ...base, inputs: [input], out });
    expect(unchanged.changed).toBe(false);
    expect(unchanged.rendered).toEqual([]);
    expect(readlinkSync(out)).toBe(first);

    edit(path.join(input, 'letter-c.xml'), 'Nobody is named here.', 'Nobody at all is named here.');
    const again = await build({ ...base, inputs: [input], out });
    expect(errors(again)).toEqual([]);
    expect(again.rendered).toEqual(['letter-c']);
    expect(readlinkSync(out)).not.toBe(first);
    // the previous version is gone, nothing else is left beside the output
    expect(readdirSync(parent).sort()).toEqual(['dist', readlinkSync(out)].sort());

    const fresh = path.join(tempDir('tei-edition-fresh-'), 'dist');
    await build({ ...base, inputs: [input], out: fresh });
    expectSame(snapshot(out), snapshot(fresh));
  });

  it('a changed register re-checks the documents that point into it, though their text did not change', async () => {
    const input = copy();
    const out = path.join(tempDir('tei-edition-deps-'), 'dist');
    // held to the edition's conventions: a dangling pointer is an error (for TEI from elsewhere, a warning)
    const strict = { ...base, conventions: true };
    await build({ ...strict, inputs: [input], out });
    edit(path.join(input, 'people.xml'), '<person xml:id="p2"><persName>Person Two</persName></person>', '');
    const r = await build({ ...strict, inputs: [input], out });
    expect(r.written).toBe(false);
    const broken = r.files.filter((f) => f.messages.some((m) => m.ruleId === 'pointer-resolves')).map((f) => f.id);
    expect(broken).toEqual(['letter-b']);
    expectSame(snapshot(out), whole);
  });

  it('a published file changed by hand is rendered again, not reused', async () => {
    const input = copy();
    const out = path.join(tempDir('tei-edition-hand-'), 'dist');
    await build({ ...base, inputs: [input], out });
    writeFileSync(path.join(out, 'letter-a', 'index.html'), 'edited by hand');
    const r = await build({ ...base, inputs: [input], out });
    expect(r.rendered).toEqual(['letter-a']);
    expectSame(snapshot(out), whole);
  });

  it('a killed incremental build leaves the previous edition whole', () => {
    const input = copy();
    const out = path.join(tempDir('tei-edition-kill-'), 'dist');
    const cli = path.join(root, 'bin', 'tei-edition.js');
    const args = [cli, 'build', input, '--out', out, '--schema', schema, '--base-url', base.baseUrl, '--contact-email', base.contactEmail, '-q'];
    const run = (step?: string) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...(step ? { TEI_EDITION_FAULT_STEP: step } : {}) } });
    expect(run().status).toBe(0);
    const before = snapshot(out);
    edit(path.join(input, 'story-d.xml'), '<p>Once.</p>', '<p>Once upon a time.</p>');
    for (const step of ['writing', 'linked']) {
      const r = run(step);
      expect(r.signal, `${step}: ${r.stderr}`).toBe('SIGKILL');
      expectSame(snapshot(out), before);
    }
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(snapshot(out).get('story-d/index.html')!.toString()).toContain('Once upon a time.');
    // four builds in new processes: minutes on a loaded machine
  }, 900_000);
});
