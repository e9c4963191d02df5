/**
 * The output folder is never missing or half-written: a child process publishes an edition and
 * is SIGKILLed (by the writer itself, TEI_EDITION_FAULT_STEP) at each step of the swap; after
 * each kill the folder must hold the previous edition or the new one, complete, and the next
 * build must clean what the killed one left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, publishSteps } from '../../src/write.js';
import { root, tempDir } from '../helpers.js';
// @ts-expect-error plain JavaScript shared with the child process
import { outputsOf } from './editions.mjs';

type Output = { path: string; content: string | Uint8Array };
const child = path.join(root, 'test', 'write', 'publish-child.mjs');
const editions: Record<string, Output[]> = { A: outputsOf('A'), B: outputsOf('B') };

/** Runs the child; true if it died of SIGKILL, false if it finished (it must not fail). */
function publish(out: string, label: string, step?: string): boolean {
  const env = { ...process.env };
  if (step) env['TEI_EDITION_FAULT_STEP'] = step;
  else delete env['TEI_EDITION_FAULT_STEP'];
  const r = spawnSync(process.execPath, [child, out, label], { encoding: 'utf8', env });
  if (r.signal === 'SIGKILL') return true;
  expect(r.status, r.stderr).toBe(0);
  return false;
}

/** Which edition the folder holds: 'A', 'B', 'absent', or 'broken' (anything else). */
function state(out: string): string {
  if (!existsSync(out)) return lstatExists(out) ? 'broken' : 'absent';
  const files = new Map<string, Buffer>();
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, r);
      else files.set(r, readFileSync(full));
    }
  };
  walk(out, '');
  for (const [label, outputs] of Object.entries(editions)) {
    if (files.size === outputs.length && outputs.every((o) => files.get(o.path)?.equals(Buffer.from(o.content)))) return label;
  }
  return 'broken';
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** What a finished build leaves beside the output: the link and its one versioned folder. */
function cleanAfter(parent: string, label: string): void {
  expect(readdirSync(parent).sort()).toEqual(['dist', `dist.v-${contentHash(editions[label]!)}`]);
  expect(readlinkSync(path.join(parent, 'dist'))).toBe(`dist.v-${contentHash(editions[label]!)}`);
}

const tally = { kills: 0, states: new Map<string, number>() };
afterAll(() => {
  const states = [...tally.states].map(([s, n]) => `${s}: ${n}`).join(', ');
  console.log(`publish fault injection: ${tally.kills} kills; states seen after a kill: ${states}`);
});

/**
 * For each step: set up `from`, publish `to` and die at the step, check the state, then a clean
 * build of `to` must succeed and leave nothing else behind.
 */
function killEveryStep(setup: (out: string) => void, to: string, expected: (step: string, killed: boolean) => string[]) {
  for (const step of publishSteps) {
    const parent = tempDir('tei-edition-publish-');
    const out = path.join(parent, 'dist');
    setup(out);
    const killed = publish(out, to, step);
    const seen = state(out);
    if (killed) {
      tally.kills++;
      tally.states.set(seen, (tally.states.get(seen) ?? 0) + 1);
    }
    expect(expected(step, killed), `killed at ${step}: ${seen}`).toContain(seen);
    publish(out, to);
    expect(state(out)).toBe(to);
    cleanAfter(parent, to);
  }
}

const before = (step: string, mark: string) => publishSteps.indexOf(step as never) < publishSteps.indexOf(mark as never);

describe('publishing never leaves a missing or partial output folder', () => {
  it('runs the writer as compiled from the current source (npm test runs tsc first)', () => {
    for (const name of ['write', 'write-lock']) {
      expect(statSync(path.join(root, 'lib', `${name}.js`)).mtimeMs, `lib/${name}.js is older than src/${name}.ts: run tsc`).toBeGreaterThanOrEqual(
        statSync(path.join(root, 'src', `${name}.ts`)).mtimeMs,
      );
    }
  });

  it('from a previous edition to a new one, killed at every step', () => {
    killEveryStep(
      (out) => {
        publish(out, 'A');
        expect(state(out)).toBe('A');
      },
      'B',
      (step, killed) => (killed && before(step, 'swapped') ? ['A'] : ['B']),
    );
  });

  it('a rebuild of the same edition, killed at every step, changes nothing', () => {
    killEveryStep((out) => publish(out, 'A'), 'A', () => ['A']);
  });

  it('the first build, killed at every step: nothing, then the whole edition', () => {
    killEveryStep(() => undefined, 'B', (step, killed) => (killed && before(step, 'swapped') ? ['absent'] : ['B']));
  });

  it('replacing a plain output folder (an older layout): one instant without it, between two renames', () => {
    killEveryStep(
      (out) => {
        for (const o of editions['A']!) {
          mkdirSync(path.dirname(path.join(out, o.path)), { recursive: true });
          writeFileSync(path.join(out, o.path), o.content);
        }
      },
      'B',
      (step, killed) => (!killed ? ['B'] : before(step, 'legacy-moved') ? ['A'] : step === 'legacy-moved' ? ['absent'] : ['B']),
    );
  });

  it('a published folder changed by hand is rebuilt, not trusted', () => {
    const parent = tempDir('tei-edition-publish-');
    const out = path.join(parent, 'dist');
    publish(out, 'A');
    writeFileSync(path.join(out, 'index.html'), 'edited by hand');
    publish(out, 'A');
    expect(state(out)).toBe('A');
    cleanAfter(parent, 'A');
  });

  it('takes over the lock of a killed build', () => {
    const parent = tempDir('tei-edition-publish-');
    const out = path.join(parent, 'dist');
    writeFileSync(`${out}.lock`, `${deadPid()}\n`);
    publish(out, 'A');
    cleanAfter(parent, 'A');
  });

  it('waits while a running build holds the lock', async () => {
    const parent = tempDir('tei-edition-publish-');
    const out = path.join(parent, 'dist');
    // This test's own process is a running build for the child.
    writeFileSync(`${out}.lock`, `${process.pid}\n`);
    const running = spawn(process.execPath, [child, out, 'A'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => running.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(state(out)).toBe('absent');
    unlinkSync(`${out}.lock`);
    expect(await exited).toBe(0);
    cleanAfter(parent, 'A');
  });
});
