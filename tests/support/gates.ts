import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules a colour scheme can change: the site's dark mode changes colours, not markup. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's WCAG 2.2 AA rules and best practices, or only its colour rules: one line per
 * violation. axe-core runs in the page itself, put there once per page load: @axe-core/playwright
 * puts it there again for every analysis, and does more around each (the pages have no frames to
 * merge), which took two to three times as long for the same results.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly: RunOptions['runOnly'] = colourOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_22_AA };
  const violations = await page.evaluate(
    async (options) => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(document, options);
      return results.violations.map((v) => ({ id: v.id, target: v.nodes[0]?.target.join(' ') ?? '', summary: v.nodes[0]?.failureSummary ?? '' }));
    },
    { runOnly },
  );
  return violations.map((v) => `${v.id}: ${v.target} ${v.summary}`);
}

/** The W3C Nu checker (vnu.jar, on the machine's Java) over HTML files: its error lines. */
export function vnuErrors(files: string[]): { errors: string[]; report: string; status: number | null } {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  // The client compiler alone: a check of seconds gains less from the optimising one than it
  // costs (10 core-seconds against 6 over the site's pages, in the same time). Its larger frames
  // need more stack than the 512 KB vnu asks for.
  const result = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-Xss8m', '-jar', jar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8' });
  const report = result.stdout + result.stderr;
  return { errors: report.split('\n').filter((l) => l.startsWith('Error:')), report, status: result.status };
}

/** Records every request a page makes to anywhere but `origin`. */
export function watchOutsideRequests(page: Page, origin: string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) outside.push(`${page.url()} -> ${url}`);
  });
  return outside;
}
