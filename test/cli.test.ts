/** The command line as a user runs it: the compiled bin, real files, exit codes and formats. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../src/cli.js';
import { formatText } from '../src/report.js';
import { root, tempDir } from './helpers.js';

const bin = path.join(root, 'bin', 'tei-edition.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of tei/ with three faults: a dangling @ref, an unclosed tag and an impossible date. */
function brokenCopy(): { dir: string; file: string; faults: Record<string, string> } {
  const dir = tempDir('tei-edition-cli-');
  cpSync(path.join(root, 'tei'), dir, { recursive: true });
  const file = path.join(dir, 'lenin-kropotkin.xml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const faults: Record<string, string> = {};
  const edit = (pattern: RegExp, change: (line: string) => string, rule: string, column: (line: string) => number) => {
    const i = lines.findIndex((l, n) => pattern.test(l) && !Object.values(faults).some((f) => f.startsWith(`${n + 1}:`)));
    if (i < 0) throw new Error(`no line matches ${pattern}`);
    lines[i] = change(lines[i]!);
    faults[rule] = `${i + 1}:${column(lines[i]!)}`;
  };
  const col = (line: string, needle: string) => Array.from(line.slice(0, line.indexOf(needle))).length + 1;
  edit(/<persName ref="#lenin"/, (l) => l.replace('ref="#lenin"', 'ref="#lenni"'), 'pointer-resolves', (l) => col(l, 'ref="#lenni"'));
  edit(/<date when="\d{4}-\d\d-\d\d"/, (l) => l.replace(/when="\d{4}-\d\d-\d\d"/, 'when="1919-02-30"'), 'iso-dates', (l) => col(l, 'when="1919-02-30"'));
  edit(/<placeName ref="#[^"]+">[^<]+<\/placeName>/, (l) => l.replace(/(<placeName ref="#[^"]+">[^<]+)<\/placeName>/, '$1'), 'well-formed', (l) => col(l, '<placeName'));
  writeFileSync(file, lines.join('\n'));
  return { dir, file, faults };
}

describe('tei-edition CLI', () => {
  it('--help and --version exit 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/build/);
    expect(help.stdout).toMatch(/validate/);
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('validate tei/ exits 0', () => {
    const r = run(['validate', 'tei/']);
    expect(r.stderr).toMatch(/0 errors/);
    expect(r.code).toBe(0);
  });

  it('names each fault of a broken copy with its line and column, and exits 1', () => {
    const { dir, faults } = brokenCopy();
    const r = run(['validate', dir], { NO_COLOR: '1' });
    expect(r.code).toBe(1);
    for (const [rule, place] of Object.entries(faults)) {
      expect(r.stdout).toMatch(new RegExp(`lenin-kropotkin\\.xml:${place}  error  .*  (xml|tei-edition):${rule}`));
    }
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the same problems as JSON with --format json', () => {
    const { dir, faults } = brokenCopy();
    const r = run(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const messages = JSON.parse(r.stdout) as Array<{ ruleId: string; line: number; column: number; severity: string; file: string }>;
    for (const [rule, place] of Object.entries(faults)) {
      const m = messages.find((x) => x.ruleId === rule);
      expect(m, rule).toBeDefined();
      expect(`${m!.line}:${m!.column}`).toBe(place);
      expect(m!.severity).toBe('error');
    }
  });

  it('exits 2 on usage and I/O problems', () => {
    expect(run(['validate', 'no/such/folder']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['validate', '--format', 'yaml', 'tei']).code).toBe(2);
    const r = run(['validate', 'tei', '--schema', 'no-such.rng']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such\.rng/);
  });

  it('validates against another schema with --schema', () => {
    const dir = tempDir('tei-edition-schema-');
    const rng = path.join(dir, 'only-p.rng');
    writeFileSync(
      rng,
      '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="p"><text/></element></start></grammar>',
    );
    const r = run(['validate', 'test/fixtures/rules/unique-ids/ok.xml', '--schema', rng, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ source: 'relaxng', line: 2 });
  });

  it('gives a file that is not TEI one clear error', () => {
    const r = run(['validate', 'package.json', '--format', 'json']);
    // package.json is not even XML: one well-formedness message, nothing else
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('colours only on a terminal and honours NO_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    const message = { reason: 'r', file: 'f.xml', line: 1, column: 2, severity: 'error', source: 'xml', ruleId: 'x' } as const;
    expect(formatText([message], { color: true })).toMatch(/\u001b\[31merror/);
    expect(formatText([message], { color: false })).toBe('f.xml:1:2  error  r  xml:x');
    // spawnSync's stdout is a pipe, not a terminal: no colour codes
    const { dir } = brokenCopy();
    expect(run(['validate', dir]).stdout).not.toMatch(/\u001b\[/);
  });
});
