import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { astroArgs, childEnv } from '../support/build.ts';
import { freePort, lane } from '../support/lane.ts';

/**
 * `npm run dev` is the site: styled like the build (the Content-Security-Policy lets the dev
 * server's styles and scripts run), search answers, a content error shows in the browser and the
 * terminal and goes away when fixed, and a deleted brief disappears. It runs in a copy of the
 * project, whose content and code the test edits.
 */
let root = '';
let content = '';
let server: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  root = await lane();
  // The copy's own content, inside the project as a user has it: Astro's dev server stops
  // watching a file outside the project once it has restarted.
  content = `${root}/content`;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // As a user starts it: without Vitest's variables (VITEST makes Astro's dev server skip its request handler).
  server = spawn(process.execPath, astroArgs(root, 'dev', '--port', String(port), '--host', '127.0.0.1'), {
    cwd: root,
    env: childEnv({ BRIEFING_CONTENT: 'content', BRIEFING_OUT: '', BASE_PATH: '/', SITE_URL: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; (await fetch(`${origin}/`).catch(() => undefined))?.status !== 200; i++) {
    if (i > 180) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await testBrowser();
  context = await browser.newContext();
}, 120_000);

afterAll(async () => {
  await context?.close();
  // The server writes into its copy of the project until it has exited; on SIGTERM it takes some
  // 14 s to close its watchers, and nothing of its state is kept.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGKILL');
    await exited;
  }
  await rm(root, { recursive: true, force: true });
});

// A test that fails shows what the server said last: a timeout alone says nothing of why.
beforeEach(({ onTestFailed }) => {
  const from = output.length;
  onTestFailed(() => console.error(`astro dev said during the test:\n${output.slice(from).slice(-4000) || '(nothing)'}`));
});

/** The server's own words, when it has stopped: a test that finds no server says why. */
function stopped(): Error | undefined {
  if (server.exitCode === null && server.signalCode === null) return undefined;
  return new Error(`astro dev stopped (${server.exitCode ?? server.signalCode}):\n${output.slice(-4000)}`);
}

/**
 * A new tab for each test: a tab the test before used may still be reloading, as the dev server
 * tells every open page to after an edit.
 */
async function open(path: string): Promise<{ page: Page; violations: string[] }> {
  for (const old of context.pages()) await old.close();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && violations.push(message.text()));
  // The server may still be telling open pages to reload after the last edit: that reload cuts
  // a navigation short, and the page is then asked for once more.
  await page.goto(`${origin}${path}`).catch((error: Error) => {
    if (!/interrupted by another navigation/.test(error.message)) throw error;
    return page.goto(`${origin}${path}`);
  });
  return { page, violations };
}

/**
 * Runs a test against an edited file and puts the file back however the test ends: one failing
 * test must not leave the project broken for the tests after it.
 */
async function edited(file: string, change: (text: string) => string, test: (text: string) => Promise<void>): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, change(text));
  try {
    await test(text);
  } finally {
    // Only if the test did not: a write, even of the same text, makes the server reload its pages.
    if ((await readFile(file, 'utf8')) !== text) await writeFile(file, text);
  }
}

