/**
 * Once per test run, before any test file: find (or install) Chromium for test/html/, and
 * compile the stylesheet once, so that on a fresh clone the test files that build an edition do
 * not each compile it at the same time (xslt3 takes some 10 s of CPU).
 */
import type { TestProject } from 'vitest/node';
import { compiledStylesheet } from '../src/render/sef.js';
import { findChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('chromiumPath', findChromium());
  await compiledStylesheet('edition.xsl');
}
