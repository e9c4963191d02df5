#!/usr/bin/env node
// Save → change on the served page, with `tei-edition serve` warm: the memoir (tei/) is copied to
// a temp folder, served with live reload, and opened in Debian's Chromium; each run edits a word
// of the first paragraph, once the last save's build is done, and times from the write to the
// moment the open page shows it (its reloaded document parsed, by the page's own clock): file
// watcher, debounce, the quick look of the reading page, the SSE message, the reload; the whole
// build follows and is not timed. Two saves warm the process
// first (saxon-js loaded, the SEF parsed). Also prints the build time the watcher reported. Usage: node bench/watch.mjs [runs] [input-folder [schema.rng]]
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from '../lib/serve/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
const source = path.resolve(process.argv[3] ?? path.join(root, 'tei'));
const schema = process.argv[4] ? { schema: path.resolve(process.argv[4]) } : {};
const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-watch-'));
cpSync(source, path.join(dir, 'tei'), { recursive: true });
// the first document with a body (not a register file)
const file = readdirSync(path.join(dir, 'tei')).filter((f) => f.endsWith('.xml')).map((f) => path.join(dir, 'tei', f)).find((f) => readFileSync(f, 'utf8').includes('<body'));
const id = path.basename(file, '.xml');
const original = readFileSync(file, 'utf8');
// the first text node of the body: a word is put in front of it
const at = original.indexOf('>', original.indexOf('<p', original.indexOf('<body'))) + 1;

const builds = [];
// builds the watcher has reported, and how many the saves so far will have made
let wanted = 1;
const running = await preview(
  { inputs: [path.join(dir, 'tei')], out: path.join(dir, 'dist'), serve: true, port: 0, ...schema },
  { built: (event) => builds.push({ ms: event.ms, written: event.result?.written ?? false }) },
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${running.url}${id}/index.html`);

// When the open page showed the text: the moment its reloaded document was parsed
// (domContentLoadedEventEnd of its navigation, on the page's own clock). The page is asked only
// every 50 ms, so that asking takes no CPU from what it times (the bench and the server share
// this process and its thread).
async function shown(marker) {
  return page
    .evaluate((m) => {
      if (!document.body?.textContent.includes(m)) return null;
      const nav = performance.getEntriesByType('navigation')[0];
      return performance.timeOrigin + (nav?.domContentLoadedEventEnd || performance.now());
    }, marker)
    .catch(() => null);
}

async function save(n) {
  const marker = `Zqmark${n}`;
  // as an editor saves: the last save's build is done (it is not timed), then a moment of reading
  for (let waited = 0; builds.length < wanted && waited < 120_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 300));
  wanted = builds.length + 1;
  const t0 = performance.timeOrigin + performance.now();
  writeFileSync(file, `${original.slice(0, at)}${marker} ${original.slice(at)}`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const when = await shown(marker);
    if (when !== null) return when - t0;
    if (performance.timeOrigin + performance.now() - t0 > 120_000) throw new Error('the page did not change in 120 s');
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  await save(-2);
  await save(-1);
  const before = builds.length;
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await save(i));
  const buildMs = builds.slice(before).filter((b) => b.written).map((b) => b.ms);
  console.log(`${id}: save → changed page, warm, ${runs} runs: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  console.log(`  the build inside it (watcher's figure): median ${median(buildMs).toFixed(0)} ms; first (cold) build ${builds[0].ms.toFixed(0)} ms`);
} finally {
  await browser.close();
  await running.close();
  rmSync(dir, { recursive: true, force: true });
}
