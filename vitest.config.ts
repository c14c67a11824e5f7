import { defineConfig } from 'vitest/config';

// How long a browser check may wait for a page to do what it should (a script's text, a copied
// link). Vitest's default, 1 s, failed a page's script on a busy hour of this machine.
const POLL_TIMEOUT = 15_000;

/** The site's tests, against the real site built once (serve-site.ts), with this environment. */
const site = (name: string, env: Record<string, string>) => ({
  test: {
    name,
    include: ['tests/site/**/*.test.ts'],
    globalSetup: ['tests/support/serve-site.ts'],
    env,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    isolate: false,
    expect: { poll: { timeout: POLL_TIMEOUT } },
  },
});

export default defineConfig({
  test: {
    // Every file that builds or serves has a copy of the project of its own (tests/support/lane.ts),
    // so files can run side by side: Vitest's default runs one fewer at once than the machine has
    // cores. On this 2-core machine that is one at a time, and rightly: the suite keeps both cores
    // busy on its own (a build uses two threads), and two or three files at once were no faster.
    // Each project's files share one process (isolate: false), loading Vitest, Playwright and the
    // site's modules once: no test file keeps state another reads. Unit tests in a fresh process
    // per file took 36 s and 44 core-seconds for the 47 files, in one 16 s and 18.
    projects: [
      // Some unit tests start threads and processes: 5 s (Vitest's default) is too short beside builds.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      // At the root without SITE_URL, as `npm start` builds it on a fresh machine; and under a base
      // path with SITE_URL (its host: the setup adds the port) and the search index in parts of
      // two briefs, as a site is published.
      site('site', { BASE_PATH: '/', SITE_URL: '' }),
      site('site-base', { BASE_PATH: '/briefing/', SITE_URL: 'http://localhost', SEARCH_PART_PAGES: '2' }),
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          isolate: false,
          expect: { poll: { timeout: POLL_TIMEOUT } },
        },
      },
      // The dev server, edited under it as an author edits: `npm test` runs it after the rest, on
      // a machine no build shares (scripts/test.ts). Beside the site's builds on a slower machine
      // (CI's), its restarts after an edit outlasted the tests' waits.
      {
        test: {
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          isolate: false,
          expect: { poll: { timeout: POLL_TIMEOUT } },
        },
      },
    ],
  },
});
