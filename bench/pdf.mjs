#!/usr/bin/env node
// What --pdf costs the memoir's build: each run a new process (`tei-edition build tei`), with and
// without --pdf, alternating; prints the medians and their difference (Chromium's start, the
// print page's layout and page.pdf), and the PDF's size. Usage: node bench/pdf.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-'));

function once(pdf) {
  const dist = path.join(out, pdf ? 'with' : 'without');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'tei-edition.js'), 'build', 'tei', '--out', dist, ...(pdf ? ['--pdf'] : [])], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return ms;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
once(true); // warm the SEF and render caches and the OS file cache; not counted
const without = [];
const withPdf = [];
for (let i = 0; i < runs; i++) {
  without.push(once(false));
  withPdf.push(once(true));
}
const size = statSync(path.join(out, 'with', 'lenin-kropotkin', 'lenin-kropotkin.pdf')).size;
console.log(`memoir build with and without --pdf, ${runs} runs each, node ${process.version}`);
console.log(`  without --pdf: median ${median(without).toFixed(0)} ms (min ${Math.min(...without).toFixed(0)}, max ${Math.max(...without).toFixed(0)})`);
console.log(`  with --pdf:    median ${median(withPdf).toFixed(0)} ms (min ${Math.min(...withPdf).toFixed(0)}, max ${Math.max(...withPdf).toFixed(0)})`);
console.log(`  the PDF:       median ${(median(withPdf) - median(without)).toFixed(0)} ms more; ${(size / 1024).toFixed(0)} KiB`);
