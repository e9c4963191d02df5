#!/usr/bin/env node
// The word share (src/measure/word-share.ts) of TEI documents: how many words of <text> the HTML
// reading page and the JSON edition keep, in order. Default: our fixtures (test/fixtures/genres),
// the shared corpora of genres and of ELTeC novels when ../shared is there.
// Usage: npm run prepare && node bench/word-share.mjs [file-or-folder …]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { TeiFile } = await import(path.join(root, 'lib', 'file.js'));
const { load, resolveLimits } = await import(path.join(root, 'lib', 'load', 'index.js'));
const { measureDocument } = await import(path.join(root, 'lib', 'measure', 'document.js'));

process.env.TEI_EDITION_CACHE = 'off';
const shared = path.resolve(root, '..', 'shared', 'corpora');
const args = process.argv.slice(2);
const inputs = args.length > 0 ? args : [
  path.join(root, 'test', 'fixtures', 'genres'),
  path.join(shared, 'genres'),
  path.join(shared, 'eltec-eng'),
].filter(existsSync);
const files = inputs.flatMap((p) => (statSync(p).isDirectory()
  ? readdirSync(p).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(p, f))
  : [p]));

// real documents can be larger than the build's default limits: raise them, as --limit does
const limits = resolveLimits({ elements: 5_000_000, text: 64 * 1024 * 1024 });
const pct = (s) => `${(100 * s.share).toFixed(3).padStart(7)} %`;
console.log(`${'document'.padEnd(48)} ${'words'.padStart(8)}  ${'HTML'.padStart(9)}  ${'JSON'.padStart(9)}  ms`);
for (const full of files) {
  const file = new TeiFile(path.relative(root, full), readFileSync(full, 'utf8'));
  load(file, limits);
  if (!file.tree) {
    console.log(`${file.id.padEnd(48)} did not load: ${file.messages[0]?.reason}`);
    continue;
  }
  const t0 = performance.now();
  try {
    const m = await measureDocument(file, parse);
    const ms = Math.round(performance.now() - t0);
    console.log(`${m.id.slice(0, 48).padEnd(48)} ${String(m.html.words).padStart(8)}  ${pct(m.html)}  ${pct(m.json)}  ${ms}`);
  } catch (err) {
    console.log(`${file.id.padEnd(48)} failed: ${err.message.split('\n')[0]}`);
  }
}
