/**
 * The memoir's PDF (`--pdf`), read as a reader's tools read it (poppler-utils): every word of
 * the reading text in order, fonts embedded, tagged, an outline, links inside the PDF, page
 * numbers, the date of the sources; and what happens without --pdf and without Chromium.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { t } from '../../src/i18n/messages.js';
import { fixtures, root, tempDir } from '../helpers.js';
import { chromiumPath, read } from '../html/helpers.js';
import { run } from './poppler.js';

const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
const sample = path.join(fixtures, 'html', 'sample.xml');
const anySchema = path.join(fixtures, 'html', 'any-element.rng');
let dist = '';
let pdf = '';

beforeAll(async () => {
  process.env['CHROMIUM_PATH'] ??= chromiumPath;
  dist = path.join(tempDir('tei-edition-pdf-'), 'dist');
  const result = await build({ inputs: [memoir], out: dist, pdf: true });
  expect(result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'))).toEqual([]);
  pdf = path.join(dist, 'lenin-kropotkin', 'lenin-kropotkin.pdf');
});

/** Words as a reader's search finds them: letters and digits, whatever the line breaks. */
const words = (s: string): string[] => s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the memoir as PDF', () => {
  it('keeps every word of the reading text, in order (pdftotext)', () => {
    const edition = JSON.parse(read(dist, 'lenin-kropotkin/edition.json')) as { blocks: { type: string; reading: string }[] };
    const text = edition.blocks.filter((b) => b.type !== 'note').map((b) => b.reading).join(' ');
    const wanted = words(text);
    expect(wanted.length).toBeGreaterThan(3000);
    // the letters alone: pdftotext joins a word broken at its hyphen at the end of a line
    // ("pseudo-" + "coöperaties" → "pseudocoöperaties"), as a reader's eye does
    const printed = words(run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).join('');
    // in order: page numbers, note markers and running heads may stand between them
    let at = 0;
    const missing: string[] = [];
    for (const [i, w] of wanted.entries()) {
      const found = printed.indexOf(w, at);
      if (found < 0) missing.push(`${i}: ${w} (after “${wanted.slice(Math.max(0, i - 5), i).join(' ')}”)`);
      else at = found + w.length;
    }
    expect(missing).toEqual([]);
  });

  it('holds the notes, the registers and a title page with the citation', () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin');
    expect(text).toContain(t('nl', 'print.citation'));
    expect(text).toContain('Bontsj-Broejevitsj, V. D. “Een ontmoeting tussen V.I. Lenin en P. A. Kropotkin.”');
    const all = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).replace(/\s+/g, ' ');
    for (const heading of ['notes.editorial', 'register.persons', 'register.places', 'register.works']) expect(all).toContain(t('nl', heading));
    // page numbers in the footer, in the interface's words
    expect(all).toMatch(/Pagina 2 van \d+/);
  });

  it('embeds every font (pdffonts)', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  });

  it('is tagged, has an outline and links inside itself, and is dated by its sources', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThan(10);
    expect(info).toMatch(/^Title:\s+Een ontmoeting tussen V\.I\. Lenin en P\. A\. Kropotkin$/m);
    // the latest revisionDesc/change/@when of the memoir, not the time of the build
    expect(info).toMatch(/^CreationDate:\s+Tue Dec\s+1 00:00:00 2026 UTC$/m);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toContain('/Outlines');
    // names, note markers, back links and register occurrences: links to named places in the PDF
    expect((bytes.match(/\/Dest \//g) ?? []).length).toBeGreaterThan(300);
    expect(bytes).toContain('/Dest /lenin');
    // no link to a page of the edition that the PDF cannot open (the memoir has no base URL)
    expect(bytes).not.toMatch(/\/URI \((?!https?:)/);
  });

  it('renders as page images (pdftoppm)', () => {
    const prefix = path.join(tempDir('tei-edition-pdf-'), 'page');
    run('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '2', pdf, prefix]);
    for (const n of ['01', '02']) {
      const png = readFileSync(`${prefix}-${n}.png`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('is listed on the landing page and in the signposting', () => {
    expect(read(dist, 'index.html')).toContain('<a href="lenin-kropotkin/lenin-kropotkin.pdf" download="lenin-kropotkin.pdf">');
    expect(read(dist, 'lenin-kropotkin/index.html')).toContain('<link rel="item" href="lenin-kropotkin.pdf" type="application/pdf">');
    expect(read(dist, 'lenin-kropotkin/linkset.json')).toContain('"type": "application/pdf"');
  });
});

describe('without --pdf, and without Chromium', () => {
  it('writes no PDF and names none without --pdf', async () => {
    const out = path.join(tempDir('tei-edition-pdf-'), 'dist');
    expect((await build({ inputs: [sample], out, schema: anySchema })).written).toBe(true);
    expect(existsSync(path.join(out, 'sample', 'sample.pdf'))).toBe(false);
    for (const page of ['index.html', 'sample/index.html']) expect(read(out, page)).not.toContain('.pdf');
  });

  it('fails with what to install when --pdf has no Chromium, and writes nothing', async () => {
    const dir = tempDir('tei-edition-pdf-');
    const out = path.join(dir, 'dist');
    writeFileSync(path.join(dir, 'keep'), '');
    const before = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = path.join(dir, 'no-chromium');
    try {
      const result = await build({ inputs: [sample], out, schema: anySchema, pdf: true });
      expect(result.written).toBe(false);
      const errors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'));
      expect(errors.map((m) => m.ruleId)).toEqual(['pdf-chromium']);
      expect(errors[0]!.reason).toContain(path.join(dir, 'no-chromium'));
      expect(errors[0]!.hint).toContain('apt-get install chromium');
    } finally {
      if (before === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = before;
    }
    expect(existsSync(out)).toBe(false);
  });
});
