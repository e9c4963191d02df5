#!/usr/bin/env node
// Corpus builds side by side with the peer, in one run (issue 14). Every figure is the median of
// BENCH_RUNS runs (default 1: on a loaded 2-core machine one run of everything takes long), each
// a new process, as a user's command is. Usage:
//   TEI_PEER=/work/peer/Stylesheets node bench/corpus.mjs [scenario...]
// Scenarios: eltec, memoir, big, letters, scale (default: all). The peer is the TEI Consortium's
// XSLT Stylesheets (profiles/default/html5/to.xsl) on Saxon-HE Java (Debian libsaxonhe-java),
// run once per file; without TEI_PEER (or without java) it is skipped with a notice.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TEI_SHARED ?? path.resolve(root, '..', 'shared');
const teiAll = path.join(shared, 'schemas', 'tei_all.rng');
const anySchema = path.join(root, 'test', 'fixtures', 'html', 'any-element.rng');
const peer = process.env.TEI_PEER;
const saxonJar = process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar';
const runs = Number(process.env.BENCH_RUNS ?? 1);
const work = mkdtempSync(path.join(tmpdir(), 'tei-edition-corpus-bench-'));
const wanted = new Set(process.argv.slice(2));
const want = (s) => wanted.size === 0 || wanted.has(s);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

if (!existsSync(teiAll)) {
  console.log(`notice: ${shared} is absent (no tei_all.rng, no corpora): nothing to measure`);
  process.exit(0);
}
const peerOk = peer && existsSync(path.join(peer, 'profiles', 'default', 'html5', 'to.xsl')) && existsSync(saxonJar) && spawnSync('java', ['-version']).status === 0;
if (!peerOk) console.log('notice: the peer is skipped (set TEI_PEER to a checkout of TEIC/Stylesheets, and install java and libsaxonhe-java)');

