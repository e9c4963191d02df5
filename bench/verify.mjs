#!/usr/bin/env node
// Package and verify times: the memoir's bag (package = build + bag + zip; verify of the .zip and
// of the unpacked folder), then a large bag made from it with a generated payload (default
// 256 MiB in 128 files), verified with 1 hashing thread and with every core, as a folder and as
// a .zip. Uses lib/ (run `npx tsc` first). Usage: node bench/verify.mjs [MiB] [files]
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(path.join(root, 'lib', p));
const { packageEdition } = await lib('package/package.js');
const { verify } = await lib('package/verify.js');
const { unzip } = await lib('package/unzip.js');
const { manifestText, parseManifest } = await lib('package/manifest.js');
const { humanSize } = await lib('package/tags.js');

const mib = Number(process.argv[2] ?? 256);
const count = Number(process.argv[3] ?? 128);
const work = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-verify-'));
const time = async (f) => {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ok = (r) => {
  if (r.messages.length > 0) throw new Error(r.messages.map((m) => `${m.file}:${m.line} ${m.reason}`).join('\n'));
  return r;
};

try {
  const zip = path.join(work, 'memoir.zip');
  const pack = await time(() => packageEdition({ inputs: [path.join(root, 'tei')], out: zip }));
  if (!pack.value.written) throw new Error('the memoir did not build');
  const { payload, size } = pack.value;
  console.log(`memoir bag: ${payload.files} payload files + 4 tag files, payload ${payload.bytes} bytes (${humanSize(payload.bytes)}), zip ${size} bytes (${humanSize(size)})`);
  console.log(`  package (build + bag + zip): ${fmt(pack.ms)}`);
  const vz = await time(async () => ok(await verify(zip)));
  console.log(`  verify .zip:                 ${fmt(vz.ms)}`);
  const { dir, problems } = await unzip(zip);
  if (problems.length) throw new Error('cannot unpack');
  const bag = path.join(dir, 'memoir');
  const vf = await time(async () => ok(await verify(bag)));
  console.log(`  verify folder:               ${fmt(vf.ms)}`);

  // The large bag: the memoir's plus generated files, with manifest, Oxum and tag manifest redone.
  const big = path.join(dir, 'memoir');
  mkdirSync(path.join(big, 'data', 'generated'));
  const each = Math.floor((mib * 1024 * 1024) / count);
  const entries = parseManifest(readFileSync(path.join(big, 'manifest-sha512.txt'))).entries.map(({ path: p, digest }) => ({ path: p, digest }));
  let bytes = payload.bytes;
  for (let i = 0; i < count; i++) {
    const block = randomBytes(each);
    const rel = `data/generated/file-${String(i).padStart(4, '0')}.bin`;
    writeFileSync(path.join(big, rel), block);
    entries.push({ path: rel, digest: createHash('sha512').update(block).digest('hex') });
    bytes += each;
  }
  writeFileSync(path.join(big, 'manifest-sha512.txt'), manifestText(entries));
  const info = readFileSync(path.join(big, 'bag-info.txt'), 'utf8')
    .replace(/^Payload-Oxum: .*$/m, `Payload-Oxum: ${bytes}.${entries.length}`)
    .replace(/^Bag-Size: .*$/m, `Bag-Size: ${humanSize(bytes)}`);
  writeFileSync(path.join(big, 'bag-info.txt'), info);
  const tags = ['bag-info.txt', 'bagit.txt', 'manifest-sha512.txt'].map((p) => ({ path: p, digest: createHash('sha512').update(readFileSync(path.join(big, p))).digest('hex') }));
  writeFileSync(path.join(big, 'tagmanifest-sha512.txt'), manifestText(tags));
  console.log(`large bag: ${entries.length} payload files, ${bytes} bytes (${humanSize(bytes)})`);
  const one = await time(async () => ok(await verify(big, { threads: 1 })));
  console.log(`  verify folder, 1 thread:     ${fmt(one.ms)}  (${(bytes / 1e6 / (one.ms / 1000)).toFixed(0)} MB/s)`);
  const cores = Math.min(availableParallelism(), 4);
  const all = await time(async () => ok(await verify(big)));
  console.log(`  verify folder, ${cores} threads:    ${fmt(all.ms)}  (${(bytes / 1e6 / (all.ms / 1000)).toFixed(0)} MB/s)`);
  // stored, not deflated: random bytes do not compress, and the zip's reading is what is measured
  const bigZip = path.join(work, 'large.zip');
  const z = new yazl.ZipFile();
  const files = [...entries.map((e) => e.path), 'bag-info.txt', 'bagit.txt', 'manifest-sha512.txt', 'tagmanifest-sha512.txt'].sort();
  for (const f of files) z.addFile(path.join(big, f), `large/${f}`, { compress: f.startsWith('data/generated/') ? false : true, mtime: new Date(2026, 0, 1) });
  z.end();
  await pipeline(z.outputStream, createWriteStream(bigZip));
  const bz = await time(async () => ok(await verify(bigZip)));
  console.log(`  verify .zip (${humanSize(statSync(bigZip).size)}), ${cores} threads: ${fmt(bz.ms)} (unpacking included)`);
  rmSync(dir, { recursive: true, force: true });
} finally {
  rmSync(work, { recursive: true, force: true });
}
