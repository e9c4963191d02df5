/**
 * `tei-edition verify BAG`: checks a bag (a folder, or a .zip unpacked into a temporary folder)
 * against RFC 8493 and the project's BagIt Profile. Every problem is a located message (which
 * file, which line, expected against found); nothing is fatal, so one run reports all of them.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compareMessages, type Message } from '../message.js';
import { listFiles, type Listed } from './files.js';
import { HashPool, workersFor, type HashResult } from './hash.js';
import { ALGORITHM, MANIFEST, TAG_MANIFEST, parseManifest, unsafePath, type LineProblem, type ManifestLine } from './manifest.js';
import { bagitProfile, EDITION_DIR, PROFILE_FILE, type BagitProfile } from './profile.js';
import { BAG_INFO, BAGIT_TXT, parseTags, type ParsedTag } from './tags.js';
import { unzip } from './unzip.js';

export interface VerifyResult {
  /** Problems, ordered by file and line; empty when the bag is valid. */
  messages: Message[];
  /** Payload files and bytes found in data/. */
  payload: { files: number; bytes: number };
}

export interface VerifyOptions {
  /** Hashing threads (default: the machine's cores, at most 4). */
  threads?: number;
}

type Report = (rel: string | null, reason: string, ruleId: string, line?: number, column?: number) => void;

export async function verify(given: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  // "bag/" and "bag" name the same bag; messages read "bag/data/…" either way
  const bag = given.length > 1 ? given.replace(/[\\/]+$/, '') : given;
  const messages: Message[] = [];
  const reporter = (display: string): Report => (rel, reason, ruleId, line = 1, column = 1) =>
    messages.push({ reason, file: rel ? `${display}/${rel}` : display, line, column, severity: 'error', source: 'bagit', ruleId });
  let payload = { files: 0, bytes: 0 };
  let info;
  try {
    info = await stat(bag);
  } catch {
    reporter(bag)(null, 'no such file or folder', 'bag-required-file');
    return { messages, payload };
  }
  try {
    if (info.isDirectory()) payload = await checkFolder(bag, reporter(bag), options);
    else {
      // Files are hashed as soon as they are unpacked, on the other cores, while the rest unpacks.
      const pool = new HashPool(ALGORITHM, workersFor({ algorithm: ALGORITHM, totalBytes: info.size, ...(options.threads ? { threads: options.threads } : {}) }, Infinity));
      const early = new Map<string, Promise<HashResult>>();
      const unpacked = await unzip(bag, { onFile: (full) => early.set(full, pool.hash(full)) }).catch(async (err: unknown) => {
        await pool.close();
        throw err;
      });
      try {
        for (const p of unpacked.problems) reporter(bag)(p.entry || null, p.reason, p.ruleId);
        const top = readdirSync(unpacked.dir, { withFileTypes: true });
        const single = top.length === 1 && top[0]!.isDirectory() ? top[0]!.name : null;
        if (unpacked.entries > 0 || unpacked.problems.length === 0) {
          const root = single ? path.join(unpacked.dir, single) : unpacked.dir;
          payload = await checkFolder(root, reporter(single ? `${bag}/${single}` : bag), options, early);
        }
      } finally {
        await pool.close();
        await rm(unpacked.dir, { recursive: true, force: true });
      }
    }
  } catch (err) {
    // A bug of ours, or an I/O failure mid-way: still a message, never a crash.
    reporter(bag)(null, `the bag could not be checked to the end: ${(err as Error).message}`, 'bag-unreadable');
  }
  return { messages: messages.sort(compareMessages), payload };
}

