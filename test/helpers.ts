/** Shared test helpers: load a document from text or a fixture, the way the build does. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TeiFile } from '../src/file.js';
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
