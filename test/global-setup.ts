/**
 * Once per test run, before any test file: find (or install) Chromium for test/html/ and
 * epubcheck for test/epub/; compile the stylesheets once, so that on a fresh clone the test files that build an edition do not each
 * compile it at the same time (xslt3 takes some 10 s of CPU); and give the run a temp directory
 * of its own (TMPDIR, inherited by the test workers, Chromium and every child process), which
 * must be empty at the end: a test that leaves something behind fails the run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { compiledStylesheet } from '../src/render/sef.js';
import { findChromium } from './chromium.js';
import { findEpubcheck } from './epubcheck.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    /** The epubcheck jar, for test/epub/. */
    epubcheckJar: string;
    /** The run's own temp directory (TMPDIR). */
    tempRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  project.provide('chromiumPath', findChromium());
  project.provide('epubcheckJar', findEpubcheck());
  await compiledStylesheet('edition.xsl');
  const temp = mkdtempSync(path.join(tmpdir(), 'tei-edition-test-run-'));
  process.env['TMPDIR'] = temp;
  project.provide('tempRoot', temp);
  return () => {
    const left = readdirSync(temp);
    rmSync(temp, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: fail the run ourselves.
    process.stderr.write(`error: the tests left ${left.length} entries in the temp directory: ${left.join(', ')}\n`);
    process.exitCode = 1;
  };
}
