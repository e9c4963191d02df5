/** A fresh machine: the browser tests find Chromium, install it, or say exactly what to install. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { findChromium } from './chromium.js';
import path from 'node:path';

describe('Chromium for the browser tests', () => {
  it('is found where CHROMIUM_PATH or Debian puts it, and handed to the tests', () => {
    const found = inject('chromiumPath');
    expect(existsSync(found)).toBe(true);
    expect(findChromium({ env: { CHROMIUM_PATH: found }, canInstall: false })).toBe(found);
  });

  it('when missing and it cannot be installed, stops the run with what to install: never a silent skip', () => {
    const lines: string[] = [];
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nonexistent/chromium' }, canInstall: false, log: (l) => lines.push(l) })).toThrow(
      /need Chromium, and there is none at \/nonexistent\/chromium[\s\S]*sudo apt-get install chromium[\s\S]*CHROMIUM_PATH=/,
    );
    expect(lines).toEqual([]);
  });
});

describe('the temp directory', () => {
  it('is the run\'s own, checked to be empty and removed at the end (test/global-setup.ts)', () => {
    expect(tmpdir()).toBe(inject('tempRoot'));
    expect(path.basename(tmpdir())).toMatch(/^tei-edition-test-run-/);
  });
});
