import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2.2 AA rules and best practices, or only its colour rules: one line per violation. */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  // Legacy mode runs axe in the page alone. The default opens a blank page for every analysis to
  // merge the results of frames, which no page here has; it took twice as long for the same results.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  // The rules a colour scheme can change: the site's dark mode changes colours, not markup.
  const { violations } = await (colourOnly ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`);
}

/** The W3C Nu checker (vnu.jar, on the machine's Java) over HTML files: its error lines. */
export function vnuErrors(files: string[]): { errors: string[]; report: string; status: number | null } {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8' });
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
