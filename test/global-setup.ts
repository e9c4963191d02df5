/** Once per test run, before any test file: find (or install) Chromium for test/html/. */
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('chromiumPath', findChromium());
}
