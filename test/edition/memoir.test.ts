/**
 * The memoir's edition (tei/lenin-kropotkin.xml): fidelity to the source transcription, names,
 * dates and speech. The source copy in tei/source/ is the transcription's provenance.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeiFile } from '../../src/file.js';
import { isIsoDuration, parseIsoDate } from '../../src/iso-date.js';
import { idIndex } from '../../src/validate/pointers.js';
import { elements, textOf, within, type XElement } from '../../src/xml.js';
import { loadFixture, root } from '../helpers.js';
import { readingOf, textElement, words } from '../../src/readings.js';

const sourcePath = path.join(root, 'tei', 'source', 'een-ontmoeting-tussen-lenin-en-kropotkin.txt');
let file: TeiFile;
let text: XElement;

beforeAll(() => {
  file = loadFixture('../../tei/lenin-kropotkin.xml');
  expect(file.messages).toEqual([]);
  text = textElement(file.tree!);
});

describe('the memoir: text fidelity', () => {
  it('keeps the source copy unchanged (sha256 as recorded in the provenance)', async () => {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(readFileSync(sourcePath)).digest('hex');
    expect(hash).toBe('9abe000a44076190b5deba4f661373a95dd0f3bc2449115d26faec8b0de4154e');
  });

  it('gives back 100 % of the source words, in order, in its diplomatic reading', () => {
    const source = words(readFileSync(sourcePath, 'utf8'));
    const tei = words(readingOf(text, 'diplomatic'));
    let firstDifference = -1;
    for (let i = 0; i < Math.max(source.length, tei.length); i++) {
      if (source[i] !== tei[i]) {
        firstDifference = i;
        break;
      }
    }
    const context = (xs: string[]) => xs.slice(Math.max(0, firstDifference - 5), firstDifference + 5).join(' ');
    expect(firstDifference, `source: …${context(source)}…\ntei:    …${context(tei)}…`).toBe(-1);
    expect(tei.length).toBe(source.length);
  });

  it('records a line beginning for every source line, numbered as in the source', () => {
    const lines = readFileSync(sourcePath, 'utf8').split('\n');
    const numbered = [...elements(text)].filter((e) => e.local === 'lb').map((e) => Number(e.attributes['n']));
    const nonEmpty = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
    // every line with text has its <lb n>, in order; blank lines may be recorded or not
    expect(numbered.filter((n) => nonEmpty.includes(n))).toEqual(nonEmpty);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    expect(new Set(numbered).size).toBe(numbered.length);
    expect(Math.max(...numbered)).toBeLessThanOrEqual(lines.length);
  });

  it('numbers the memoir\'s paragraphs 1…N with stable ids', () => {
    const paragraphs = [...elements(text)].filter((e) => e.local === 'p' && e.attributes['n'] !== undefined);
    expect(paragraphs.length).toBeGreaterThan(30);
    expect(paragraphs.map((p) => p.attributes['n'])).toEqual(paragraphs.map((_, i) => String(i + 1)));
    expect(paragraphs.every((p) => p.attributes['xml:id'])).toBe(true);
  });

  it('keeps every correction side by side with the source reading', () => {
    const choices = [...elements(text)].filter((e) => e.local === 'choice');
    expect(choices.length).toBeGreaterThan(5);
    for (const c of choices) {
      const kids = c.children.filter((k): k is XElement => k.type === 'element').map((k) => k.local).sort();
      expect([['corr', 'sic'], ['orig', 'reg'], ['abbr', 'expan']]).toContainEqual(kids);
    }
  });
});

describe('the memoir: names, dates, speech', () => {
  const REGISTER: Record<string, string> = { person: 'persName', place: 'placeName', org: 'orgName' };

  it('tags every name form a register entry lists, and leaves no occurrence of it untagged', () => {
    const ids = idIndex(file.tree!);
    // the text with every tagged mention cut out, in both readings
    const untagged = (reading: 'diplomatic' | 'reading'): string => {
      const copy = (el: XElement): string => {
        let out = '';
        for (const c of el.children) {
          if (c.type === 'text') out += c.value;
          else if (c.attributes['ref'] !== undefined && /Name$|^rs$|^title$/.test(c.local)) out += ' ∎ ';
          else if (c.local === 'lb') out += '\n';
          else if (c.local === 'note' && c.attributes['type'] !== 'source') out += ' ';
          else if (c.parent?.local === 'choice' && (reading === 'diplomatic' ? /^(corr|reg|expan)$/ : /^(sic|orig|abbr)$/).test(c.local)) out += '';
          else out += copy(c);
        }
        return out;
      };
      return copy(text).replace(/\s+/g, ' ');
    };
    const rest = { diplomatic: untagged('diplomatic'), reading: untagged('reading') };
    // a mention anywhere outside the registers themselves (the header's title counts)
    const mentions = [...elements(file.tree!)].filter((e) => e.attributes['ref'] !== undefined && !within(e, 'standOff'));
    let forms = 0;
    for (const [entryName, nameElement] of Object.entries(REGISTER)) {
      for (const entry of [...elements(file.tree!)].filter((e) => e.local === entryName && e.attributes['xml:id'])) {
        const id = entry.attributes['xml:id']!;
        const names = entry.children.filter((c): c is XElement => c.type === 'element' && c.local === nameElement);
        const tagged = mentions
          .filter((m) => m.attributes['ref']!.split(/\s+/).includes(`#${id}`))
          .flatMap((m) => [readingOf(m, 'diplomatic'), readingOf(m, 'reading')].map((s) => s.replace(/\s+/g, ' ').trim()));
        for (const name of names) {
          if (name.attributes['type'] === 'preferred' && !tagged.includes(textOf(name).trim())) continue;
          const form = textOf(name).replace(/\s+/g, ' ').trim();
          forms++;
          expect(tagged, `${id}: the form "${form}" is never tagged`).toContain(form);
          const pattern = new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
          expect(pattern.test(rest.diplomatic) || pattern.test(rest.reading), `"${form}" (${id}) occurs untagged`).toBe(false);
        }
        expect(ids.has(id)).toBe(true);
      }
    }
    expect(forms).toBeGreaterThan(10);
  });

  it('gives every date a valid ISO value', () => {
    const dates = [...elements(text)].filter((e) => e.local === 'date' || e.local === 'time');
    expect(dates.length).toBeGreaterThan(8);
    for (const d of dates) {
      const values = ['when', 'notBefore', 'notAfter', 'from', 'to'].flatMap((a) => (d.attributes[a] ? [d.attributes[a]!] : []));
      const duration = d.attributes['dur'];
      expect(values.length + (duration ? 1 : 0), `<${d.local}> "${textOf(d)}" at line ${d.start.line} has no ISO value`).toBeGreaterThan(0);
      for (const v of values) expect(parseIsoDate(v).ok, `${v} at line ${d.start.line}`).toBe(true);
      if (duration) expect(isIsoDuration(duration), `dur="${duration}" at line ${d.start.line}`).toBe(true);
    }
  });

  it('attributes every utterance to a speaker in the register of persons', () => {
    const ids = idIndex(file.tree!);
    const said = [...elements(text)].filter((e) => e.local === 'said');
    expect(said.length).toBeGreaterThan(30);
    for (const s of said) {
      const who = s.attributes['who'];
      expect(who, `<said> at line ${s.start.line} has no @who`).toMatch(/^#/);
      expect(ids.get(who!.slice(1))?.local, `${who} at line ${s.start.line}`).toBe('person');
    }
    const speakers = new Set(said.map((s) => s.attributes['who']));
    expect([...speakers].sort()).toEqual(expect.arrayContaining(['#kropotkin', '#lenin']));
  });
});
