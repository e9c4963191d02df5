/**
 * Limits enforced at load (src/load/limits.ts): each a located error with the limit and how to
 * raise it, before libxml2, the rules or the renderers see the document.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { TeiFile } from '../../src/file.js';
import { defaultLimits, load, read, resolveLimits, type Limits } from '../../src/load/index.js';
import { parseLimitFlags } from '../../src/load/limits.js';
import { hasShared, places, root, shared, tei, tempDir } from '../helpers.js';

const corpora = path.join(shared, 'corpora');

function loaded(text: string, limits: Partial<Limits> = {}): TeiFile {
  const file = new TeiFile('doc.xml', text);
  load(file, resolveLimits(limits, {}));
  return file;
}

/** `n` nested <hi> inside body/p, on line 4: the element at depth d starts at column 16 + 4·(d − 5). */
const deep = (n: number): string => tei(`<p>${'<hi>'.repeat(n)}x${'</hi>'.repeat(n)}</p>`);

describe('load limits', () => {
  it('stops thousands of nested elements at the depth limit, at the element that passes it', () => {
    const file = loaded(deep(3000));
    expect(places(file)).toEqual([`4:${16 + 4 * (257 - 5)} limit-depth`]);
    const [m] = file.messages;
    expect(m!.reason).toBe('<hi> is nested 257 elements deep (limit 256)');
    expect(m!.hint).toContain('--limit depth=512');
    expect(m!.hint).toContain('TEI_EDITION_LIMIT_DEPTH=512');
    expect(file.tree).toBeNull();
  });

  it('a build of a deeply nested document names the document and the line, and never blames the schema', async () => {
    const dir = tempDir('tei-edition-limits-');
    const doc = path.join(dir, 'deep.xml');
    writeFileSync(doc, deep(3000));
    const result = await build({ inputs: [doc], out: path.join(dir, 'dist') });
    expect(result.written).toBe(false);
    expect(result.files[0]!.messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`)).toEqual([`${doc}:4 limit-depth`]);
  });

  it('a document at the depth limit builds: nothing after load chokes on 256 levels', async () => {
    const dir = tempDir('tei-edition-limits-');
    const doc = path.join(dir, 'deep.xml');
    writeFileSync(doc, deep(256 - 4));
    const result = await build({ inputs: [doc], out: path.join(dir, 'dist') });
    expect(result.files[0]!.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
  });

  it('with the depth limit raised past what libxml2 reads, its refusal is the document\'s, located, not the schema\'s', async () => {
    const dir = tempDir('tei-edition-limits-');
    const doc = path.join(dir, 'deep.xml');
    writeFileSync(doc, deep(3000));
    const result = await build({ inputs: [doc], out: path.join(dir, 'dist'), limits: { depth: 5000 } });
    expect(result.written).toBe(false);
    const messages = result.files[0]!.messages.filter((m) => m.source === 'relaxng');
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual([`4:${16 + 4 * (257 - 5)}`]);
    expect(messages[0]!.reason).toMatch(/schema validator \(libxml2\) cannot read nesting deeper than 256 elements/);
  });

  it('refuses an attribute value over the limit, at the attribute', () => {
    const file = loaded(tei(`<p n="${'x'.repeat(70_000)}">a</p>`));
    expect(places(file)).toEqual(['4:16 limit-attribute']);
    expect(file.messages[0]!.reason).toBe('@n on <p> is 70000 characters long (limit 65536)');
  });

  it('counts elements', () => {
    const file = loaded(tei(`<p>${'<lb/>'.repeat(20)}</p>`), { elements: 20 });
    expect(file.messages.map((m) => m.ruleId)).toEqual(['limit-elements']);
    expect(file.messages[0]!.reason).toBe('the document has more than 20 elements: <lb> is one too many (limit 20)');
    // TEI, teiHeader, fileDesc, titleStmt, title, publicationStmt, p, sourceDesc, p, text, body, p = 12
    expect(file.messages[0]!.column).toBe(16 + 5 * (20 - 12));
  });

  it('measures each run of text, placed where it starts', () => {
    const file = loaded(tei(`<p>short</p>\n<p>${'long '.repeat(30)}</p>`), { text: 100 });
    expect(places(file)).toEqual(['5:4 limit-text']);
    expect(file.messages[0]!.reason).toBe('a run of text is 150 characters long (limit 100)');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempDir('tei-edition-limits-');
    const doc = path.join(dir, 'big.xml');
    writeFileSync(doc, tei('<p>x</p>'));
    const file = await read(doc, resolveLimits({ fileSize: 100 }, {}));
    expect(places(file)).toEqual(['1:1 limit-file-size']);
    expect(file.messages[0]!.reason).toBe(`the file is ${statSync(doc).size} bytes long (limit 100)`);
    expect(file.messages[0]!.hint).toContain('--limit file-size=200');
  });

  it('is raised by the environment, and by options over the environment', () => {
    expect(resolveLimits({}, {})).toEqual(defaultLimits);
    expect(resolveLimits({}, { TEI_EDITION_LIMIT_DEPTH: '1000', TEI_EDITION_LIMIT_FILE_SIZE: '5' })).toMatchObject({ depth: 1000, fileSize: 5 });
    expect(resolveLimits({ depth: 7 }, { TEI_EDITION_LIMIT_DEPTH: '1000' }).depth).toBe(7);
    expect(parseLimitFlags(['depth=500', 'file-size=1_000'])).toEqual({ depth: 500, fileSize: 1000 });
    expect(() => parseLimitFlags(['deepness=5'])).toThrow(/--limit deepness=5/);
    expect(() => resolveLimits({}, { TEI_EDITION_LIMIT_TEXT: 'lots' })).toThrow(/TEI_EDITION_LIMIT_TEXT=lots/);
  });

  it.skipIf(!hasShared)('leave room for every document of ../shared/corpora', async () => {
    const paths: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const f = path.join(d, n);
        if (statSync(f).isDirectory()) walk(f);
        else if (n.endsWith('.xml')) paths.push(f);
      }
    };
    walk(corpora);
    expect(paths.length).toBeGreaterThan(400);
    for (const p of paths) {
      const file = await read(p);
      load(file);
      expect(file.messages.filter((m) => m.ruleId.startsWith('limit-') || m.ruleId === 'encoding'), p).toEqual([]);
    }
  });
});

if (!hasShared) console.log(`notice: ${corpora} is absent; the corpora check of the limits is skipped`);

describe('load limits on the command line', () => {
  const bin = path.join(root, 'bin', 'tei-edition.js');
  const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

  it('--limit and TEI_EDITION_LIMIT_* lower or raise a limit; a bad one is a usage error', () => {
    const lowered = run(['validate', 'test/fixtures/rules/unique-ids/ok.xml', '--limit', 'depth=3', '--format', 'json']);
    expect(lowered.status).toBe(1);
    expect(JSON.parse(lowered.stdout).map((m: { ruleId: string }) => m.ruleId)).toEqual(['limit-depth']);
    const byEnv = run(['validate', 'test/fixtures/rules/unique-ids/ok.xml', '--format', 'json'], { TEI_EDITION_LIMIT_DEPTH: '3' });
    expect(JSON.parse(byEnv.stdout).map((m: { ruleId: string }) => m.ruleId)).toEqual(['limit-depth']);
    const raised = run(['validate', 'test/fixtures/rules/unique-ids/ok.xml', '--limit', 'depth=300'], { TEI_EDITION_LIMIT_DEPTH: '3' });
    expect(raised.status).toBe(0);
    const bad = run(['validate', 'tei', '--limit', 'deepness=3']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit deepness=3: expected NAME=N\n {4}hint: NAME is one of depth, attribute, elements, text, file-size/);
  });
});
