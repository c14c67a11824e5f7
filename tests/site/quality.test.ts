import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { base, htmlPages, outDir, pageUrl, siteUrl } from '../support/dist.ts';
import { axeViolations, vnuErrors, watchOutsideRequests } from '../support/gates.ts';

let browser: Browser;
let pages: string[];
/**
 * Every page but those one template draws over the registry: of those, one of each kind of
 * entity page (a country's has a map, a person's has not), one list of a kind of entity, and one
 * filtered timeline. The browser checks are the slowest of the suite.
 */
let sample: string[];
beforeAll(async () => {
  browser = await testBrowser();
  pages = await htmlPages();
  const template = (file: string) =>
    /^(countries|regions|organisations|people|topics)\/[^/]+\/index\.html$/.exec(file)?.[1] ??
    (/^(countries|regions|organisations|people|topics)\/index\.html$/.test(file) ? 'list of a kind' : undefined) ??
    (/^timeline\/(countries|topics)\/[^/]+\/index\.html$/.test(file) ? 'filtered timeline' : undefined);
  const sampled = new Set<string>();
  sample = pages.filter((file) => {
    const kind = template(file);
    if (!kind) return true;
    if (sampled.has(kind)) return false;
    sampled.add(kind);
    return true;
  });
});

/**
 * One pass over the sample, for axe and the request watcher both: each page loads once. Two tabs
 * share the pages: the machine has two cores.
 */
let pass: Promise<{ problems: string[]; outside: string[] }> | undefined;
function visitSample() {
  pass ??= (async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const outside: string[][] = [];
    const queue = [...sample];
    const worker = async () => {
      const page = await context.newPage();
      outside.push(watchOutsideRequests(page, new URL(siteUrl()).origin));
      for (let file = queue.shift(); file; file = queue.shift()) {
        await page.goto(pageUrl(file));
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          problems.push(...(await axeViolations(page, { colourOnly: colorScheme === 'dark' })).map((v) => `${file} (${colorScheme}): ${v}`));
        }
      }
    };
    await Promise.all([worker(), worker()]);
    await context.close();
    return { problems, outside: outside.flat() };
  })();
  return pass;
}

describe('accessibility', () => {
  // Under a base path the pages are the same markup with other addresses: axe, the slowest check, runs once, at the root.
  it.skipIf(base() !== '/')('axe finds no violation on any kind of page, nor a colour problem in dark mode', async () => {
    expect(sample.length).toBeGreaterThan(15);
    expect((await visitSample()).problems).toEqual([]);
  }, 900_000);

  // The search page's results are drawn by its script: axe reads them once they are there.
  it.skipIf(base() !== '/')('axe finds no violation among search results, in either colour scheme', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${siteUrl()}search/?q=russia`);
      await page.locator('#search-results .sections .excerpt mark').first().waitFor();
      problems.push(...(await axeViolations(page, { colourOnly: colorScheme === 'dark' })).map((v) => `search (${colorScheme}): ${v}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  // Focus and the skip link are the same markup under a base path: checked at the root only.
  it.skipIf(base() !== '/')('a keyboard-only reader can skip to the text, reach every section link and see focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl()}briefs/eu-russia-central-asia/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    const wanted = ['#executive-summary', '#barriers-to-cooperation', '#policy-recommendations'];
    const reached = new Set<string>();
    for (let i = 0; i < 200 && !wanted.every((id) => reached.has(id)); i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
      if (href.startsWith('#')) reached.add(href);
    }
    for (const id of wanted) expect(reached).toContain(id);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });
});

describe('privacy', () => {
  // The same markup under a base path requests the same things: checked once, at the root.
  it.skipIf(base() !== '/')('no kind of page makes a request outside the site', async () => {
    const { outside } = await visitSample();
    // Search loads Pagefind's code, index and WebAssembly: still only from the site.
    const context = await browser.newContext();
    const page = await context.newPage();
    const searching = watchOutsideRequests(page, new URL(siteUrl()).origin);
    await page.goto(`${siteUrl()}search/?q=security`, { waitUntil: 'networkidle' });
    await page.locator('#search-results li').first().waitFor();
    expect([...outside, ...searching]).toEqual([]);
    await context.close();
  }, 900_000);
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
