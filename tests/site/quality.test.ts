import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { base, htmlPages, outDir, pageUrl, siteUrl } from '../support/dist.ts';
import { axeViolations, vnuErrors, watchOutsideRequests } from '../support/gates.ts';

let browser: Browser;
let pages: string[];
/**
 * Every page but those one template draws over the registry (entity pages, timeline filters):
 * of those, one of each kind. The browser checks are the slowest of the suite.
 */
let sample: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  pages = await htmlPages();
  const entity = /^(countries|regions|organisations|people|topics|timeline\/countries|timeline\/topics)\/[^/]+\/index\.html$/;
  const sampled = new Map<string, number>();
  sample = pages.filter((file) => {
    const kind = entity.exec(file)?.[1];
    if (!kind) return true;
    sampled.set(kind, (sampled.get(kind) ?? 0) + 1);
    return sampled.get(kind)! <= 1;
  });
});
afterAll(async () => browser?.close());

describe('accessibility', () => {
  // Under a base path the pages are the same markup with other addresses: axe, the slowest check, runs once, at the root.
  it.skipIf(base() !== '/')('axe finds no violation on any kind of page, nor a colour problem in dark mode', async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    // Two tabs share the pages: the machine has two cores.
    const queue = [...sample];
    expect(queue.length).toBeGreaterThan(20);
    const worker = async () => {
      const page = await context.newPage();
      for (let file = queue.shift(); file; file = queue.shift()) {
        await page.goto(pageUrl(file));
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          problems.push(...(await axeViolations(page, { colourOnly: colorScheme === 'dark' })).map((v) => `${file} (${colorScheme}): ${v}`));
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(problems).toEqual([]);
    await context.close();
  }, 900_000);

  // Focus and the skip link are the same markup under a base path: checked at the root only.
  it.skipIf(base() !== '/')('a keyboard-only reader can skip to the text, reach every section link and see focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl()}briefs/eu-russia-central-asia/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    const reached = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
      if (href.startsWith('#')) reached.add(href);
    }
    for (const id of ['#executive-summary', '#barriers-to-cooperation', '#policy-recommendations']) expect(reached).toContain(id);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });
});

describe('privacy', () => {
  // The same markup under a base path requests the same things: checked once, at the root.
  it.skipIf(base() !== '/')('no kind of page makes a request outside the site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside = watchOutsideRequests(page, new URL(siteUrl()).origin);
    for (const file of sample) await page.goto(pageUrl(file), { waitUntil: 'load' });
    // Search loads Pagefind's code, index and WebAssembly: still only from the site.
    await page.goto(`${siteUrl()}search/?q=security`, { waitUntil: 'networkidle' });
    await page.locator('#search-results li').first().waitFor();
    expect(outside).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('valid HTML', () => {
  // Under a base path the pages are the same markup with other addresses: checked at the root.
  it.skipIf(base() !== '/')('the W3C Nu checker finds no error on any page', () => {
    const { errors, report, status } = vnuErrors(pages.map((p) => `${outDir()}/${p}`));
    expect(errors).toEqual([]);
    expect(report).toMatch(/No errors found/);
    expect(status).toBe(0);
  }, 300_000);
});
