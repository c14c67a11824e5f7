// Built without SITE_URL (the site project, as `npm start` builds it by default), no page names a
// host (never localhost): citations take the reader's own address, and the build (not the
// preview) says once that SITE_URL is unset. The project built with SITE_URL checks what it adds
// (output.test.ts: canonical addresses, the sitemap, robots.txt).
import { readdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { base, buildLog, outDir, previewLog, site, siteUrl } from '../support/dist.ts';

const UNSET = /SITE_URL is not set/g;
let browser: Browser;

describe.skipIf(site() !== '')('6. without SITE_URL', () => {
  beforeAll(async () => {
    browser = await testBrowser();
  });

  it('the build says once that SITE_URL is unset; the preview (the rest of `npm start`) says nothing more', async () => {
    expect(buildLog().match(UNSET)).toHaveLength(1);
    // And nothing else warns of it (the sitemap, which needs full addresses, is not built).
    expect(buildLog()).not.toMatch(/\[WARN\]\s+\[@astrojs\/sitemap\]/);
    // By now it has served at least the page the setup waited for.
    expect(await readFile(previewLog(), 'utf8')).not.toMatch(UNSET);
  });

  it('no page, feed or data file names localhost, and no page has a canonical or share address', async () => {
    const files = (await readdir(outDir(), { recursive: true })).filter((f) => /\.(html|xml|json|txt)$/.test(f) && !f.startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = await readFile(`${outDir()}/${file}`, 'utf8');
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1/);
      if (file.endsWith('.html')) {
        expect(text, file).not.toMatch(/rel="canonical"|property="og:url"/);
        expect(text, file).not.toMatch(/<(link|script|img|meta)[^>]*(href|src|content)="https?:\/\//);
      }
    }
  });

  it('a citation, and a copied section link, use the address the reader is on', async () => {
    const origin = new URL(siteUrl()).origin;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}${base()}briefs/eu-russia-central-asia/#barriers-to-cooperation`);
    expect(await page.locator('[data-brief-citation]').textContent()).toContain(
      `Briefing. ${origin}${base()}briefs/eu-russia-central-asia/#barriers-to-cooperation (last updated`,
    );
    await page.locator('a.anchor-link[href="#converging-interests"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${base()}briefs/eu-russia-central-asia/#converging-interests`);
    expect(await page.locator('[data-brief-citation]').textContent()).toContain(`${origin}${base()}briefs/eu-russia-central-asia/#converging-interests (last updated`);
    await context.close();
  });
});
