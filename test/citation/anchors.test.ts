/**
 * Citations that stay true: every citable unit's anchor comes from the TEI (xml:id, or @n where
 * the source numbers it), never from its place among its siblings, so inserting a paragraph into a
 * copy of the memoir moves no other unit's anchor.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { built, memoir, read, tempDir } from './helpers.js';

/** Every id of the reading page and the register pages, with the text it anchors. */
function anchors(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of ['index.html', 'persons.html', 'places.html', 'organisations.html', 'works.html', 'events.html']) {
    const html = read(dist, `lenin-kropotkin/${page}`);
    for (const m of html.matchAll(/<(p|li|span|q|blockquote)\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]{0,60})/g)) out.set(`${page}#${m[2]}`, m[3]!.replace(/<[^>]+>/g, ''));
  }
  return out;
}

let before = new Map<string, string>();
let after = new Map<string, string>();
beforeAll(async () => {
  before = anchors((await built()).out);
  const copy = path.join(tempDir(), 'lenin-kropotkin.xml');
  const text = readFileSync(memoir, 'utf8');
  const first = text.indexOf('<p n="1" xml:id="p1"');
  expect(first).toBeGreaterThan(0);
  writeFileSync(copy, `${text.slice(0, first)}<p>An inserted paragraph.</p>\n${text.slice(first)}`);
  // the same edition settings (its interface language) beside the copy
  copyFileSync(path.join(path.dirname(memoir), 'tei-edition.json'), path.join(path.dirname(copy), 'tei-edition.json'));
  after = anchors((await built({ inputs: [copy] })).out);
});

describe('anchors', () => {
  it('the memoir anchors its paragraphs, notes, register entries and utterances', () => {
    const ids = [...before.keys()];
    expect(ids).toContain('index.html#p12');
    expect(ids).toContain('index.html#c-sovnarkom');
    expect(ids).toContain('persons.html#kropotkin');
    expect(ids.filter((i) => i.startsWith('index.html#p')).length).toBeGreaterThanOrEqual(39);
  });

  it('inserting a paragraph changes no other unit\'s anchor', () => {
    for (const [id, text] of before) expect(after.get(id), id).toBe(text);
  });
});
