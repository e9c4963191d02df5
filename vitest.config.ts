import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temp folders each test file made (test/helpers.ts, tempDir).
    setupFiles: ['test/setup.ts'],
    // Finds Chromium for test/html/, installing Debian's on a fresh machine (test/chromium.ts).
    globalSetup: ['test/global-setup.ts'],
    // Validating against tei_all.rng costs ~10 s of libxml2 schema compilation.
    testTimeout: 120_000,
    // A beforeAll that builds the memoir and starts Chromium can take minutes on a busy machine.
    hookTimeout: 300_000,
    // Two cores here: more workers only queue.
    maxWorkers: 2,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', ['json', { outputFile: '.cache/vitest-report.json' }]],
  },
});
