import { defineConfig } from 'vitest/config';

// How long a browser check may wait for a page to do what it should (a script's text, a copied
// link). Vitest's default, 1 s, failed a page's script on a busy hour of this machine.
const POLL_TIMEOUT = 15_000;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/serve-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: POLL_TIMEOUT } },
          // The files only read the site built once by serve-site.ts, each in its own browser:
          // two at a time, one per core, as most of their time is waiting on a page.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts', 'tests/dev/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: POLL_TIMEOUT } },
          // Builds and the dev server share the project's .astro/ state: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
