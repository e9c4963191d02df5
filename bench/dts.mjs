#!/usr/bin/env node
// What the DTS API adds to a build: the time of its renderers on a loaded document (in this
// process, median of several runs), the number of files and bytes they write, and, for the
// memoir, the cold build with --base-url (DTS built) against the cold build without (not built).
// The largest ELTeC novel does not build today (tei_all rejects its ELTeC-namespace <textDesc>),
// so its DTS renderers are measured on its tree directly.
// Usage: node bench/dts.mjs [runs]   (needs `npx tsc` first: it imports lib/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TeiFile } from '../lib/file.js';
import { load } from '../lib/load/index.js';
import { editionModel } from '../lib/model/edition.js';
import { renderDtsDocument, renderDtsSite, treesOf } from '../lib/render/dts/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const BASE = 'https://example.org/edition/';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

async function renderOnce(p) {
  const file = new TeiFile(p, readFileSync(p, 'utf8'));
  load(file);
  const edition = editionModel([file], { baseUrl: BASE });
  const t0 = performance.now();
  const outputs = [...(await renderDtsDocument(file, edition)), ...(await renderDtsSite([file], edition))];
  return { ms: performance.now() - t0, outputs, file };
}

async function measure(label, p) {
  const first = await renderOnce(p); // warms saxon-js and the JIT; not counted
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await renderOnce(p)).ms);
  const { outputs, file } = first;
  const bytes = outputs.reduce((n, o) => n + Buffer.byteLength(o.content), 0);
  const by = (dir) => outputs.filter((o) => o.path.startsWith(`dts/${dir}`));
  const size = (os) => os.reduce((n, o) => n + Buffer.byteLength(o.content), 0);
  const gz = outputs.reduce((n, o) => n + gzipSync(o.content).length, 0);
  const trees = treesOf(file).map((t) => `${t.identifier ?? 'default'} ${t.units.length} units, depth ${t.depth}`);
  console.log(`${label} (${(Buffer.byteLength(file.text) / 1e6).toFixed(2)} MB TEI): ${trees.join('; ')}`);
  console.log(`  DTS renderers: median ${median(times).toFixed(0)} ms over ${runs} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  console.log(`  files: ${outputs.length} (navigation ${by('navigation').length}, document ${by('document').length}, collection ${by('collection').length}, entry 1)`);
  console.log(`  bytes: ${mb(bytes)} (navigation ${mb(size(by('navigation')))}, document ${mb(size(by('document')))}); gzipped file by file ${mb(gz)}`);
}

function coldBuild(extra) {
  const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-dts-'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'tei-edition.js'), 'build', 'tei', '--out', path.join(out, 'dist'), ...extra], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return ms;
}

await measure('memoir', path.join(root, 'tei', 'lenin-kropotkin.xml'));
const eltec = path.join(root, '..', 'shared', 'corpora', 'eltec-eng', 'ENG18481_Dickens.xml');
if (existsSync(eltec)) await measure('largest ELTeC novel, ENG18481_Dickens (renderers on its tree: it does not build)', eltec);
else console.log('notice: ../shared/corpora/eltec-eng is absent; the ELTeC measurement is skipped');

coldBuild([]); // warm the caches; not counted
const without = [];
const withDts = [];
for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
  without.push(coldBuild([]));
  withDts.push(coldBuild(['--base-url', BASE]));
}
console.log(`memoir cold build, ${without.length} runs each: without a base URL (no DTS) median ${median(without).toFixed(0)} ms; with --base-url (DTS) median ${median(withDts).toFixed(0)} ms; DTS adds ${(median(withDts) - median(without)).toFixed(0)} ms`);
