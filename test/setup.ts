/** Runs before every test file (vitest.config.ts, setupFiles): clean up the file's temp folders. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
