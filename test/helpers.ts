/** Shared test helpers: load a document from text or a fixture, the way the build does. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TeiFile } from '../src/file.js';
import { afterAll, beforeAll } from 'vitest';
import { load } from '../src/load/index.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixtures = path.join(root, 'test', 'fixtures');
/** ../shared beside the project: reference data that a fresh machine may not have. */
export const shared = path.resolve(root, '..', 'shared');
export const teiAll = path.join(shared, 'schemas', 'tei_all.rng');
export const hasShared = existsSync(teiAll);

export function loadText(text: string, name = 'doc.xml'): TeiFile {
  const file = new TeiFile(name, text);
  load(file);
  return file;
}

export function loadFixture(rel: string): TeiFile {
  const full = path.join(fixtures, rel);
  const file = new TeiFile(path.relative(root, full), readFileSync(full, 'utf8'));
  load(file);
  return file;
}

/** "line:column rule-id" of each message, for compact assertions. */
export function places(file: TeiFile): string[] {
  return file.sortedMessages().map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

/** A minimal valid TEI document around a body. */
export function tei(body: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl">
<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>${extra}
<text><body>${body}</body></text>
</TEI>
`;
}

const made: string[] = [];

/**
 * A new folder in the system's temp directory, removed after the test file (test/setup.ts runs
 * removeTempDirs in an afterAll of every file): no test leaves anything behind in /tmp.
 */
export function tempDir(prefix = 'tei-edition-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Turns the HTML render cache off for the test file (random documents would only fill it). */
export function renderCacheOff(): void {
  let cache: string | undefined;
  beforeAll(() => {
    cache = process.env['TEI_EDITION_CACHE'];
    process.env['TEI_EDITION_CACHE'] = 'off';
  });
  afterAll(() => {
    if (cache === undefined) delete process.env['TEI_EDITION_CACHE'];
    else process.env['TEI_EDITION_CACHE'] = cache;
  });
}
