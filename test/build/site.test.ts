/**
 * The site renderers (src/build/site.ts): each sees the outputs of the documents and of the
 * renderers before it, and their outputs come in the list's order; one that reads only the
 * documents' outputs (documentsOnly) runs beside the others instead of after them (here the
 * slow renderer ends only when the one after it has run: in order, this test would never end).
 */
import { describe, expect, it } from 'vitest';
import { siteOutputs } from '../../src/build/site.js';
import { editionModel } from '../../src/model/edition.js';
import type { Output, SiteRenderer } from '../../src/render/output.js';
import { loadFixture } from '../helpers.js';

describe('the site renderers', () => {
  it('run in order, except those that read only the documents, which start at once', async () => {
    const file = loadFixture('html/sample.xml');
    const edition = editionModel([file]);
    const events: string[] = [];
    let release!: () => void;
    const waiting = new Promise<void>((r) => (release = r));
    const slow: SiteRenderer = async () => {
      events.push('slow starts');
      await waiting;
      events.push('slow ends');
      return [{ path: 'slow.txt', content: 'a' }];
    };
    let seen: string[] = [];
    const alone: SiteRenderer = (_files, _edition, outputs) => {
      events.push('alone runs');
      seen = outputs.map((o) => o.path);
      // the slow one may end only now: this one did not wait for it
      release();
      return [{ path: 'alone.txt', content: 'b' }];
    };
    alone.documentsOnly = true;
    let after: string[] = [];
    const last: SiteRenderer = (_files, _edition, outputs) => {
      after = outputs.map((o) => o.path);
      return [{ path: 'last.txt', content: 'c' }];
    };
    const documents: Output[] = [{ path: 'doc/index.html', content: '<p/>' }];
    const site = await siteOutputs([slow, alone, last], [file], edition, documents);
    expect(site.map((o) => o.path)).toEqual(['slow.txt', 'alone.txt', 'last.txt']);
    expect(events).toEqual(['slow starts', 'alone runs', 'slow ends']);
    expect(seen).toEqual(['doc/index.html']);
    expect(after).toEqual(['doc/index.html', 'slow.txt', 'alone.txt']);
  });

  it('report a failure of one that ran early in its turn', async () => {
    const file = loadFixture('html/sample.xml');
    const failing: SiteRenderer = () => {
      throw new Error('broken');
    };
    failing.documentsOnly = true;
    await expect(siteOutputs([() => [], failing], [file], editionModel([file]), [])).rejects.toThrow('broken');
  });
});
