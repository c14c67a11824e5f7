import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, HEADLESS_FLAGS, PLAYWRIGHT_CHROMIUM_FLAGS, PLAYWRIGHT_DISABLED_FEATURES, UNSEEN_UI_FEATURES } from '../../src/lib/chromium-flags.ts';

/** The browser processes this process has launched (Playwright starts each as a child), by pid, with their command lines. */
function browserProcesses(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.startsWith('--remote-debugging-pipe'))) found.set(pid, args);
    } catch {
      // A process that ended while being read.
    }
  }
  return found;
}

/** Launches Chromium with `args` as Playwright does, with the command line Playwright gave it. */
async function launch(args: string[]): Promise<{ browser: Browser; commandLine: string[] }> {
  const before = browserProcesses();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args });
  const started = [...browserProcesses()].filter(([pid]) => !before.has(pid));
  expect(started).toHaveLength(1);
  return { browser, commandLine: started[0]![1] };
}

/** The web pages of Chromium's own interface that a context with one blank tab has open. */
async function interfacePages(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  await (await context.newPage()).goto('about:blank');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  await context.close();
  return targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://'));
}

describe('Chromium as the tests and the bench launch it', () => {
  it('disables what Playwright disables, and the address bar popups that headless Chromium (156) builds for every window', async () => {
    const plain = await launch(HEADLESS_FLAGS);
    let playwrights: string[];
    try {
      playwrights = plain.commandLine.filter((arg) => arg.startsWith('--disable-features=')).flatMap((arg) => arg.slice('--disable-features='.length).split(','));
      // Why the flag exists: without it, every window of Debian's Chromium 156 has the popups'
      // WebUI pages (150, which Debian's mirror also serves, builds none). Whatever it builds is
      // the address bar's.
      expect((await interfacePages(plain.browser)).filter((url) => !/^chrome:\/\/omnibox-popup/.test(url))).toEqual([]);
    } finally {
      await plain.browser.close();
    }
    // Chromium reads only the last --disable-features: ours must hold Playwright's whole list.
    expect(playwrights.length).toBeGreaterThan(0);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrights));
    const trimmed = await launch(PLAYWRIGHT_CHROMIUM_FLAGS);
    try {
      const last = trimmed.commandLine.findLast((arg) => arg.startsWith('--disable-features='));
      expect(last?.slice('--disable-features='.length).split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_UI_FEATURES]);
      expect(await interfacePages(trimmed.browser)).toEqual([]);
    } finally {
      await trimmed.browser.close();
    }
  });
});
