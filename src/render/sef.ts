/**
 * Compiled stylesheets (SEF) are a cache keyed by a hash of the XSLT sources and the compiler
 * version: xslt3 writes a build time into every SEF, so they are never committed.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { cacheDir, xsltDir } from '../paths.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** Parsed SEFs, by entry and source hash: parsed once per process or worker thread, not per document. */
const parsed = new Map<string, Promise<unknown>>();

/** The SEF of `xslt/<entry>` as a parsed object, compiling it when the sources changed. */
export async function compiledStylesheet(entry: string): Promise<unknown> {
  const key = `${entry}:${await sourceHash()}`;
  let sef = parsed.get(key);
  if (!sef) {
    sef = loadStylesheet(entry);
    sef.catch(() => parsed.delete(key));
    parsed.set(key, sef);
  }
  return sef;
}

async function loadStylesheet(entry: string): Promise<unknown> {
  const hash = await sourceHash();
  const sefPath = path.join(cacheDir, 'sef', `${entry.replace(/\.xsl$/, '')}-${hash}.sef.json`);
  return readOrCompile(entry, sefPath);
}

/** For a long-running process (`tei-edition watch`): the stylesheets changed, hash them again. */
export function forgetStylesheets(): void {
  cachedHash = undefined;
  parsed.clear();
}

async function readOrCompile(entry: string, sefPath: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(sefPath, 'utf8'));
  } catch {
    await mkdir(path.dirname(sefPath), { recursive: true });
    // workers of the build's pool share the pid: the name must differ per thread too
    const tmp = `${sefPath}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2, 8)}.tmp`;
    const xslt3 = require.resolve('xslt3/xslt3.js');
    try {
      await run(process.execPath, [xslt3, `-xsl:${path.join(xsltDir, entry)}`, `-export:${tmp}`, '-nogo', '-relocate:on']);
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`cannot compile xslt/${entry}:\n${(e.stderr ?? e.message).trim()}`);
    }
    await rename(tmp, sefPath);
    return JSON.parse(await readFile(sefPath, 'utf8'));
  }
}

let cachedHash: string | undefined;
/** A hash of every stylesheet under xslt/ and of the compiler's version. */
export async function sourceHash(): Promise<string> {
  if (cachedHash) return cachedHash;
  const hash = createHash('sha256');
  hash.update(require('xslt3/package.json').version as string);
  for (const file of await listXsl(xsltDir)) {
    hash.update(path.relative(xsltDir, file));
    hash.update(await readFile(file));
  }
  cachedHash = hash.digest('hex').slice(0, 16);
  return cachedHash;
}

async function listXsl(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listXsl(full)));
    else if (entry.name.endsWith('.xsl')) out.push(full);
  }
  return out;
}
