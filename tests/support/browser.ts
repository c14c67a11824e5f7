import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, PLAYWRIGHT_CHROMIUM_FLAGS } from '../../src/lib/chromium-flags.ts';

let shared: Promise<Browser> | undefined;

/**
 * Debian's Chromium, headless, with the flags this machine's closed network needs and without the
 * browser interface no test sees: one for every test file of a process. A project's files share
 * their process (vitest.config.ts) and a launch costs Chromium some 2.5 core-seconds here, so a
 * file closes the contexts and pages it opens, never the browser; Playwright closes it when the
 * process exits. A browser that has gone (crashed) is replaced.
 */
export function testBrowser(): Promise<Browser> {
  shared = (shared ?? Promise.resolve(undefined))
    .catch(() => undefined)
    .then((browser) => (browser?.isConnected() ? browser : chromium.launch({ executablePath: CHROMIUM, args: PLAYWRIGHT_CHROMIUM_FLAGS })));
  return shared;
}

const tabs = new WeakMap<BrowserContext, Page>();

/**
 * One tab per context, shared by the tests that use it, handed back blank: on about:blank, with
 * no listener or route a test before left. A new tab costs Chromium about 0.7 core-seconds here,
 * more than the page it then shows (about 0.4); the suite opened a hundred.
 */
export async function tab(context: BrowserContext): Promise<Page> {
  const open = tabs.get(context);
  if (!open || open.isClosed()) {
    const page = await context.newPage();
    tabs.set(context, page);
    return page;
  }
  // What the test before left running may end after this, quietly.
  await open.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
  await open.unrouteAll({ behavior: 'ignoreErrors' });
  // A navigation the page was still making (a dev server's reload after an edit) aborts this one:
  // the test then gets a new tab.
  if (await open.goto('about:blank').then(() => true, () => false)) return open;
  await open.close();
  tabs.delete(context);
  return tab(context);
}
