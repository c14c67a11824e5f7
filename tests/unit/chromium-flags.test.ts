import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADLESS_FLAGS, PLAYWRIGHT_CHROMIUM_FLAGS, PLAYWRIGHT_DISABLED_FEATURES, UNSEEN_UI_FEATURES } from '../../src/lib/chromium-flags.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The command line of the browser process this process launched (Playwright starts it as a child). */
function browserCommandLine(): string[] {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.startsWith('--remote-debugging-pipe'))) return args;
    } catch {
      // A process that ended while being read.
    }
  }
  throw new Error('no browser process found among this process’s children');
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
  it('disables what Playwright disables, and the address bar popups that headless Chromium builds for every window', async () => {
    const plain = await chromium.launch({ executablePath: CHROMIUM, args: HEADLESS_FLAGS });
    let playwrights: string[];
    try {
      playwrights = browserCommandLine()
        .filter((arg) => arg.startsWith('--disable-features='))
        .flatMap((arg) => arg.slice('--disable-features='.length).split(','));
      // Why the flag exists: without it, every window has the popups' WebUI pages.
      expect(await interfacePages(plain)).toEqual(expect.arrayContaining([expect.stringMatching(/^chrome:\/\/omnibox-popup/)]));
    } finally {
      await plain.close();
    }
    // Chromium reads only the last --disable-features: ours must hold Playwright's whole list.
    expect(playwrights.length).toBeGreaterThan(0);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrights));
    const trimmed = await chromium.launch({ executablePath: CHROMIUM, args: PLAYWRIGHT_CHROMIUM_FLAGS });
    try {
      const last = browserCommandLine().findLast((arg) => arg.startsWith('--disable-features='));
      expect(last?.slice('--disable-features='.length).split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_UI_FEATURES]);
      expect(await interfacePages(trimmed)).toEqual([]);
    } finally {
      await trimmed.close();
    }
  });
});