async function checkFolder(
  root: string,
  report: Report,
  options: VerifyOptions,
  early: ReadonlyMap<string, Promise<HashResult>> = new Map(),
): Promise<{ files: number; bytes: number }> {
  const profile = bagitProfile('');
  const { files, skipped } = await listFiles(root);
  for (const s of skipped) {
    report(s.rel, s.why === 'hidden' ? 'hidden file or folder: a bag of this profile holds none' : 'not a regular file (a link or a device): a bag holds files', s.why === 'hidden' ? 'bag-hidden-file' : 'bag-not-a-file');
  }
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const payloadFiles = files.filter((f) => f.rel.startsWith('data/'));
  const tagFiles = files.filter((f) => !f.rel.startsWith('data/'));
  const read = (rel: string): Promise<Buffer> => readFile(byRel.get(rel)!.full);
  const lineProblems = (rel: string, ps: readonly LineProblem[]): void => ps.forEach((p) => report(rel, p.reason, p.ruleId, p.line, p.column));

  // bagit.txt: the declaration, exactly two tags in this order.
  if (!byRel.has(BAGIT_TXT)) report(null, `${BAGIT_TXT} is missing: it declares the bag (RFC 8493 §2.1.1)`, 'bag-required-file');
  else {
    const { tags, problems } = parseTags(await read(BAGIT_TXT));
    lineProblems(BAGIT_TXT, problems);
    const [v, e] = tags;
    if (v?.label !== 'BagIt-Version') report(BAGIT_TXT, `line 1 must be "BagIt-Version: M.N", found ${JSON.stringify(v ? `${v.label}: ${v.value}` : '')}`, 'bag-declaration', v?.line ?? 1);
    else if (!profile['Accept-BagIt-Version'].includes(v.value)) report(BAGIT_TXT, `BagIt-Version is ${v.value}; the profile accepts ${profile['Accept-BagIt-Version'].join(', ')}`, 'bag-declaration', v.line);
    if (e?.label !== 'Tag-File-Character-Encoding') report(BAGIT_TXT, 'line 2 must be "Tag-File-Character-Encoding: UTF-8"', 'bag-declaration', e?.line ?? 2);
    else if (e.value !== 'UTF-8') report(BAGIT_TXT, `Tag-File-Character-Encoding is ${e.value}, expected UTF-8`, 'bag-declaration', e.line);
    if (tags.length > 2) report(BAGIT_TXT, `${BAGIT_TXT} holds ${tags.length} tags, expected exactly 2`, 'bag-declaration', tags[2]!.line);
  }
  if (payloadFiles.length === 0) report('data', 'the payload folder data/ is missing or empty', 'bag-required-file');

  // Tag files: only those the profile allows, at the top of the bag.
  for (const t of tagFiles) {
    const manifestLike = /^(tag)?manifest-([^/]+)\.txt$/.exec(t.rel);
    if (t.rel === 'fetch.txt') report(t.rel, 'fetch.txt is not allowed by the profile (Allow-Fetch.txt: false): every file must be in the bag', 'bag-profile');
    else if (manifestLike && !profile[manifestLike[1] ? 'Tag-Manifests-Allowed' : 'Manifests-Allowed'].includes(manifestLike[2]!)) {
      report(t.rel, `a ${manifestLike[2]} manifest is not allowed by the profile (allowed: ${ALGORITHM})`, 'bag-profile');
    } else if (!profile['Tag-Files-Allowed'].some((p) => glob(p, t.rel))) report(t.rel, 'extra file: not in data/ and not a tag file the profile allows', 'bag-extra-file');
  }

  // The manifests: what they list must exist, be safe, and match.
  const checks: { file: Listed; entry: ManifestLine; manifest: string }[] = [];
  const manifestEntries = async (manifest: string, belongs: (p: string) => string | null): Promise<Set<string>> => {
    const listed = new Set<string>();
    if (!byRel.has(manifest)) {
      report(null, `${manifest} is missing: the profile requires a ${ALGORITHM} ${manifest.startsWith('tag') ? 'tag manifest' : 'manifest'}`, 'bag-required-file');
      return listed;
    }
    const { entries, problems } = parseManifest(await read(manifest));
    lineProblems(manifest, problems);
    for (const entry of entries) {
      const unsafe = unsafePath(entry.path);
      const misplaced = unsafe ? null : belongs(entry.path);
      if (unsafe) report(manifest, `line ${entry.line}: the path ${JSON.stringify(entry.path)} ${unsafe}`, 'bag-path-escapes', entry.line);
      else if (misplaced) report(manifest, `line ${entry.line}: ${entry.path} ${misplaced}`, 'bag-manifest-line', entry.line);
      else if (listed.has(entry.path)) report(manifest, `line ${entry.line}: ${entry.path} is listed twice`, 'bag-manifest-line', entry.line);
      else {
        listed.add(entry.path);
        const file = byRel.get(entry.path);
        if (file) checks.push({ file, entry, manifest });
        else report(manifest, `line ${entry.line}: ${entry.path} is listed but missing from the bag`, 'bag-missing-file', entry.line);
      }
    }
    return listed;
  };
  const listedPayload = await manifestEntries(MANIFEST, (p) => (p.startsWith('data/') ? null : 'is not in data/: a payload manifest lists payload files only'));
  await manifestEntries(TAG_MANIFEST, (p) =>
    p.startsWith('data/') ? 'is a payload file: a tag manifest lists tag files only' : p.startsWith('tagmanifest-') ? 'is a tag manifest: it cannot list itself' : null,
  );
  for (const f of payloadFiles) if (!listedPayload.has(f.rel)) report(f.rel, `extra file: in data/ but not listed in ${MANIFEST}`, 'bag-extra-file');

  const sizes = await Promise.all(payloadFiles.map(async (f) => (await stat(f.full)).size));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const late = checks.filter((c) => !early.has(c.file.full));
  const pool = new HashPool(ALGORITHM, late.length ? workersFor({ algorithm: ALGORITHM, totalBytes: bytes, ...(options.threads ? { threads: options.threads } : {}) }, late.length) : 0);
  let results: HashResult[];
  try {
    results = await Promise.all(checks.map((c) => early.get(c.file.full) ?? pool.hash(c.file.full)));
  } finally {
    await pool.close();
  }
  checks.forEach(({ file, entry, manifest }, i) => {
    const r = results[i]!;
    if ('error' in r) report(file.rel, `cannot be read: ${r.error}`, 'bag-unreadable');
    else if (r.digest !== entry.digest) {
      report(file.rel, `checksum mismatch: ${manifest} line ${entry.line} expects ${ALGORITHM} ${entry.digest.slice(0, 16)}…, the file has ${r.digest.slice(0, 16)}…`, 'bag-checksum');
    }
  });

  await checkBagInfo(byRel.has(BAG_INFO) ? await read(BAG_INFO) : null, { files: payloadFiles.length, bytes }, profile, report, byRel);
  for (const required of profile['Payload-Files-Required']) {
    const present = required.endsWith('/') ? payloadFiles.some((f) => f.rel.startsWith(required)) : byRel.has(required);
    if (!present) report(null, `${required} is missing: the profile requires it (Payload-Files-Required)`, 'bag-profile');
  }
  return { files: payloadFiles.length, bytes };
}

