/**
 * The Chromium that prints the PDF: the one the project already uses (CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium), driven by playwright-core. Never a downloaded browser. Loaded
 * only for `--pdf`: a build without it never touches playwright-core.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where Chromium should be, and whether it is there. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): { path: string; found: boolean } {
  const path = env['CHROMIUM_PATH'] || DEBIAN_CHROMIUM;
  return { path, found: existsSync(path) };
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    // no network of its own: every request of the page is answered from the build's outputs
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
}
