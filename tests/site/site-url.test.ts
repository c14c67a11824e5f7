// Built without SITE_URL, no page names a host (never localhost): citations take the reader's own
// address, and the build (not the preview) says once that SITE_URL is unset.
import { readdir, readFile, rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { astroBuild, astroPreview, type BuildResult, type Preview } from '../support/build.ts';
import { freePort, lane } from '../support/lane.ts';
import { base } from '../support/dist.ts';

const UNSET = /SITE_URL is not set/g;
const outDir = `${process.cwd()}/.test-out/no-site-url${base() === '/' ? '' : base().replace(/\//g, '-')}`;
let root: string;
let built: BuildResult;
let server: Preview | undefined;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  root = await lane();
  const settings = { BRIEFING_OUT: outDir, BASE_PATH: base(), SITE_URL: '' };
  built = await astroBuild(root, settings);
  if (built.code !== 0) throw new Error(`build without SITE_URL failed:\n${built.output}`);
  server = await astroPreview(root, await freePort(), settings, base());
  origin = server.origin;
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  server?.stop();
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(`${outDir}-cache`, { recursive: true, force: true });
  await rm(`${outDir}-vite`, { recursive: true, force: true });
  if (root) await rm(root, { recursive: true, force: true });
});

describe('6. without SITE_URL', () => {
  it('the build says once that SITE_URL is unset; the preview (the rest of `npm start`) says nothing more', () => {
    expect(built.output.match(UNSET)).toHaveLength(1);
    expect(server!.output().match(UNSET)).toBeNull();
  });

  it('no page, feed or data file names localhost, and no page has a canonical or share address', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(html|xml|json|txt)$/.test(f) && !f.startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = await readFile(`${outDir}/${file}`, 'utf8');
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1/);
      if (file.endsWith('.html')) {
        expect(text, file).not.toMatch(/rel="canonical"|property="og:url"/);
        expect(text, file).not.toMatch(/<(link|script|img|meta)[^>]*(href|src|content)="https?:\/\//);
      }
    }
  });

  it('a citation, and a copied section link, use the address the reader is on', async () => {
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