async function checkBagInfo(
  bytes: Buffer | null,
  payload: { files: number; bytes: number },
  profile: BagitProfile,
  report: Report,
  byRel: Map<string, Listed>,
): Promise<void> {
  if (!bytes) {
    report(null, `${BAG_INFO} is missing: the profile requires it`, 'bag-required-file');
    return;
  }
  const { tags, problems } = parseTags(bytes);
  problems.forEach((p) => report(BAG_INFO, p.reason, p.ruleId, p.line, p.column));
  const all = (label: string): ParsedTag[] => tags.filter((t) => t.label.toLowerCase() === label.toLowerCase());
  for (const [label, rule] of Object.entries(profile['Bag-Info'])) {
    const found = all(label);
    if (rule.required && found.length === 0) report(BAG_INFO, `${label} is missing: the profile requires it (${rule.description})`, 'bag-profile');
    if (rule.repeatable === false && found.length > 1) report(BAG_INFO, `${label} is given ${found.length} times; the profile allows it once`, 'bag-profile', found[1]!.line);
    for (const t of found) if (rule.values && !rule.values.includes(t.value)) report(BAG_INFO, `${label} is "${t.value}"; the profile allows ${rule.values.join(', ')}`, 'bag-profile', t.line);
  }
  const oxum = all('Payload-Oxum')[0];
  if (oxum) {
    const m = /^(\d+)\.(\d+)$/.exec(oxum.value);
    if (!m) report(BAG_INFO, `Payload-Oxum is "${oxum.value}", expected octets.files (e.g. 1024.3)`, 'bag-oxum', oxum.line);
    else if (Number(m[1]) !== payload.bytes || Number(m[2]) !== payload.files) {
      report(BAG_INFO, `Payload-Oxum is ${oxum.value}, the payload has ${payload.bytes}.${payload.files} (octets.files)`, 'bag-oxum', oxum.line);
    }
  }
  const date = all('Bagging-Date')[0];
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) report(BAG_INFO, `Bagging-Date is "${date.value}", expected YYYY-MM-DD`, 'bag-profile', date.line);
  const ids = all('BagIt-Profile-Identifier');
  if (ids.length === 0) report(BAG_INFO, 'BagIt-Profile-Identifier is missing: the bag must name its profile', 'bag-profile');
  const published = byRel.get(`${EDITION_DIR}/${PROFILE_FILE}`);
  if (published && ids.length > 0) {
    let own: string | undefined;
    try {
      own = (JSON.parse(await readFile(published.full, 'utf8')) as BagitProfile)['BagIt-Profile-Info']['BagIt-Profile-Identifier'];
    } catch (err) {
      report(published.rel, `the profile is not readable JSON: ${(err as Error).message}`, 'bag-profile');
    }
    if (own !== undefined && !ids.some((t) => t.value === own)) {
      report(BAG_INFO, `BagIt-Profile-Identifier is ${ids[0]!.value}, but the profile in the bag identifies itself as ${own}`, 'bag-profile', ids[0]!.line);
    }
  }
}

/** glob(7) with `*` only, as BagIt Profiles use it. */
function glob(pattern: string, p: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(p);
}
