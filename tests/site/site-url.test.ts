// Built without SITE_URL, no page names a host (never localhost): citations take the reader's own
// address, and the build (not the preview) says once that SITE_URL is unset.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { astroArgs, astroBuild, childEnv, type BuildResult } from '../support/build.ts';
import { freePort, lane } from '../support/lane.ts';
import { base } from '../support/dist.ts';

const UNSET = /SITE_URL is not set/g;
const outDir = `${process.cwd()}/.test-out/no-site-url${base() === '/' ? '' : base().replace(/\//g, '-')}`;
let root: string;
let built: BuildResult;
let server: ChildProcess | undefined;
let previewOutput = '';
let origin = '';
let browser: Browser;

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  root = await lane();
  built = await astroBuild(root, { BRIEFING_OUT: outDir, BASE_PATH: base(), SITE_URL: '' });
  if (built.code !== 0) throw new Error(`build without SITE_URL failed:\n${built.output}`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, astroArgs(root, 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'), {
    cwd: root,
    env: childEnv({ BRIEFING_OUT: outDir, BASE_PATH: base(), SITE_URL: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => (previewOutput += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (previewOutput += d.toString()));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}${base()}`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`astro preview did not start:\n${previewOutput}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  server?.kill();
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(`${outDir}-cache`, { recursive: true, force: true });
  await rm(`${outDir}-vite`, { recursive: true, force: true });
  if (root) await rm(root, { recursive: true, force: true });
});

describe('6. without SITE_URL', () => {
  it('the build says once that SITE_URL is unset; the preview (the rest of `npm start`) says nothing more', () => {
    expect(built.output.match(UNSET)).toHaveLength(1);
    expect(previewOutput.match(UNSET)).toBeNull();
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
