import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser, tab } from '../support/browser.ts';
import { base, siteUrl } from '../support/dist.ts';

let browser: Browser;
let context: BrowserContext;
const shots = `test-results/screenshots${base() === '/' ? '' : base().replace(/\//g, '-')}`;
beforeAll(async () => {
  browser = await testBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await mkdir(shots, { recursive: true });
});
afterAll(async () => context?.close());

describe('pictures', () => {
  it('the home map has one link per country shown, matching its text list, and is screenshotted', async () => {
    const page = await tab(context);
    // Dark first: the tab the next tests share is left in the light scheme.
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(siteUrl());
      const map = page.locator('figure.map');
      const svgLinks = await map.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const listLinks = await map.locator('details a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(svgLinks.length).toBeGreaterThanOrEqual(25);
      expect(new Set(svgLinks).size).toBe(svgLinks.length);
      expect([...svgLinks].sort()).toEqual([...listLinks].sort());
      expect(svgLinks).toContain(`${base()}countries/japan/`);
      expect(await map.locator('figcaption [id$="-title"]').textContent()).toBe('Countries the briefs discuss');
      await map.screenshot({ path: `${shots}/home-map-${colorScheme}.png` });
    }
  });

  it('a map link opens the country page', async () => {
    const page = await tab(context);
    await page.goto(siteUrl());
    await page.locator(`figure.map svg a[href="${base()}countries/kazakhstan/"]`).click();
    await page.waitForURL(/countries\/kazakhstan\/$/);
    expect(await page.locator('h1').textContent()).toBe('Kazakhstan');
    expect(await page.locator('figure.map path.focus').count()).toBe(1);
  });

  it('the EU-Central Asia brief draws the Trans-Caspian corridor in its section and charts the investment package', async () => {
    const page = await tab(context);
    await page.goto(`${siteUrl()}briefs/eu-central-asia-summit-finland/`);
    // The <Map> in the body, in the section that tells of the corridor (the next section's heading comes after it).
    const corridor = page.locator('.brief-body figure.map').filter({ has: page.locator('.route') });
    expect(await corridor.count()).toBe(1);
    const inSection = await corridor.evaluate((figure) => {
      const headings = [...document.querySelectorAll('.brief-body h2')];
      const before = headings.filter((h) => h.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.at(-1)?.id;
    });
    expect(inSection).toBe('a-stronger-strategic-partnership');
    expect(await corridor.locator('.route circle').count()).toBe(3);
    expect(await corridor.locator('figcaption .legend').textContent()).toContain('Trans-Caspian Transport Corridor (schematic, through Kazakhstan, Azerbaijan, Georgia)');
    // The countries it names, all alike: not how many briefs discuss each, which says nothing of the corridor.
    const legend = (await corridor.locator('figcaption .legend').textContent())!;
    expect(legend).toContain('Countries the map names');
    expect(legend).not.toMatch(/Briefs per country|\d+ briefs?/);
    expect(new Set(await corridor.locator('svg path.country').evaluateAll((paths) => paths.map((p) => p.getAttribute('class'))))).toEqual(new Set(['country shade-3']));
    // The brief's own caption is shown, not only read out: it says what the map is of.
    const title = corridor.locator('figcaption [id$="-title"]');
    expect(await title.textContent()).toMatch(/^The Trans-Caspian Transport Corridor as the newsletter describes it/);
    expect(await title.isVisible()).toBe(true);
    expect((await title.boundingBox())!.height).toBeGreaterThan(10);
    const chart = page.locator('.key-figures figure.chart').first();
    expect(await chart.locator('figcaption').textContent()).toBe('EU investment package for Central Asia');
    expect(await chart.locator('rect.bar').count()).toBe(3);
    expect(await chart.locator('rect.open').count()).toBe(1);
    expect(await chart.locator('.value').allTextContents()).toEqual(['€3 billion', '€2.5 billion', '€6.4 billion', 'amount not given']);
    // An open amount is said once, as the value, not in its label as well.
    expect(await page.locator('.key-figures dl div').filter({ hasText: 'Digital connectivity' }).textContent()).toMatch(/^\s*Digital connectivity\s*amount not given\s*$/);
    const defence = page.locator('.key-figures figure.chart').nth(1);
    expect(await defence.locator('.value').allTextContents()).toEqual(['3% of GDP', '2% of GDP']);
    await page.locator('.key-figures').screenshot({ path: `${shots}/key-figures.png` });
    await corridor.screenshot({ path: `${shots}/corridor-map.png` });
  });

  it('the timeline overview links each mark to its event', async () => {
    const page = await tab(context);
    await page.goto(`${siteUrl()}timeline/`);
    const marks = await page.locator('.timeline-chart svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const events = await page.locator('ol.timeline > li').evaluateAll((lis) => lis.map((li) => `#${li.id}`));
    expect(marks).toEqual(events);
  });
});