/** One build in a new process: wall time, peak memory, the JSON summary. */
function ours(args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', path.join(root, 'bench', 'peak-rss.mjs'), path.join(root, 'bin', 'tei-edition.js'), 'build', ...args, '--format', 'json', '-q'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  const rss = JSON.parse(/BENCH (.*)/.exec(r.stderr)?.[1] ?? '{"maxRssKiB":0}').maxRssKiB;
  let report = null;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`build failed (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  }
  const errors = report.messages.filter((m) => m.severity === 'error');
  return { ms, rss, summary: report.summary, errors, status: r.status };
}

/** The peer, once per file, as a user runs it: one JVM per file. */
function thePeer(files, outDir) {
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  let failed = 0;
  for (const f of files) {
    const r = spawnSync('java', ['-jar', saxonJar, `-s:${f}`, `-xsl:${path.join(peer, 'profiles', 'default', 'html5', 'to.xsl')}`, `-o:${path.join(outDir, path.basename(f, '.xml'))}.html`], { encoding: 'utf8' });
    if (r.status !== 0) failed++;
  }
  return { ms: performance.now() - t0, failed };
}

function repeat(fn) {
  const results = Array.from({ length: runs }, fn);
  return { ms: median(results.map((r) => r.ms)), rss: median(results.map((r) => r.rss ?? 0)), last: results.at(-1) };
}

/** Every file below dir with its mtime: "nothing written" means this does not change. */
function listing(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else out.push(`${path.relative(dir, full)} ${st.mtimeMs} ${st.ino}`);
    }
  };
  walk(dir);
  return out.join('\n');
}

/** The ELTeC novels without textDesc (ELTeC's own children make them tei_all-invalid). */
function eltecCopy(n = Infinity) {
  const src = path.join(shared, 'corpora', 'eltec-eng');
  const dir = path.join(work, `eltec-${n}`);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(src).filter((f) => f.endsWith('.xml')).sort().slice(0, n)) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(src, name), 'utf8').replace(/<textDesc[\s\S]*?<\/textDesc>\s*/, ''));
  }
  return dir;
}

const lines = [];
const say = (line) => {
  console.log(line);
  lines.push(line);
};
say(`# corpus benchmarks, node ${process.version}, ${runs} run(s) each, medians; ${new Date().toISOString().slice(0, 10)}`);

if (want('eltec')) {
  const dir = eltecCopy();
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const out = path.join(work, 'eltec-out', 'dist');
  const full = repeat(() => {
    rmSync(path.dirname(out), { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    return ours([dir, '--schema', teiAll, '--out', out], { TEI_EDITION_CACHE: 'off' });
  });
  say(`eltec: 20 novels (${(files.reduce((n, f) => n + statSync(f).size, 0) / 1e6).toFixed(1)} MB), full build with tei_all, render cache off: ${s(full.ms)}, peak ${mib(full.rss)}, errors ${full.last.errors.length}`);
  say(`  phases (ms): ${JSON.stringify(full.last.summary.times?.phases)}; summed per document: ${JSON.stringify(full.last.summary.times?.stages)}`);
  // how a document's time grows with its size: the smallest, the median and the largest novel
  const sizes = Object.fromEntries(files.map((f) => [path.basename(f, '.xml'), statSync(f).size]));
  const docs = full.last.summary.times.documents.map((d) => ({ ...d, bytes: sizes[d.id] })).sort((a, b) => a.bytes - b.bytes);
  for (const d of [docs[0], docs[Math.floor(docs.length / 2)], docs.at(-1)]) {
    say(`  novel ${d.id} (${(d.bytes / 1e6).toFixed(2)} MB): load ${d.load} ms (both phases), rules ${d.validate} ms, render ${d.render} ms, write ${d.write} ms`);
  }
  if (peerOk) {
    const p = repeat(() => thePeer(files, path.join(work, 'peer-eltec')));
    say(`  peer (Saxon-HE Java, html5 profile, one JVM per file): ${s(p.ms)} (${p.last.failed} failed); ours / peer = ${(full.ms / p.ms).toFixed(3)}`);
  }
  // one novel changed: a word in its body
  const one = files[0];
  const before = readFileSync(one, 'utf8');
  const changeOne = repeat(() => {
    writeFileSync(one, before.replace('<body>', `<body><!-- ${Math.random()} -->`).replace(/(<p>)([A-Z])/, '$1A $2'));
    return ours([dir, '--schema', teiAll, '--out', out]);
  });
  say(`  one novel changed, rebuild: ${s(changeOne.ms)} (rendered ${changeOne.last.summary.rendered.join(', ')}), phases ${JSON.stringify(changeOne.last.summary.times?.phases)}`);
  const seen = listing(path.dirname(out));
  const nothing = repeat(() => ours([dir, '--schema', teiAll, '--out', out]));
  say(`  nothing changed, rebuild: ${s(nothing.ms)} (changed: ${nothing.last.summary.changed}; files and mtimes beside and below dist/ unchanged: ${listing(path.dirname(out)) === seen})`);
  writeFileSync(one, before);
}

if (want('memoir')) {
  const out = path.join(work, 'memoir', 'dist');
  const m = repeat(() => {
    rmSync(path.dirname(out), { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    return ours(['tei', '--out', out], { TEI_EDITION_CACHE: 'off' });
  });
  say(`memoir: cold build, render cache off: ${s(m.ms)}, peak ${mib(m.rss)}, phases ${JSON.stringify(m.last.summary.times?.phases)}`);
  if (peerOk) {
    const p = repeat(() => thePeer([path.join(root, 'tei', 'lenin-kropotkin.xml')], path.join(work, 'peer-memoir')));
    say(`  peer (HTML only): ${s(p.ms)}; ours / peer = ${(m.ms / p.ms).toFixed(3)}`);
  }
}

if (want('big')) {
  // A ~20 MB document: the bodies of the novels, one after the other, in the first one's TEI.
  const dir = eltecCopy();
  const texts = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const body = (t) => /<body[^>]*>([\s\S]*)<\/body>/.exec(t)[1].replace(/\sxml:id="[^"]*"/g, '');
  let joined = '';
  for (let i = 0; joined.length < 20e6; i++) joined += body(texts[i % texts.length]);
  const bigDir = path.join(work, 'big');
  mkdirSync(bigDir, { recursive: true });
  const big = path.join(bigDir, 'big.xml');
  writeFileSync(big, texts[0].replace(/(<body[^>]*>)[\s\S]*(<\/body>)/, (_, a, b) => `${a}${joined}${b}`).replace(/<back>[\s\S]*<\/back>/, ''));
  const out = path.join(work, 'big-out', 'dist');
  const b = repeat(() => {
    rmSync(path.dirname(out), { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    return ours([bigDir, '--schema', anySchema, '--out', out, '--limit', 'elements=10000000', '--limit', 'file-size=100000000'], { TEI_EDITION_CACHE: 'off' });
  });
  say(`big: one ${(statSync(big).size / 1e6).toFixed(1)} MB document: ${s(b.ms)}, peak ${mib(b.rss)}, errors ${b.last.errors.length} ${b.last.errors.slice(0, 2).map((e) => e.ruleId)}`);
}

/**
 * The valid letters, as for ELTeC: a copy without the 15 letters that are invalid against
 * tei_all (the corpus's README lists them; `validate` finds them here), and people.xml without
 * the @type that TEI's <person> does not have (3,710 errors, all that one). Made once.
 */
let letters;
function validLetters() {
  if (letters) return letters;
  const src = path.join(shared, 'corpora', 'letters');
  const copy = path.join(work, 'letters');
  cpSync(src, copy, { recursive: true });
  const people = path.join(copy, 'people', 'people.xml');
  writeFileSync(people, readFileSync(people, 'utf8').replace(/(<person\b[^>]*?)\s+type="[^"]*"/g, '$1'));
  const v = spawnSync(process.execPath, [path.join(root, 'bin', 'tei-edition.js'), 'validate', copy, '--schema', teiAll, '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const invalid = new Set(JSON.parse(v.stdout).filter((m) => m.severity === 'error').map((m) => m.file));
  for (const f of invalid) rmSync(path.resolve(root, f));
  const files = [...readdirSync(path.join(copy, 'briefe')).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(copy, 'briefe', f)), people, path.join(copy, 'places', 'places.xml')];
  letters = { copy, invalid, files };
  return letters;
}

if (want('letters')) {
  const src = path.join(shared, 'corpora', 'letters');
  const all = readdirSync(path.join(src, 'briefe')).filter((f) => f.endsWith('.xml')).sort();
  const out = path.join(work, 'letters-out', 'dist');
  mkdirSync(path.dirname(out), { recursive: true });
  if (process.env.BENCH_LETTERS_AS_IS) {
    // the corpus as it is: 15 letters and people.xml are invalid against tei_all (its README), so nothing is written
    const strict = ours([src, '--schema', teiAll, '--out', out], { TEI_EDITION_CACHE: 'off' });
    const byRule = {};
    for (const e of strict.errors) byRule[e.ruleId] = (byRule[e.ruleId] ?? 0) + 1;
    say(`letters as they are, with tei_all: ${strict.summary.written ? 'built' : 'not built'} in ${s(strict.ms)}: ${strict.errors.length} errors in ${new Set(strict.errors.map((e) => e.file)).size} files ${JSON.stringify(byRule)}`);
  }
  const { copy, invalid, files } = validLetters();
  say(`letters: ${all.length} letters and 2 registers; ${invalid.size} invalid against tei_all left out (${[...invalid].map((f) => path.basename(f, '.xml')).join(', ')}): ${files.length} files`);
  const l = repeat(() => {
    rmSync(path.dirname(out), { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    return ours([copy, '--schema', teiAll, '--out', out], { TEI_EDITION_CACHE: 'off' });
  });
  say(`  full build with tei_all, render cache off: ${l.last.summary.written ? 'built' : 'not built'} in ${s(l.ms)}, peak ${mib(l.rss)}, errors ${l.last.errors.length}, phases ${JSON.stringify(l.last.summary.times?.phases)}`);
  if (peerOk) {
    // one JVM per file for 440 files takes many minutes: a sample (BENCH_PEER_SAMPLE), scaled to all
    const n = Number(process.env.BENCH_PEER_SAMPLE ?? files.length);
    const sample = files.filter((_, i) => i % Math.ceil(files.length / n) === 0);
    const p = repeat(() => thePeer(sample, path.join(work, 'peer-letters')));
    const every = (p.ms / sample.length) * files.length;
    say(`  peer, one JVM per file: ${s(p.ms)} for ${sample.length} files (${p.last.failed} failed), ${s(every)} for all ${files.length} at that pace; ours / peer = ${(l.ms / every).toFixed(3)}`);
  }
  if (l.last.summary.written) {
    const one = files[10];
    const before = readFileSync(one, 'utf8');
    const r = repeat(() => {
      writeFileSync(one, before.replace('</body>', `<p>${Math.random()}</p></body>`));
      return ours([copy, '--schema', teiAll, '--out', out]);
    });
    say(`  one letter changed, rebuild (tei_all): ${s(r.ms)} (rendered ${r.last.summary.rendered.length}), phases ${JSON.stringify(r.last.summary.times?.phases)}`);
    const nothing = repeat(() => ours([copy, '--schema', teiAll, '--out', out]));
    say(`  nothing changed, rebuild: ${s(nothing.ms)} (changed: ${nothing.last.summary.changed})`);
  }
}

if (want('scale')) {
  // How time grows with the number of documents: the first n valid letters, with tei_all (the
  // registers beside them, which every letter points into).
  const { copy, files } = validLetters();
  const letterFiles = files.filter((f) => f.includes(`${path.sep}briefe${path.sep}`));
  for (const n of (process.env.BENCH_SCALE ?? `50,150,${letterFiles.length}`).split(',').map(Number)) {
    const dir = path.join(work, `scale-${n}`);
    mkdirSync(path.join(dir, 'briefe'), { recursive: true });
    for (const f of letterFiles.slice(0, n)) cpSync(f, path.join(dir, 'briefe', path.basename(f)));
    for (const reg of ['people', 'places']) cpSync(path.join(copy, reg), path.join(dir, reg), { recursive: true });
    const out = path.join(work, `scale-${n}-out`, 'dist');
    const r = repeat(() => {
      rmSync(path.dirname(out), { recursive: true, force: true });
      mkdirSync(path.dirname(out), { recursive: true });
      return ours([dir, '--schema', teiAll, '--out', out], { TEI_EDITION_CACHE: 'off' });
    });
    say(`scale: ${n} letters and the 2 registers: ${r.last.summary.written ? 'built' : 'not built'} in ${s(r.ms)} (${(r.ms / n).toFixed(0)} ms per letter), peak ${mib(r.rss)}, phases ${JSON.stringify(r.last.summary.times?.phases)}`);
  }
}

if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${lines.join('\n')}\n`);
rmSync(work, { recursive: true, force: true });