describe('npm run dev', () => {
  it('looks like the built site: styles and components render, nothing is blocked', async () => {
    const { page, violations } = await open('/briefs/eu-central-asia-summit-finland/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main h1').textContent()).toMatch(/Central Asia/);
    // Styled: the site's stylesheet and the components' scoped styles apply.
    const callout = page.locator('.callout').first();
    expect(await callout.evaluate((e) => getComputedStyle(e).borderLeftStyle)).toBe('solid');
    expect(await page.locator('body').evaluate((e) => getComputedStyle(e).fontFamily)).not.toMatch(/^"?Times/);
    expect(await page.locator('.brief-figure .bars li').count()).toBe(3);
    expect(violations).toEqual([]);
  }, 60_000);

  it('answers a search, from an index of the pages it renders', async () => {
    const { page } = await open('/search/?q=Estlink');
    await expect.poll(() => page.locator('main a[href*="/briefs/eu-central-asia-summit-finland/"]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  }, 90_000);

  it('keeps answering when a file changes while its index is being built', async () => {
    const file = `${content}/briefs/eeas-asia-security-2018.mdx`;
    const text = await readFile(file, 'utf8');
    // A change drops the index; the next request builds it again, and a change during that build
    // asks for another, which must wait for the first rather than run beside it.
    await writeFile(file, `${text}
`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = fetch(`${origin}/pagefind/pagefind-entry.json`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await writeFile(file, text);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(output).not.toMatch(/search index:/);
  }, 90_000);

  it('shows a content error in the browser and the terminal, and recovers when it is fixed', async () => {
    const file = `${content}/briefs/kallas-asia-security.mdx`;
    await edited(file, (text) => `${text}\n<Chart values="1,2" />\n`, async (text) => {
      const { page } = await open('/briefs/kallas-asia-security/');
      // Vite's error overlay, which the dev server opens with the compiler's message.
      const overlay = () => page.locator('vite-error-overlay').evaluate((e) => e.shadowRoot?.textContent ?? '').catch(() => '');
      await expect.poll(async () => (await page.reload(), await page.waitForTimeout(500), await overlay()), { timeout: 30_000 }).toMatch(/unknown component <Chart>/);
      expect(output).toMatch(/unknown component <Chart>/);
      await writeFile(file, text);
      await expect.poll(async () => (await page.reload(), await page.locator('main h1').textContent().catch(() => '')), { timeout: 30_000 }).toMatch(/Kallas/);
      // An error the server sent before the fix may still reach the page once: a reload clears it.
      await expect.poll(async () => (await page.reload(), await page.waitForTimeout(300), await page.locator('vite-error-overlay').count()), { timeout: 30_000 }).toBe(0);
    });
  }, 90_000);

  // Astro only logs a brief whose frontmatter no longer matches the schema, and goes on serving it as it was.
  it('shows a frontmatter error in the browser, with its line, on every page, and recovers when it is fixed', async () => {
    const file = `${content}/briefs/kallas-asia-security.mdx`;
    await edited(file, (text) => text.replace(/^asOf: .*$/m, 'asOf: "2999-07-21"'), async (text) => {
      const line = text.split('\n').findIndex((l) => l.startsWith('asOf:')) + 1;
      const { page } = await open('/');
      const overlay = () => page.locator('vite-error-overlay').evaluate((e) => e.shadowRoot?.textContent ?? '').catch(() => '');
      const message = `asOf** (line ${line}): "2999-07-21" is after today`;
      await expect.poll(async () => (await page.reload(), await page.waitForTimeout(500), await overlay()), { timeout: 30_000 }).toContain(message);
      expect(await overlay()).toContain('kallas-asia-security.mdx');
      expect(output).toContain(message);
      await writeFile(file, text);
      await expect.poll(async () => (await page.reload(), await page.locator('main h1').count()), { timeout: 30_000 }).toBe(1);
      // An error the server sent before the fix may still reach the page once: a reload clears it.
      await expect.poll(async () => (await page.reload(), await page.waitForTimeout(300), await page.locator('vite-error-overlay').count()), { timeout: 30_000 }).toBe(0);
    });
  }, 90_000);

  it('names the file and the line of an expression that throws as its page renders', async () => {
    const file = `${content}/briefs/eu-global-partnerships.mdx`;
    await edited(file, (text) => `${text}\nPublished by {frontmatter.source.editor.name}.\n`, async (text) => {
      const line = `${text}\n`.split('\n').length;
      const message = `briefs/eu-global-partnerships.mdx (page /briefs/eu-global-partnerships/): line ${line}: this expression throws when its page renders: TypeError: Cannot read properties of undefined (reading 'name')`;
      const { page } = await open('/briefs/eu-global-partnerships/');
      const overlay = () => page.locator('vite-error-overlay').evaluate((e) => e.shadowRoot?.textContent ?? '').catch(() => '');
      await expect.poll(async () => (await page.reload(), await page.waitForTimeout(500), await overlay()), { timeout: 30_000 }).toContain(message);
      expect(output).toContain(message);
      await writeFile(file, text);
      await expect.poll(async () => (await page.reload(), await page.locator('main h1').textContent().catch(() => '')), { timeout: 30_000 }).toMatch(/partnership/i);
    });
  }, 90_000);

  it('stops on an expression that gives nothing and on a "<" meant as text, as check and the build do', async () => {
    const file = `${content}/briefs/eu-global-partnerships.mdx`;
    const overlayOf = async (edit: string, expected: string) =>
      edited(file, (text) => `${text}\n${edit}\n`, async (text) => {
        const line = `${text}\n`.split('\n').length;
        const { page } = await open('/briefs/eu-global-partnerships/');
        const overlay = () => page.locator('vite-error-overlay').evaluate((e) => e.shadowRoot?.textContent ?? '').catch(() => '');
        await expect.poll(async () => (await page.reload(), await page.waitForTimeout(500), await overlay()), { timeout: 30_000 }).toContain(expected.replace('LINE', String(line)));
        // Mended, the page renders again before the next edit: a test after this one restarts the
        // server, which must not meet this brief still being loaded again.
        await writeFile(file, text);
        await expect.poll(async () => (await page.reload(), await page.locator('main h1').textContent().catch(() => '')), { timeout: 30_000 }).toMatch(/partnership/i);
      });
    await overlayOf('Published in {frontmatter.source.publishd}.', 'line LINE: this expression gives nothing (undefined), so the page would show nothing where it stands');
    await overlayOf('Spending rose by <5% last year.', 'a "<" in the text starts a tag in MDX: to write the character itself, write \\<');
  }, 120_000);

  // Each edit restarts the server, which keeps the content it had loaded unless told otherwise.
  it('shows an edit to the registry on its pages, and re-validates every brief when code the schema uses changes', async () => {
    const page = async (path: string) => {
      const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } }).catch(() => undefined);
      const gone = stopped();
      if (gone) throw gone;
      return { status: response?.status, text: (await response?.text()) ?? '' };
    };
    const poll = { timeout: 60_000, interval: 250 };
    const registryFile = `${content}/entities/countries.yaml`;
    await edited(registryFile, (registry) => registry.replace('description: East Asian island country.', 'description: A description only the edit has.'), async (registry) => {
      await expect.poll(async () => (await page('/countries/japan/')).text, poll).toContain('A description only the edit has.');
      await writeFile(registryFile, registry);
      await expect.poll(async () => (await page('/countries/japan/')).text, poll).not.toContain('A description only the edit has.');
      // An edit that breaks the registry shows on every page, as the build would refuse it, until it is mended.
      await writeFile(registryFile, registry.replace('  aliases:\n  - Chinese\n', '  aliases:\n  - Chinese\n  - EU\n'));
      await expect.poll(async () => (await page('/countries/japan/')).text, poll).toMatch(/EU\\?" leads to two entities/);
      await writeFile(registryFile, registry);
      await expect.poll(async () => (await page('/countries/japan/')).status, poll).toBe(200);
    });
    // A rule that now refuses a phrase only one brief's frontmatter holds: the schema refuses that brief.
    const placeholders = `${root}/src/lib/placeholders.ts`;
    await edited(placeholders, (code) => code.replace(/^export const PLACEHOLDER = .*$/m, 'export const PLACEHOLDER = /Pete Hegseth restated/;'), async (code) => {
      await expect.poll(async () => (await page('/briefs/kallas-asia-security/')).text, poll).toMatch(/keyPoints\.2[^\n]*still holds a \[\[placeholder\]\]/);
      await writeFile(placeholders, code);
      await expect.poll(async () => (await page('/briefs/kallas-asia-security/')).status, poll).toBe(200);
    });
  }, 240_000);

  it('drops a deleted brief', async () => {
    await rm(`${content}/briefs/eeas-asia-security-2018.mdx`);
    await expect.poll(async () => (await (await fetch(`${origin}/`)).text()).includes('/briefs/eeas-asia-security-2018/'), { timeout: 30_000 }).toBe(false);
  }, 60_000);
});
