/** A valid bag, unpacked into a folder, and the ways the tests break copies of it. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzip } from '../../src/package/unzip.js';

/** Unpacks a .zip bag (with our unpacker, itself under test) and returns its base folder. */
export async function unpack(zip: string): Promise<{ parent: string; bag: string }> {
  const { dir, problems } = await unzip(zip);
  if (problems.length > 0) throw new Error(`cannot unpack ${zip}: ${problems.map((p) => p.reason).join('; ')}`);
  const [top] = readdirSync(dir);
  return { parent: dir, bag: path.join(dir, top!) };
}

/** A fresh copy of a bag folder, to break; removed by `cleanup`. */
export function copyOf(bag: string, made: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-tamper-'));
  made.push(dir);
  const copy = path.join(dir, path.basename(bag));
  cpSync(bag, copy, { recursive: true });
  return copy;
}

export function cleanup(made: string[]): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Flips one byte of a file in the middle. */
export function changeByte(file: string): void {
  const bytes = readFileSync(file);
  const i = Math.floor(bytes.length / 2);
  bytes[i] = bytes[i]! ^ 0x01;
  writeFileSync(file, bytes);
}

/** The 1-based line of a manifest that lists a path. */
export function manifestLine(manifest: string, rel: string): number {
  return readFileSync(manifest, 'utf8').split('\n').findIndex((l) => l.endsWith(`  ${rel}`)) + 1;
}
