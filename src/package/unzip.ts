/**
 * Unpacks a .zip for verification into a fresh temporary folder, and nowhere else: names are
 * checked before anything is written (no absolute paths, no `..`, no backslashes, UTF-8 only),
 * symbolic links are never created, and a truncated or corrupt archive becomes a problem, not
 * a crash. yauzl checks each entry's size and CRC-32 against the archive's directory.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { unsafePath } from './manifest.js';

export interface ArchiveProblem {
  /** The entry's name as stored, or '' for the archive as a whole. */
  entry: string;
  reason: string;
  ruleId: string;
}

export interface Unpacked {
  /** The temporary folder (the caller removes it). */
  dir: string;
  problems: ArchiveProblem[];
  entries: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip),
    );
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream)));
  });
}

export interface UnzipOptions {
  /** Called when a file is complete on disk (verify starts hashing it while the rest unpacks). */
  onFile?: (full: string) => void;
}

export async function unzip(file: string, options: UnzipOptions = {}): Promise<Unpacked> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tei-edition-verify-'));
  const problems: ArchiveProblem[] = [];
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    problems.push({ entry: '', reason: `the archive cannot be read (truncated, or not a zip): ${(err as Error).message}`, ruleId: 'bag-archive' });
    return { dir, problems, entries: 0 };
  }
  let entries = 0;
  // An archive that would unpack to more than the free space (a "zip bomb", or simply too big)
  // is refused before it fills the disk; entry sizes are checked as they are read.
  const free = await freeBytes(dir);
  let declared = 0;
  await new Promise<void>((resolve) => {
    const fail = (err: Error): void => {
      problems.push({ entry: '', reason: `the archive is damaged (truncated?): ${err.message}`, ruleId: 'bag-archive' });
      zip.close();
      resolve();
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      entries++;
      declared += entry.uncompressedSize;
      if (declared > free) {
        problems.push({ entry: '', reason: `the archive unpacks to more than the ${free} bytes free in ${tmpdir()}: not unpacked further`, ruleId: 'bag-archive' });
        zip.close();
        resolve();
        return;
      }
      void extract(zip, entry, dir, problems, options).then(
        () => zip.readEntry(),
        (err: Error) => fail(err),
      );
    });
    zip.readEntry();
  });
  return { dir, problems, entries };
}

async function freeBytes(dir: string): Promise<number> {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

async function extract(zip: yauzl.ZipFile, entry: yauzl.Entry, dir: string, problems: ArchiveProblem[], options: UnzipOptions): Promise<void> {
  const raw = entry.fileName as unknown as Buffer;
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    problems.push({ entry: raw.toString('latin1'), reason: 'the entry\'s name is not UTF-8', ruleId: 'bag-encoding' });
    return;
  }
  const isDir = name.endsWith('/');
  const clean = isDir ? name.slice(0, -1) : name;
  const unsafe = clean === '' ? null : unsafePath(clean);
  if (unsafe) {
    problems.push({ entry: name, reason: `the entry's path ${unsafe}: not unpacked`, ruleId: 'bag-path-escapes' });
    return;
  }
  if (clean === '') return;
  const target = path.join(dir, ...clean.split('/'));
  if (!target.startsWith(dir + path.sep)) {
    problems.push({ entry: name, reason: 'the entry\'s path leads outside the bag: not unpacked', ruleId: 'bag-path-escapes' });
    return;
  }
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    problems.push({ entry: name, reason: 'the entry is a symbolic link: not unpacked (a bag holds files)', ruleId: 'bag-not-a-file' });
    return;
  }
  if (isDir) {
    await mkdir(target, { recursive: true });
    return;
  }
  await mkdir(path.dirname(target), { recursive: true });
  try {
    const stream = await openEntry(zip, entry);
    await pipeline(stream, createWriteStream(target, { flags: 'wx' }));
    options.onFile?.(target);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') problems.push({ entry: name, reason: 'the archive holds this path twice', ruleId: 'bag-archive' });
    else problems.push({ entry: name, reason: `the entry cannot be unpacked (damaged or truncated): ${e.message}`, ruleId: 'bag-archive' });
  }
}
