/** Shared by the HTML tests: one build of the memoir and the sample per worker, and Chromium. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { build } from '../../src/build.js';
import { fixtures, root, tempDir } from '../helpers.js';

export const memoir = path.join(root, 'tei', 'lenin-kropotkin.xml');
export const sample = path.join(fixtures, 'html', 'sample.xml');
/**
 * These tests check rendering, not validation (test/validate/ does that): a schema that accepts
 * any XML keeps them independent of the state of the project's schema. The rules still run.
 */
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

let built: Promise<string> | undefined;

/** dist/ of the memoir and the sample, built once into a temporary folder. */
export function builtEdition(): Promise<string> {
  built ??= (async () => {
    const out = path.join(tempDir('tei-edition-html-'), 'dist');
    const inputs = existsSync(memoir) ? [memoir, sample] : [sample];
    const result = await build({ inputs, out, schema: anySchema });
    const errors = result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'));
    if (!result.written) throw new Error(`the build failed:\n${errors.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`).join('\n')}`);
    return out;
  })();
  return built;
}

/** Every file below dir, relative, with forward slashes, sorted. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export function htmlPages(dist: string): string[] {
  return filesBelow(dist).filter((f) => f.endsWith('.html'));
}

export function fileUrl(dist: string, rel: string): string {
  return pathToFileURL(path.join(dist, rel)).href;
}

export function read(dist: string, rel: string): string {
  return readFileSync(path.join(dist, rel), 'utf8');
}

/** Debian's Chromium, or CHROMIUM_PATH; found or installed by test/global-setup.ts. Never a downloaded browser. */
export const chromiumPath = inject('chromiumPath');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page whose console errors and uncaught exceptions are collected in `errors`. */
export async function openPage(browser: Browser, url: string, options: { javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url);
  return { page, errors };
}
