import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { testBrowser } from '../support/browser.ts';
import { siteUrl } from '../support/dist.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await testBrowser();
});

describe('printing a brief', () => {
  it('prints the brief as a clean document: title, source, text and link addresses, no navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl()}briefs/eeas-asia-security-2018/`);
    const pdf = await page.pdf({ format: 'A4' });
    const dir = await mkdtemp(`${tmpdir()}/briefing-print-`);
    await writeFile(`${dir}/brief.pdf`, pdf);
    const text = execFileSync('pdftotext', ['-layout', `${dir}/brief.pdf`, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('EU steps up security cooperation in and with Asia (2018)');
    expect(text).toContain('Written from: Asia security cooperation: EU increases engagement on security in and with Asia');
    expect(text).toContain('Pilot projects with five partners');
    expect(text).toContain('India, Japan, the Republic of Korea');
    // A link's address in full, as a reader of the paper can type it (the PDF breaks it over lines).
    expect(text.replaceAll(' ', '')).toContain(`(${siteUrl()}briefs/eu-global-partnerships/#expanding-alliances-in-the-indo-pacific)`);
    expect(text).toContain('Cite this brief');
    for (const chrome of ['Search', 'Skip to main content', 'Timeline Topics Countries', 'Contents', 'Related briefs', 'Copy citation']) {
      expect(text).not.toContain(chrome);
    }
    await page.close();
  });
});
