/** The documents every JSON test runs on: the fixtures, the memoir, and two ELTeC novels. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { TeiFile } from '../../src/file.js';
import { edition, plainText, webAnnotations, type Edition } from '../../src/render/json/index.js';
import { fixtures, loadFixture, root, shared } from '../helpers.js';

export const eltecDir = path.join(shared, 'corpora', 'eltec-eng');
/** The smallest and the largest novel of the corpus (0.2 and 2.2 MB). */
export const ELTEC = ['ENG18411_Tupper.xml', 'ENG18481_Dickens.xml'];
export const hasEltec = ELTEC.every((f) => existsSync(path.join(eltecDir, f)));
export const memoirPath = path.join(root, 'tei', 'lenin-kropotkin.xml');
export const hasMemoir = existsSync(memoirPath);

export interface Rendered {
  name: string;
  file: TeiFile;
  edition: Edition;
  json: string;
  jsonld: Record<string, unknown>;
  text: string;
}

const cache = new Map<string, Rendered>();

/** Loads a document (relative to test/fixtures/) and renders it, once per test file. */
export function rendered(rel: string): Rendered {
  let r = cache.get(rel);
  if (!r) {
    const file = loadFixture(rel);
    const ed = edition(file);
    r = { name: path.basename(rel), file, edition: ed, json: JSON.stringify(ed), jsonld: webAnnotations(ed), text: plainText(ed) };
    cache.set(rel, r);
  }
  return r;
}

/** Every input, as paths relative to test/fixtures/ (what is absent is left out, see notices). */
export function inputs(): string[] {
  const out = readdirSync(path.join(fixtures, 'json'))
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => `json/${f}`);
  if (hasMemoir) out.push(path.relative(fixtures, memoirPath));
  if (hasEltec) out.push(...ELTEC.map((f) => path.relative(fixtures, path.join(eltecDir, f))));
  return out;
}
