// Reading and finding (issue 13), as an analyst would: at 1280×800 and 390×844, light and dark.
import { readdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser, tab } from '../support/browser.ts';
import { base, outDir, siteUrl } from '../support/dist.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Pages of each kind, for the checks that hold on every page. */
const PAGES = ['', 'briefs/eu-russia-central-asia/', 'briefs/eu-central-asia-summit-finland/', 'countries/kazakhstan/', 'topics/', 'timeline/', 'glossary/', 'search/?q=security'];

let browser: Browser;
let briefIds: string[];
beforeAll(async () => {
  browser = await testBrowser();
  briefIds = (await readdir(`${outDir()}/briefs`, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
});

/** Loads `path` in `page`, waiting for a search page's results. */
async function visit(page: Page, path: string): Promise<Page> {
  await page.goto(`${siteUrl()}${path}`);
  if (path.startsWith('search/?')) await page.locator('#search-results li.result').first().waitFor();
  return page;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  return visit(await tab(context), path);
}

/** WCAG's relative luminance contrast between two CSS colours (rgb()). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Targets smaller than 24×24 px that WCAG 2.5.8 does not excuse: not inline in a sentence, not
 * hidden from everyone but the mouse with an equivalent control (the map, the timeline overview),
 * and not spaced so that a 24 px circle on each touches no other target.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const inline = (el: Element) => {
      const block = el.parentElement?.closest('p, li, dd, dt, td, th, figcaption, blockquote, h1, h2, h3, span.legend, output');
      if (!block) return false;
      const own = (el.textContent ?? '').trim();
      return (block.textContent ?? '').replace(/\s+/g, ' ').trim().length > own.length + 3 && getComputedStyle(el).display === 'inline';
    };
    const targets = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex]')].filter(
      (el) => visible(el) && !el.closest('[aria-hidden="true"]') && (el as HTMLElement).tabIndex >= 0 && !el.matches('main#main, input[type=checkbox]'),
    );
    const boxes = targets.map((el) => el.getBoundingClientRect());
    const small = targets.map((el, i) => !inline(el) && (boxes[i]!.width < 23.5 || boxes[i]!.height < 23.5));
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
    const distanceToBox = ([x, y]: readonly [number, number], r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    return targets.flatMap((el, i) => {
      if (!small[i]) return [];
      const c = centre(boxes[i]!);
      const crowded = targets.some((other, j) => {
        if (j === i || other.contains(el) || el.contains(other)) return false;
        return small[j] ? Math.hypot(c[0] - centre(boxes[j]!)[0], c[1] - centre(boxes[j]!)[1]) < 24 : distanceToBox(c, boxes[j]!) < 12;
      });
      return crowded ? [`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(boxes[i]!.width)}×${Math.round(boxes[i]!.height)}`] : [];
    });
  });
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    // Layout and colour do not depend on the base path: under /briefing/ one size and theme
    // checks that the same behaviour holds with other addresses.
    const repeat = base() !== '/' && (size.name !== 'desktop' || theme !== 'light');
    // The first screen, where a result lands, link density, tap targets, fonts and where scripts
    // live are markup and layout, the same in either theme: checked in the light one.
    const layoutOnly = theme !== 'light';
    // Under /briefing/ only what involves addresses runs again (the first screen's links, a
    // search result landing): density, sizes, colours, fonts and scripts are the same markup.
    const sameUnderBase = base() !== '/';
    // Link density, fonts and where scripts live do not change with the window: one size.
    const sameAtAnySize = size !== SIZES[0];
    describe.skipIf(repeat)(`${size.width}×${size.height}, ${theme}`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: theme });
      });
      afterAll(async () => context?.close());

      it.skipIf(layoutOnly)('1. the first screen shows the newest briefs; the map is one keyboard stop with a country list', async () => {
        const page = await open(context, '');
        const card = page.locator('.brief-card').first();
        for (const part of ['.kicker', 'h3 a', '.summary']) {
          const box = (await card.locator(part).boundingBox())!;
          expect(box.y + box.height, `${part} of the newest brief within the first screen`).toBeLessThanOrEqual(size.height);
        }
        expect(await card.locator('.kicker').textContent()).toMatch(/\w+ · .*\d{4}/);
        // And the next brief's title, on a phone too: a summary is cut at four lines there, and
        // topics after the third make one link, which counts the rest.
        const next = (await page.locator('.brief-card h3').nth(1).boundingBox())!;
        expect(next.y + next.height, 'the second brief\'s title within the first screen').toBeLessThanOrEqual(size.height);
        if (size.width < 640) {
          const summary = card.locator('.summary');
          expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(4 * parseFloat(await summary.evaluate((p) => getComputedStyle(p).lineHeight)) + 1);
          const topics = await card.locator('.tag-list li').evaluateAll((lis) => lis.filter((li) => li.getClientRects().length > 0).map((li) => li.textContent!.trim()));
          const all = await card.locator('.tag-list li:not(.more-topics)').count();
          expect(topics).toHaveLength(4);
          expect(topics.at(-1)).toBe(`${all - 3} more topics`);
        }
        const firstDate = await page.locator('.brief-card time').first().getAttribute('datetime');
        const dates = await page.locator('.brief-card .kicker time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
        expect(dates[0]).toBe(firstDate);
        expect([...dates].sort().reverse(), 'newest first').toEqual(dates);
        // One tab stop: the list of countries; the drawing is for the eye and the mouse.
        const stops = await page.locator('figure.map').evaluate((map) =>
          [...map.querySelectorAll<HTMLElement>('a, summary, button, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.closest('details:not([open]) > :not(summary)')).length,
        );
        expect(stops).toBe(1);
        const mapBox = (await page.locator('figure.map svg').boundingBox())!;
        const listBox = (await page.locator('.brief-list').boundingBox())!;
        expect(mapBox.y >= listBox.y + listBox.height - 1 || mapBox.x >= listBox.x + listBox.width - 1, 'map below or beside the briefs').toBe(true);
        const svgCountries = await page.locator('figure.map svg a').count();
        await page.locator('figure.map summary').click();
        const items = page.locator('figure.map details a');
        expect(await items.count()).toBe(svgCountries);
        const sizes = await items.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
        expect(Math.min(...sizes), 'every country a full-size target').toBeGreaterThanOrEqual(24);
        expect(await page.locator('figure.map details a', { hasText: 'Singapore' }).count()).toBe(1);
      });

      it.skipIf(layoutOnly)('2. a search result opens its best section, highlighted; the first result is in the first screen', async () => {
        const page = await open(context, 'search/?q=Estlink');
        const first = page.locator('#search-results li.result').first();
        const main = first.locator('a.result-title');
        expect(await main.getAttribute('href')).toMatch(/briefs\/eu-central-asia-summit-finland\/\?pagefind-highlight=Estlink#finland-responds-to-security-threats$/);
        if (size.width === 1280) expect((await main.boundingBox())!.y + (await main.boundingBox())!.height).toBeLessThanOrEqual(size.height);
        const excerpts = await page.locator('#search-results .excerpt').allTextContents();
        expect(new Set(excerpts).size, 'no excerpt twice').toBe(excerpts.length);
        expect(await page.locator('#search-filters details').getAttribute('open')).toBeNull();
        expect(await page.locator('#search-status').textContent()).toMatch(/^1 brief found for “Estlink”(, and \d+ pages? about countries, organisations, people or topics)?\.$/);
        await main.click();
        await page.waitForURL(/#finland-responds-to-security-threats$/);
        await page.locator('mark.pagefind-highlight').first().waitFor();
        const heading = (await page.locator('h2#finland-responds-to-security-threats').boundingBox())!;
        expect(heading.y).toBeGreaterThanOrEqual(-1);
        expect(heading.y).toBeLessThan(size.height);

        // The count says what it counts: briefs, and pages about entities apart.
        const wide = await open(context, 'search/?q=Kazakhstan');
        const status = (await wide.locator('#search-status').textContent())!;
        const [, briefs, pages] = status.match(/^(\d+) briefs? found for “Kazakhstan”, and (\d+) pages? about countries, organisations, people or topics\.$/) ?? [];
        expect(Number(briefs), status).toBeGreaterThan(0);
        expect(Number(pages)).toBeGreaterThanOrEqual(1);
        expect(await wide.locator('#search-results li.result').count()).toBe(Math.min(5, Number(briefs)));
        if (size.width === 1280) {
          const box = (await wide.locator('#search-results li.result a.result-title').first().boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        }
        const lists = await wide.locator('#search-results li.result').evaluateAll((lis) =>
          lis.map((li) => [li.querySelector('a.result-title')!.getAttribute('href'), ...[...li.querySelectorAll('a.section-link')].map((a) => a.getAttribute('href'))]),
        );
        for (const links of lists) expect(new Set(links).size, 'other sections listed under the best one').toBe(links.length);
      });

      it.skipIf(layoutOnly || sameUnderBase || sameAtAnySize)('3. calm text: on every brief, at most one link per 40 words, none side by side, each entity once a section', async () => {
        const page = await tab(context);
        let densest = Infinity;
        for (const id of briefIds) {
          await page.goto(`${siteUrl()}briefs/${id}/`);
          const m = await page.locator('.brief-body').evaluate((body) => {
            const text = [...body.querySelectorAll('p, li, td, th, h2, h3, blockquote, figcaption')].filter((el) => !el.parentElement?.closest('p, li, td, th, blockquote')).map((el) => el.textContent?.replace(/#$/, '') ?? '');
            const words = text.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
            // Links in the text; a map's countries are the figure's own navigation, not words.
            const links = [...body.querySelectorAll('a[href]')].filter((a) => !a.classList.contains('anchor-link') && !a.closest('figure.map'));
            const sideBySide = links.filter((a) => {
              let prev = a.previousSibling;
              while (prev && prev.nodeType === Node.TEXT_NODE && /^[\s()[\]/–—-]*$/.test(prev.textContent ?? '')) prev = prev.previousSibling;
              return prev instanceof Element && (prev.matches('a') || prev.querySelector(':scope > a:last-child') !== null) && prev !== a;
            }).map((a) => `${a.previousSibling?.previousSibling?.textContent} + ${a.textContent}`);
            const perSection = new Map<string, number>();
            let section = '';
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
            for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
              if (n.matches('h2, h3')) section = n.id;
              if (n.matches('a.entity-link')) perSection.set(`${section} ${n.getAttribute('href')}`, (perSection.get(`${section} ${n.getAttribute('href')}`) ?? 0) + 1);
            }
            const people = links.filter((a) => /\/people\//.test(a.getAttribute('href') ?? '')).map((a) => a.textContent ?? '');
            return { words, links: links.length, sideBySide, repeated: [...perSection].filter(([, n]) => n > 1).map(([k]) => k), people };
          });
          densest = Math.min(densest, m.words / Math.max(1, m.links));
          expect(m.words / Math.max(1, m.links), `${id}: ${m.links} links in ${m.words} words`).toBeGreaterThanOrEqual(40);
          expect(m.sideBySide, id).toEqual([]);
          expect(m.repeated, id).toEqual([]);
          for (const name of m.people) expect(name, `${id}: a person is linked by full name`).toMatch(/\S+ \S+/);
        }
        expect(await page.goto(`${siteUrl()}briefs/eu-russia-central-asia/`).then(() => page.locator('.brief-body').innerHTML())).toMatch(/United Nations<\/a> \(<abbr title="United Nations">UN<\/abbr>\)/);
        console.log(`calm text: densest brief has one link per ${densest.toFixed(1)} words`);
      });

      it.skipIf(layoutOnly || sameUnderBase)('4. header at most 64 px; tap targets at least 24×24 px (or spaced); a long brief keeps its contents and top in reach', async () => {
        const problems: string[] = [];
        const shared = await tab(context);
        for (const path of PAGES) {
          const page = await visit(shared, path);
          const header = (await page.locator('.site-header').boundingBox())!;
          expect(header.height, `${path}: header height`).toBeLessThanOrEqual(64);
          problems.push(...(await smallTargets(page)).map((t) => `${path || '/'}: ${t}`));
          // Charts legible: no text drawn in an SVG under 12 px, and no HTML label either.
          const tiny = await page.evaluate(() =>
            [...document.querySelectorAll('svg text, .key-figures .chart li span')]
              .filter((t) => t.getBoundingClientRect().width > 0)
              .map((t) => {
                const svg = t.closest('svg');
                const scale = svg && t instanceof SVGElement ? (svg.getScreenCTM()?.a ?? 1) : 1;
                return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
              })
              .filter((t) => t.px < 12),
          );
          expect(tiny, `${path}: labels under 12 px`).toEqual([]);
        }
        expect(problems).toEqual([]);

        const page = await open(context, 'briefs/eu-russia-central-asia/');
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.7));
        if (size.width < 1088) {
          const jump = page.locator('.toc-jump');
          const inView = async () => {
            const b = (await jump.boundingBox())!;
            return b.y > 0 && b.y + b.height <= size.height;
          };
          await expect.poll(inView).toBe(true);
          // As the reader reads on (scrolls down), the bar steps aside below the screen's edge,
          // covering no line; scrolling back up brings it back, as a phone browser's toolbar does.
          await page.mouse.move(size.width / 2, size.height / 2);
          await page.mouse.wheel(0, 400);
          await expect.poll(async () => (await jump.boundingBox())!.y).toBeGreaterThanOrEqual(size.height);
          await page.mouse.wheel(0, -150);
          await expect.poll(inView).toBe(true);
          const box = (await jump.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          expect(box.y).toBeGreaterThan(0);
          // What the browser scrolls into view stops above the bar, and the page's last line can
          // scroll up clear of it.
          expect(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom))).toBeGreaterThanOrEqual(size.height - box.y);
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const last = await page.evaluate(() => {
            const texts = [...document.querySelectorAll('footer *')].filter((el) => el.children.length === 0 && el.textContent!.trim() && el.getClientRects().length > 0);
            return texts.at(-1)!.getBoundingClientRect().bottom;
          });
          expect(last).toBeLessThanOrEqual((await jump.boundingBox())!.y);
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.7));
          await jump.getByRole('link', { name: 'On this page' }).click();
          await expect.poll(async () => (await page.locator('#toc-heading').boundingBox())!.y).toBeLessThan(size.height / 2);
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.7));
          await jump.getByRole('link', { name: 'Top' }).click();
          await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
        } else {
          // Wide: the contents stay beside the text as it scrolls.
          const toc = (await page.locator('nav.toc').boundingBox())!;
          expect(toc.y).toBeGreaterThanOrEqual(0);
          expect(toc.y).toBeLessThan(size.height);
          expect(await page.locator('.toc-jump').isVisible()).toBe(false);
        }
      });

      it.skipIf(sameUnderBase)('5. maps: the most-discussed countries stand out (3:1), the page\'s own country is unmistakable, the legend gives numbers', async () => {
        const page = await open(context, '');
        const colours = await page.locator('figure.map svg').evaluate((svg) => {
          const fill = (sel: string) => {
            const el = svg.querySelector(sel);
            return el ? getComputedStyle(el).fill : undefined;
          };
          return { land: fill('.land')!, s1: fill('.shade-1'), s2: fill('.shade-2'), s3: fill('.shade-3')! };
        });
        const c3 = contrast(colours.s3, colours.land);
        console.log(`map ${theme}: most-discussed ${c3.toFixed(2)}:1 against land; ${colours.s2 ? contrast(colours.s2, colours.land).toFixed(2) : '-'}; ${colours.s1 ? contrast(colours.s1, colours.land).toFixed(2) : '-'}`);
        expect(c3).toBeGreaterThanOrEqual(3);
        if (colours.s2) expect(c3).toBeGreaterThan(contrast(colours.s2, colours.land));
        if (colours.s1 && colours.s2) expect(contrast(colours.s2, colours.land)).toBeGreaterThan(contrast(colours.s1, colours.land));
        const legend = (await page.locator('figure.map .legend').textContent())!.replace(/\s+/g, ' ');
        expect(legend).toMatch(/Briefs per country: .*\d+(–\d+)? briefs?.*\d+(–\d+)? briefs/);
        const top = await page.locator('figure.map details a').first().textContent();
        expect(legend).toContain(`${top!.match(/\((\d+)\)/)![1]} briefs`);

        const country = await open(context, 'countries/kazakhstan/');
        const own = await country.locator('figure.map svg').evaluate((svg) => {
          const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
          const focus = svg.querySelector('path.focus');
          const shades = [...svg.querySelectorAll('path.country:not(.focus)')].map((p) => getComputedStyle(p).fill);
          return { fill: style(focus)!.fill, land: style(svg.querySelector('.land'))!.fill, shades: [...new Set(shades)], ring: style(svg.querySelector('circle.marker'))?.stroke };
        });
        expect(own.shades, 'the own country has a colour no other country has').not.toContain(own.fill);
        expect(contrast(own.fill, own.land)).toBeGreaterThanOrEqual(3);
        expect(own.ring, 'ringed, so it shows even where it is small').toBe(own.fill);
        expect(await country.locator('figure.map .legend').textContent()).toMatch(/Kazakhstan \(\d+ briefs?\)/);
      });

      it.skipIf(layoutOnly || sameUnderBase || sameAtAnySize)('7. one type system: the same font for body text and summaries, and for the interface, on every page', async () => {
        const seen = new Map<string, Set<string>>();
        const page = await tab(context);
        for (const path of PAGES) {
          await visit(page, path);
          const fonts = await page.evaluate(() => {
            const root = getComputedStyle(document.documentElement);
            const roles = { text: root.getPropertyValue('--font-text').trim(), ui: root.getPropertyValue('--font-ui').trim() };
            const family = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.getBoundingClientRect().height > 0).map((el) => getComputedStyle(el).fontFamily);
            return {
              roles,
              text: [...family('body'), ...family('.lead, .summary, .excerpt, .description, .brief-body p, .key-points li, .timeline .label')],
              ui: family('.site-header a, .site-header button, .kicker, .breadcrumbs, h1, h2, h3, .toc a, button, label, summary, .meta'),
            };
          });
          expect(fonts.text.length + fonts.ui.length).toBeGreaterThan(3);
          for (const f of fonts.text) expect(f, `${path}: text`).toBe(fonts.roles.text);
          for (const f of fonts.ui) expect(f, `${path}: interface`).toBe(fonts.roles.ui);
          for (const [role, value] of Object.entries(fonts.roles)) seen.set(role, (seen.get(role) ?? new Set()).add(value));
        }
        for (const values of seen.values()) expect(values.size, 'the same roles on every page').toBe(1);
      });

      it.skipIf(layoutOnly || sameUnderBase || sameAtAnySize)('8. client behaviour is custom elements, defined where their components are', async () => {
        const page = await open(context, 'briefs/eu-russia-central-asia/');
        expect(await page.evaluate(() => ['site-header', 'section-links', 'cite-this'].map((n) => customElements.get(n) !== undefined))).toEqual([true, true, true]);
        await page.goto(`${siteUrl()}search/?q=security`);
        await page.locator('#search-results li.result').first().waitFor();
        expect(await page.evaluate(() => customElements.get('search-page') !== undefined)).toBe(true);
      });
    });
  }
}

// Not per size: where the scripts live is a fact of the source.
describe('8. where client behaviour lives', () => {
  it('every client script is a component\'s custom element; no global script finds components by id', async () => {
    const { readFile } = await import('node:fs/promises');
    const { existsSync } = await import('node:fs');
    expect(existsSync('src/scripts'), 'no global scripts folder').toBe(false);
    const files = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.astro'));
    for (const file of files) {
      const source = await readFile(`src/${file}`, 'utf8');
      if (!/<script>/.test(source)) continue;
      expect(file, 'scripts only in components').toMatch(/^components\//);
      const script = source.slice(source.indexOf('<script>'), source.indexOf('</script>'));
      const behaviour = script.includes('customElements.define') ? script : await readFile(`src/components/${script.match(/import '\.\/([^']+)'/)?.[1]}`, 'utf8');
      expect(behaviour, file).toMatch(/customElements\.define\('[a-z]+-[a-z-]+'/);
      expect(behaviour, `${file}: finds its parts inside itself`).not.toMatch(/getElementById\('/);
    }
  });
});

// WCAG 1.4.10 (reflow): content fits 320 CSS pixels without scrolling sideways. A page's width
// does not depend on the base path.
describe.skipIf(base() !== '/')('9. at 320 px wide', () => {
  it('no page scrolls sideways: not a chart, a long address or a grid column', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await tab(context);
    const wide: string[] = [];
    for (const path of new Set([...PAGES, ...briefIds.map((id) => `briefs/${id}/`)])) {
      await visit(page, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path || 'home'}: ${width} px`);
      // Nor does a part of it: a comparison's table, which a keyboard could not scroll.
      for (const part of await page.locator('.compare, .brief-figure, .brief-body pre').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.className))) {
        wide.push(`${path}: .${part} scrolls sideways`);
      }
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

// The menu a phone folds the sections into closes as menus do. Behaviour, not addresses: at the root.
describe.skipIf(base() !== '/')('10. the phone\'s menu', () => {
  it('closes on Escape, giving focus back to its button, and on a tap outside it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await open(context, 'briefs/eu-russia-central-asia/');
    const menu = page.locator('site-header details.menu');
    await menu.locator('summary').click();
    expect(await menu.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('details.menu > summary'))).toBe(true);
    await menu.locator('summary').click();
    // Below the open menu, on the page's text.
    await page.mouse.click(200, 800);
    expect(await menu.getAttribute('open')).toBeNull();
    // A link in the open menu still leads where it says.
    await menu.locator('summary').click();
    await menu.locator('a', { hasText: 'Glossary' }).click();
    await page.waitForURL(/\/glossary\/$/);
    await context.close();
  });
});

// An entity of a long name (CARICC's is 126 characters) on a phone: its name once, at a size that
// leaves its first brief on the first screen.
describe.skipIf(base() !== '/')('11. a long name on a phone', () => {
  it('is not repeated in the breadcrumb, and leaves the first brief on the first screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(context, 'organisations/caricc/');
    expect(await page.locator('h1').textContent()).toMatch(/^Central Asian Regional Information and Coordination Centre for Combating/);
    expect(await page.locator('nav.breadcrumbs').innerText()).toBe('Organisations');
    const first = await page.locator('.mentions .brief-link').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    await context.close();
  });
});
