#!/usr/bin/env node
// The memoir's EPUB: time of renderEpub (the XSLT transform with saxon-js, the package, the zip)
// in one process, the render cache off, after a warm-up run (SEF compiled, saxon-js loaded).
// Prints the median and the range, and the e-book's size. Usage: node bench/epub.mjs [runs]
// (after `npx tsc`: it runs the compiled lib/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
process.env.TEI_EDITION_CACHE = 'off';
const { TeiFile } = await import(path.join(root, 'lib/file.js'));
const { load } = await import(path.join(root, 'lib/load/index.js'));
const { editionModel } = await import(path.join(root, 'lib/model/edition.js'));
const { renderEpub } = await import(path.join(root, 'lib/render/epub/index.js'));

const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
const text = readFileSync(memoir, 'utf8');

async function once() {
  // a fresh file each time: the citation kit and the EPUB part are kept on the file
  const file = new TeiFile(memoir, text);
  load(file);
  const model = editionModel([file]);
  const t0 = performance.now();
  const [out] = await renderEpub(file, model);
  const ms = performance.now() - t0;
  if (!out) throw new Error(`no EPUB: ${file.messages.map((m) => m.reason).join('; ')}`);
  return { ms, bytes: out.content.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = await once(); // compiles or reads the SEF, loads saxon-js; not counted
const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
const ms = results.map((r) => r.ms);
console.log(`memoir EPUB (transform + package + zip), ${runs} runs after a warm-up of ${first.ms.toFixed(0)} ms, node ${process.version}`);
console.log(`  wall: median ${median(ms).toFixed(0)} ms, min ${Math.min(...ms).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`);
console.log(`  size: ${(results[0].bytes / 1024).toFixed(1)} KiB`);
