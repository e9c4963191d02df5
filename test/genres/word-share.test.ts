/**
 * The word share (issue 13, item 5): every fixture of test/fixtures/genres keeps at least 99.9 %
 * of the words of its <text>, in order, in the HTML reading page and in the JSON edition. A
 * sample of the shared corpora (../shared) is measured and printed too; every document of them
 * is measured by bench/word-share.mjs, which takes minutes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load, resolveLimits } from '../../src/load/index.js';
import { measureDocument, type DocumentShare } from '../../src/measure/document.js';
import { keptInOrder } from '../../src/measure/in-order.js';
import { htmlStreams, share, teiStreams, words } from '../../src/measure/word-share.js';
import { fixtures, loadText, renderCacheOff, root, shared, tei } from '../helpers.js';

renderCacheOff();

const genres = path.join(fixtures, 'genres');
const fixtureFiles = readdirSync(genres).filter((f) => f.endsWith('.xml')).sort();
/** A sample of the shared corpora, small enough for the test run (bench/word-share.mjs does all). */
const sample = [
  ['genres', 'L00551.xml'],
  ['genres', '1827Sonnets_REV.xml'],
  ['genres', 'K_6057_AE_an_von_Roggenbach_Franz_1865-07-29.xml'],
  ['eltec-eng', 'ENG18720_Lynn.xml'],
].map(([corpus, name]) => path.join(shared, 'corpora', corpus!, name!));

async function measure(full: string): Promise<DocumentShare> {
  const file = new TeiFile(path.relative(root, full), readFileSync(full, 'utf8'));
  load(file, resolveLimits({ elements: 5_000_000, text: 64 * 1024 * 1024 }));
  const m = await measureDocument(file, parse);
  const pct = (s: DocumentShare['html']): string => `${(100 * s.share).toFixed(3)} %`;
  console.log(`word share  ${m.id.padEnd(40)} ${String(m.html.words).padStart(7)} words  HTML ${pct(m.html)}  JSON ${pct(m.json)}`);
  return m;
}

describe('the word share of our fixtures', () => {
  it('has a fixture for every genre of part A', () => {
    expect(fixtureFiles).toEqual(expect.arrayContaining(['drama.xml', 'verse.xml', 'letter.xml', 'prose-front-back.xml', 'lists-tables-figures.xml', 'tei-examples.xml']));
  });

  for (const name of fixtureFiles) {
    it(`keeps 99.9 % of the words of ${name}, in order, in the HTML and in the JSON`, async () => {
      const m = await measure(path.join(genres, name));
      expect(m.html.words).toBeGreaterThan(0);
      expect(m.html.share, `HTML of ${name}`).toBeGreaterThanOrEqual(0.999);
      expect(m.json.share, `JSON of ${name}`).toBeGreaterThanOrEqual(0.999);
    }, 60_000);
  }
});

const present = sample.filter((f) => existsSync(f));
if (present.length < sample.length) console.log(`notice: ${sample.length - present.length} shared documents absent (${path.join(shared, 'corpora')}): not measured`);
describe.runIf(present.length > 0)('the word share of a sample of the shared corpora', () => {
  for (const full of present) {
    it(`measures ${path.basename(full)} (${Math.round(statSync(full).size / 1024)} KB)`, async () => {
      const m = await measure(full);
      expect(m.html.words).toBeGreaterThan(100);
      // real documents are measured, not held to the fixtures' bar; they have stayed above 99 %
      expect(m.html.share).toBeGreaterThan(0.99);
      expect(m.json.share).toBeGreaterThan(0.99);
    }, 120_000);
  }
});

describe('the measure', () => {
  it('counts words kept in order: a dropped word, a glued pair, a moved word', () => {
    const ref = words('libellum arido modo pumice expolitum');
    expect(keptInOrder(ref, ref)).toBe(5);
    expect(keptInOrder(ref, words('libellum modo pumice expolitum'))).toBe(4);
    expect(keptInOrder(ref, words('libellumarido modo pumice expolitum'))).toBe(3);
    expect(keptInOrder(ref, words('expolitum libellum arido modo pumice'))).toBe(4);
    expect(keptInOrder(ref, [])).toBe(0);
  });

  it('finds the longest common subsequence on long sequences, through the anchors', () => {
    // 60,000 words: more than the exact programme takes at once, so the anchors cut it
    const ref = Array.from({ length: 60_000 }, (_, i) => `w${i % 7919}`);
    const out = ref.filter((_, i) => i % 1000 !== 0);
    expect(keptInOrder(ref, out)).toBe(60_000 - 60);
    expect(keptInOrder(ref, [...out].reverse())).toBeLessThan(100);
  });

  it('reads words as letters, marks and digits: markup and punctuation are not words', () => {
    expect(words('<hi rend="x">word</hi>, [supplied] café 1865')).toEqual(['hi', 'rend', 'x', 'word', 'hi', 'supplied', 'café', '1865']);
  });

  it('takes the TEI text of each view with its boundaries: lines apart, words across inline elements whole, notes apart', () => {
    const file = loadText(tei('<lg><l>libellum</l><l>arido</l></lg><p>wor<hi>d</hi> a<lb break="no"/>b c<lb/>d<note>in a note</note> <choice><sic>teh</sic><corr>the</corr></choice> <del>x</del><supplied>y</supplied></p>'));
    const reading = teiStreams(file.tree!, 'reading', 'document');
    expect(reading.text).toEqual(['libellum', 'arido', 'word', 'ab', 'c', 'd', 'the', 'y']);
    expect(reading.notes).toEqual(['in', 'a', 'note']);
    expect(teiStreams(file.tree!, 'diplomatic', 'document').text).toEqual(['libellum', 'arido', 'word', 'a', 'b', 'c', 'd', 'teh', 'x']);
  });

  it('reads the HTML a reader of each view sees: hidden text left out but still a boundary, image text kept', () => {
    const doc = parse('<article id="text"><p>one<span class="vh">Paragraph</span>two <span aria-hidden="true">5</span>thr<br class="lb">ee<img alt="four five"> <span class="rdg">the</span><span class="dipl">teh</span></p></article><section class="notes"><li>six</li></section>');
    expect(htmlStreams(doc as never, 'reading')).toEqual({ text: ['one', 'two', 'three', 'four', 'five', 'the'], notes: ['six'], apparatus: [] });
    expect(htmlStreams(doc as never, 'diplomatic')).toEqual({ text: ['one', 'two', 'thr', 'ee', 'four', 'five', 'teh'], notes: ['six'], apparatus: [] });
  });

  it('adds the views up: words kept over words', () => {
    expect(share({ text: ['a', 'b'], notes: [] }, { text: ['a'], notes: [] }).share).toBe(0.5);
  });
});
