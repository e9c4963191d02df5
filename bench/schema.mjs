#!/usr/bin/env node
// What validating against tei_all.rng costs, before (the whole schema in xmllint-wasm) and after
// (pruned to the documents' element names, src/validate/prune.ts; cold: pruned now, warm: from
// .cache/schemas). "Added" is the time over the same call with a schema that accepts any TEI
// (the cost of the worker and of reading the documents, which every build pays anyway).
// Wall and CPU (all threads) are printed: CPU is steadier on a shared machine.
// Needs ../shared (tei_all.rng, the ELTeC and genres corpora) and `npm run build` (lib/).
// Usage: node bench/schema.mjs [--skip-whole] [--jing]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const teiAll = path.join(shared, 'schemas', 'tei_all.rng');
if (!existsSync(teiAll)) {
  console.log(`notice: ${teiAll} is absent; nothing to measure`);
  process.exit(0);
}
const { TeiFile } = await import(path.join(root, 'lib', 'file.js'));
const { load } = await import(path.join(root, 'lib', 'load', 'index.js'));
const { validateRelaxng } = await import(path.join(root, 'lib', 'validate', 'relaxng.js'));
const { elementNames } = await import(path.join(root, 'lib', 'validate', 'tags.js'));
const { pruneSchema } = await import(path.join(root, 'lib', 'validate', 'prune.js'));

const skipWhole = process.argv.includes('--skip-whole');
const withJing = process.argv.includes('--jing');
const tmp = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-schema-'));
const anyTei = path.join(tmp, 'any-tei.rng');
writeFileSync(
  anyTei,
  '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><nsName ns="http://www.tei-c.org/ns/1.0"/><ref name="any"/></element></start><define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define></grammar>',
);

// ELTeC needs its <textDesc> (ELTeC-namespace children) removed to be tei_all-valid: in a copy
const eltecDir = path.join(shared, 'corpora', 'eltec-eng');
const eltec = readdirSync(eltecDir).filter((n) => n.endsWith('.xml')).sort().map((n) => {
  const target = path.join(tmp, n);
  writeFileSync(target, readFileSync(path.join(eltecDir, n), 'utf8').replace(/<textDesc[\s\S]*?<\/textDesc>/, ''));
  return target;
});
const genresDir = path.join(shared, 'corpora', 'genres');
const one = path.join(genresDir, 'a-midsummer-nights-dream.xml');

function files(paths) {
  return paths.map((p) => {
    const f = new TeiFile(p, readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
    load(f);
    return f;
  });
}

async function measure(paths, schema, prune, cache) {
  const fs = files(paths);
  process.env.TEI_EDITION_CACHE = cache ? 'on' : 'off';
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await validateRelaxng(fs, { schema, prune });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  const errors = fs.reduce((n, f) => n + f.messages.length, 0);
  return { wall, cpu: (c.user + c.system) / 1000, errors };
}

const fmt = (r) => `${(r.wall / 1000).toFixed(2)} s wall, ${(r.cpu / 1000).toFixed(2)} s CPU, ${r.errors} messages`;
const added = (r, base) => `added ${((r.wall - base.wall) / 1000).toFixed(2)} s wall, ${((r.cpu - base.cpu) / 1000).toFixed(2)} s CPU`;

async function scenario(label, paths) {
  const bytes = paths.reduce((n, p) => n + readFileSync(p).length, 0);
  const names = new Set(paths.flatMap((p) => [...elementNames(readFileSync(p, 'utf8'))]));
  const pruned = pruneSchema(readFileSync(teiAll, 'utf8'), names);
  console.log(`${label}: ${paths.length} document(s), ${(bytes / 1e6).toFixed(1)} MB, ${names.size} element names; pruned: ${pruned.kept} element patterns kept, ${pruned.cut} cut, ${pruned.stubs} stubs`);
  const base = await measure(paths, anyTei, false, false);
  console.log(`  baseline (a schema accepting any TEI): ${fmt(base)}`);
  if (!skipWhole) {
    const whole = await measure(paths, teiAll, false, false);
    console.log(`  before, whole tei_all:          ${fmt(whole)}; ${added(whole, base)}`);
  }
  await measure(paths, teiAll, true, true); // fill the cache
  const cold = await measure(paths, teiAll, true, false);
  console.log(`  after, pruned (cold, no cache): ${fmt(cold)}; ${added(cold, base)}`);
  const warm = await measure(paths, teiAll, true, true);
  console.log(`  after, pruned (from .cache):    ${fmt(warm)}; ${added(warm, base)}`);
  if (withJing) {
    const prunedRng = path.join(tmp, 'pruned.rng');
    writeFileSync(prunedRng, pruned.text);
    const jing = (schema) => {
      try {
        execFileSync('jing', [schema, ...paths], { stdio: ['ignore', 'pipe', 'ignore'] });
        return 'valid';
      } catch (e) {
        return `${String(e.stdout).trim().split('\n').length} errors`;
      }
    };
    console.log(`  jing: whole ${jing(teiAll)}, pruned ${jing(prunedRng)}`);
  }
}

console.log(`tei_all.rng validation cost, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
await scenario('one document (A Midsummer Night\'s Dream)', [one]);
await scenario('corpus (20 ELTeC novels, textDesc removed)', eltec);
const genres = readdirSync(genresDir).filter((n) => n.endsWith('.xml')).sort().map((n) => path.join(genresDir, n));
await scenario('genres set (12 documents of 10 projects)', genres);
rmSync(tmp, { recursive: true, force: true });
