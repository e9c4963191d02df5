#!/usr/bin/env node
// Cold build of the memoir: each run is a new process, as a user's `tei-edition build` is.
// Prints wall time (spawn to exit) and peak memory (maxRSS). Usage: node bench/build.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-'));

function once() {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', path.join(root, 'bench', 'peak-rss.mjs'), path.join(root, 'bin', 'tei-edition.js'), 'build', 'tei', '--out', path.join(out, 'dist')],
    { cwd: root, encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  const rss = JSON.parse(/BENCH (.*)/.exec(r.stderr)[1]).maxRssKiB;
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
once(); // warm the SEF cache and the OS file cache; not counted
const results = Array.from({ length: runs }, once);
const ms = results.map((r) => r.ms);
const rss = results.map((r) => r.rss);
console.log(`memoir cold build (validate + render + write), ${runs} runs, node ${process.version}`);
console.log(`  wall: median ${median(ms).toFixed(0)} ms, min ${Math.min(...ms).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`);
console.log(`  peak memory (maxRSS): median ${(median(rss) / 1024).toFixed(1)} MiB, max ${(Math.max(...rss) / 1024).toFixed(1)} MiB`);
rmSync(out, { recursive: true, force: true });
