/** The progress line: done/total, the document, the time left; redrawn in place, erased at the end. */
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/build/progress.js';

describe('the progress line', () => {
  it('says how many documents are done, which one, and the time left at the pace so far', () => {
    const written: string[] = [];
    let now = 0;
    const line = progressLine((s) => written.push(s), 80, () => now);
    line.update({ phase: 'render', done: 0, total: 4, current: 'a' });
    now = 2000;
    line.update({ phase: 'render', done: 1, total: 4, current: 'letter-a' });
    expect(written.at(-1)).toBe('\rrendering 1/4, 6 s left · letter-a\u001b[K');
    now = 2050; // too soon to redraw
    line.update({ phase: 'render', done: 2, total: 4, current: 'letter-b' });
    expect(written).toHaveLength(2);
    now = 8000;
    line.update({ phase: 'render', done: 4, total: 4, current: 'letter-d' });
    expect(written.at(-1)).toBe('\rrendering 4/4 · letter-d\u001b[K');
    line.end();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('fits the terminal', () => {
    const written: string[] = [];
    const line = progressLine((s) => written.push(s), 20, () => 0);
    line.update({ phase: 'scan', done: 1, total: 1, current: 'a-document-with-a-very-long-name' });
    expect(written[0]!.replace('\r', '').replace('\u001b[K', '')).toHaveLength(19);
  });
});
