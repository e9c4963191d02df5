/**
 * `tei-edition serve` as an editor uses it: the compiled command on a temp copy of the corpus
 * fixture, a free port, Debian's Chromium on the served page; the TEI file is edited, broken and
 * fixed on disk while the page is open, and the process is stopped with SIGINT.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, root, tempDir } from '../helpers.js';
import { launch, openPage } from '../html/helpers.js';

const bin = path.join(root, 'bin', 'tei-edition.js');
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

let browser: Browser;
let child: ChildProcess;
let stderr = '';
let url = '';
let dir = '';

/** Resolves with the served address once the command prints it. */
function served(p: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    p.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    p.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${stderr}`)));
  });
}

beforeAll(async () => {
  dir = tempDir('tei-edition-serve-');
  cpSync(path.join(fixtures, 'corpus-site'), path.join(dir, 'tei'), { recursive: true });
  child = spawn(process.execPath, [bin, 'serve', path.join(dir, 'tei'), '-o', path.join(dir, 'dist'), '--schema', anySchema, '--port', '0'], {
    cwd: root,
    env: { ...process.env, TEI_EDITION_CACHE: 'off', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  url = await served(child);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

const letter = () => path.join(dir, 'tei', 'letter-02.xml');
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText).catch(() => '');
const overlay = (page: Page) => page.locator('tei-edition-live dialog');

describe('tei-edition serve', () => {
  it('serves on 127.0.0.1, and the files on disk carry no live-reload script', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${url}letter-02/index.html`);
    expect(await res.text()).toContain('/__tei-edition/live.js');
    expect(readFileSync(path.join(dir, 'dist', 'letter-02', 'index.html'), 'utf8')).not.toContain('__tei-edition');
    expect((await fetch(`${url}assets/edition.css`)).status).toBe(200);
    expect((await fetch(`${url}../../etc/passwd`)).status).toBe(404);
  });

  it('reloads on a save, shows a broken file in an overlay over the last good text, and clears it when fixed', async () => {
    const { page, errors } = await openPage(browser, `${url}letter-02/index.html`);
    expect(await bodyText(page)).toContain('the lighthouses of Amsterdam');
    const good = readFileSync(letter(), 'utf8');

    let loads = 0;
    page.on('load', () => loads++);
    const builds = () => stderr.split('\nbuilt ').length;
    const before = builds();
    writeFileSync(letter(), good.replace('the lighthouses of', 'the lanterns of'));
    await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('the lanterns of Amsterdam');
    expect(await overlay(page).count()).toBe(0);
    // the quick look showed it, from memory; the build that followed published the same page
    // and did not reload it again
    await expect.poll(builds, { timeout: 60_000 }).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(loads).toBe(1);
    expect(await page.evaluate(() => document.querySelector('script[data-look]')?.getAttribute('data-look'))).toBe('1');

    // an unclosed element: not well-formed
    writeFileSync(letter(), good.replace('the lighthouses of', 'the <hi>beacons of'));
    await expect.poll(() => overlay(page).count(), { timeout: 60_000 }).toBe(1);
    const shown = await overlay(page).innerText();
    expect(shown).toContain('The build failed');
    expect(shown).toMatch(/letter-02\.xml:\d+:\d+ error /);
    expect(await bodyText(page)).toContain('the lanterns of Amsterdam');
    // the terminal says it too, with the same place
    await expect.poll(() => stderr, { timeout: 10_000 }).toMatch(/letter-02\.xml:\d+:\d+\s+error/);
    expect(stderr).toContain('keeps the last good build');
    // a page opened now shows the overlay at once, and the last good text
    const late = await openPage(browser, `${url}letter-02/index.html`);
    await expect.poll(() => overlay(late.page).count(), { timeout: 10_000 }).toBe(1);
    expect(await bodyText(late.page)).toContain('the lanterns of Amsterdam');

    writeFileSync(letter(), good.replace('the lighthouses of', 'the beacons of'));
    await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('the beacons of Amsterdam');
    expect(await overlay(page).count()).toBe(0);
    // a reload aborts the page's event stream: that request 'fails' by design
    expect(errors.filter((e) => !/\/__tei-edition\/events\?page=[^&]+&look=\d+$/.test(e))).toEqual([]);
    await page.context().close();
    await late.page.context().close();
  });

  it('stops cleanly on SIGINT', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopped');
    await expect(fetch(url)).rejects.toThrow();
  });
});
