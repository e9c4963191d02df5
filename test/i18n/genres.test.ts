/**
 * The genre modules in Dutch: every page of the genre fixtures (test/fixtures/genres), built
 * with `--ui-lang nl`, leaves no English string (test/i18n/leftovers.ts), and every label the
 * modules write comes from the tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { messages } from '../../src/i18n/messages.js';
import { fixtures, tempDir } from '../helpers.js';
import { htmlPages, read } from '../html/helpers.js';
import { checker, type Checker } from './leftovers.js';

const genres = path.join(fixtures, 'genres');
const names = readdirSync(genres).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4));
const source = (name: string): string => readFileSync(path.join(genres, `${name}.xml`), 'utf8');
let dist = '';
/** A checker per document (its pages may use its own words only), and one for the landing page. */
const dutch = new Map<string, Checker>();

beforeAll(async () => {
  dist = path.join(tempDir('tei-edition-i18n-genres-'), 'dist');
  const result = await build({ inputs: [genres], out: dist, schema: path.join(fixtures, 'html', 'any-element.rng'), uiLang: 'nl' });
  expect(result.written).toBe(true);
  for (const name of names) dutch.set(name, checker(source(name), messages('en'), messages('nl'), 'nl'));
  dutch.set('', checker(names.map(source).join('\n'), messages('en'), messages('nl'), 'nl'));
});

describe('the genre fixtures with a Dutch interface', () => {
  it('mark every page Dutch', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(2 * names.length);
    for (const page of pages) expect(read(dist, page), page).toMatch(/^<!DOCTYPE html>\s*<html lang="nl">/);
  });

  it("would list an English label or title on the text's own words, not the text itself", () => {
    const page = read(dist, 'transcription/index.html').replace(
      '</article>',
      '<p lang="en"><span title="added: above">The contents</span> <span title="LATIN SMALL LETTER R ROTUNDA">of the letter</span></p><nav lang="en"><h2>Contents</h2></nav></article>',
    );
    expect(dutch.get('transcription')!.check(page).map((l) => `${l.where} ${l.text}`)).toEqual(['span@title added: above', 'h2 text Contents']);
  });

  it('leave no English string on any page', () => {
    const left = htmlPages(dist).flatMap((page) => {
      const doc = page.includes('/') ? page.split('/')[0]! : '';
      return (dutch.get(doc) ?? dutch.get('')!).check(read(dist, page)).map((l) => `${page}: ${l.where}: "${l.text}" (${l.found})`);
    });
    expect(left).toEqual([]);
  });
});
