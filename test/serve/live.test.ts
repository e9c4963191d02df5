/**
 * The quick look waits for the open pages it reloads: the server's thread is the build's, so a
 * build started at once would hold up the page's requests. Real event streams over a real
 * server (fetch reads them as a page's EventSource would).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveReload } from '../../src/serve/live.js';
import { startServer, type Running } from '../../src/serve/server.js';
import { tempDir } from '../helpers.js';

let dir = '';
const servers: Running[] = [];

beforeAll(() => {
  dir = tempDir('tei-edition-live-');
  mkdirSync(path.join(dir, 'doc'));
  writeFileSync(path.join(dir, 'doc', 'index.html'), '<html><body><p>old</p></body></html>');
});

afterAll(async () => {
  for (const s of servers) await s.close();
});

async function serve(live: LiveReload): Promise<string> {
  const running = await startServer({ root: dir, port: 0, live });
  servers.push(running);
  return running.url;
}

/** An open page's event stream: the messages it has been sent so far. */
async function page(url: string, shows: string, look: number): Promise<{ messages: () => Promise<Record<string, unknown>[]>; close: () => void }> {
  const controller = new AbortController();
  const res = await fetch(`${url}__tei-edition/events?page=${encodeURIComponent(shows)}&look=${look}`, { signal: controller.signal });
  const reader = res.body!.getReader();
  let text = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += Buffer.from(value).toString('utf8');
      }
    } catch {
      // aborted
    }
  })();
  void pump;
  return {
    messages: async () => {
      await new Promise((r) => setTimeout(r, 50));
      return [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    },
    close: () => controller.abort(),
  };
}

const settled = async (p: Promise<void>, ms: number): Promise<boolean> => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
const lookPage = [{ path: 'doc/index.html', content: '<html><body><p>new</p></body></html>' }];

describe('a quick look and the pages it reloads', () => {
  it('is done when every page that showed it has loaded the look again, not before', async () => {
    const live = new LiveReload({ reloadWait: 5000 });
    const url = await serve(live);
    const open = await page(url, '/doc/index.html', 0);
    const other = await page(url, '/doc/persons.html', 0);
    const waiting = live.looked(lookPage);
    const sent = (await open.messages()).at(-1) as { look?: { n: number; pages: string[] } };
    expect(sent.look?.n).toBe(1);
    expect(sent.look?.pages).toContain('/doc/index.html');
    // the page has been told, but has not come back yet
    expect(await settled(waiting, 200)).toBe(false);
    // a page of the look's number but of another path does not count
    const elsewhere = await page(url, '/doc/persons.html', 1);
    expect(await settled(waiting, 100)).toBe(false);
    // the reloaded page (its look's number) connects: the wait is over, well before reloadWait
    open.close();
    const reloaded = await page(url, '/doc/', 1);
    expect(await settled(waiting, 1000)).toBe(true);
    // and it is served the look's page from memory
    expect(await (await fetch(`${url}doc/index.html`)).text()).toContain('<p>new</p>');
    for (const p of [other, elsewhere, reloaded]) p.close();
  });

  it('waits for nothing when no page shows the look, and no longer than reloadWait for a page that does not come back', async () => {
    const live = new LiveReload({ reloadWait: 300 });
    const url = await serve(live);
    expect(await settled(live.looked(lookPage), 50)).toBe(true);
    const open = await page(url, '/doc/index.html', 1);
    const waiting = live.looked(lookPage);
    expect(await settled(waiting, 100)).toBe(false);
    expect(await settled(waiting, 1000)).toBe(true);
    open.close();
  });
});
