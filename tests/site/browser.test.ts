import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser, tab } from '../support/browser.ts';
import { base, siteUrl } from '../support/dist.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await testBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
});
afterAll(async () => {
  await context?.close();
});

async function open(path: string): Promise<Page> {
  const page = await tab(context);
  await page.goto(`${siteUrl()}${path}`);
  return page;
}

async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight && box.bottom > 0;
  });
}

describe('reading a brief', () => {
  // Links within a page, the same under a base path: checked at the root only.
  it.skipIf(base() !== '/')('a contents link lands on its section and updates the address', async () => {
    const page = await open('briefs/eu-russia-central-asia/');
    await page.locator('.toc a[href="#barriers-to-cooperation"]').click();
    await page.waitForFunction(() => location.hash === '#barriers-to-cooperation');
    expect(await inView(page, 'h2#barriers-to-cooperation')).toBe(true);
  });

  it('a section link copies the full address and says so', async () => {
    const page = await open('briefs/kallas-asia-security/');
    const anchor = page.locator('a.anchor-link[href="#pressure-from-washington"]');
    await anchor.click();
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('Link copied');
    expect(await page.locator('#live-status').getAttribute('aria-live')).toBe('polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${siteUrl()}briefs/kallas-asia-security/#pressure-from-washington`);
    expect(page.url()).toBe(copied);
    expect(await inView(page, 'h2#pressure-from-washington')).toBe(true);
  });

  it.skipIf(base() !== '/')('a former section id lands on the renamed section, whose name now the address and the citation give', async () => {
    const page = await open('briefs/eu-russia-central-asia/#references');
    expect(await inView(page, 'h2#sources-the-brief-draws-on')).toBe(true);
    await expect.poll(() => new URL(page.url()).hash).toBe('#sources-the-brief-draws-on');
    expect(await page.locator('[data-brief-citation]').textContent()).toContain('briefs/eu-russia-central-asia/#sources-the-brief-draws-on');
    // A section the brief does not have is said to be missing, not silently replaced by the top.
    const missing = await open('briefs/eu-russia-central-asia/#no-such-section');
    await expect.poll(() => missing.locator('#live-status').textContent()).toMatch(/^This brief has no section “no-such-section”/);
    // The same when the address's # changes on the page, and an id written in capitals finds its section.
    await missing.evaluate(() => (location.hash = '#References'));
    await expect.poll(() => new URL(missing.url()).hash).toBe('#sources-the-brief-draws-on');
    await missing.evaluate(() => (location.hash = '#bogus'));
    await expect.poll(() => missing.locator('#live-status').textContent()).toMatch(/^This brief has no section “bogus”/);
    // A link that picked up a sentence's full stop, or lost the end of an escape in a mail client,
    // still lands, without a script error.
    const errors: string[] = [];
    for (const hash of ['#pressure-from-washington.', '#pressure-from-washington%']) {
      const page = await tab(context);
      page.on('pageerror', (error) => errors.push(`${hash}: ${error.message}`));
      await page.goto(`${siteUrl()}briefs/kallas-asia-security/${hash}`);
      await expect.poll(() => new URL(page.url()).hash, { message: hash }).toBe('#pressure-from-washington');
      expect(await inView(page, 'h2#pressure-from-washington'), hash).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('a mistyped brief address offers the brief it was probably meant as, its section kept, and a search for its words', async () => {
    const page = await open('briefs/kallas-asia-securty/#pressure-from-washington');
    const suggestion = page.locator('not-found-help .suggest');
    await suggestion.locator('a').first().waitFor();
    expect(await suggestion.locator('a').first().getAttribute('href')).toBe(`${base()}briefs/kallas-asia-security/#pressure-from-washington`);
    expect(await suggestion.locator('a').nth(1).textContent()).toBe('Search the briefs for “kallas asia securty”');
    // Nothing near: only the search.
    const far = await open('briefs/nothing-like-any-brief/');
    await far.locator('not-found-help .suggest a').first().waitFor();
    expect(await far.locator('not-found-help .suggest a').count()).toBe(1);
  });

  it.skipIf(base() !== '/')('a section link followed from a search copies the section\'s address, without the words searched for', async () => {
    const page = await open('briefs/kallas-asia-security/?pagefind-highlight=Kallas#pressure-from-washington');
    await page.locator('a.anchor-link[href="#an-independent-china-policy"]').click();
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}briefs/kallas-asia-security/#an-independent-china-policy`);
    // The note goes after a few seconds, not to cover the text for good.
    await expect.poll(() => page.locator('#live-status').textContent(), { timeout: 8_000 }).toBe('');
  });

  // What a page loads is the same under a base path: checked at the root only.
  it.skipIf(base() !== '/')('loads no search code while a brief is only read', async () => {
    const page = await tab(context);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${siteUrl()}briefs/eu-global-partnerships/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  });

  it('an entity page links to the right heading', async () => {
    const page = await open('countries/japan/');
    expect(await page.locator('h1').textContent()).toBe('Japan');
    expect(await page.locator('nav.breadcrumbs').textContent()).toBe('Countries › Japan');
    await page.locator('a[href$="briefs/eu-global-partnerships/#expanding-alliances-in-the-indo-pacific"]').first().click();
    await page.waitForURL(/#expanding-alliances-in-the-indo-pacific$/);
    expect(await inView(page, 'h2#expanding-alliances-in-the-indo-pacific')).toBe(true);
  });
});

describe('search', () => {
  it('typing a query shows results, and the main link lands on the matching section, highlighted', async () => {
    const page = await open('search/');
    await page.locator('#search-input').fill('Estlink');
    const first = page.locator('#search-results li.result').first();
    await first.waitFor();
    expect(await first.locator('.result-title').textContent()).toMatch(/Central Asia as Finland hardens/);
    expect(page.url()).toMatch(/\?q=Estlink$/);
    // The source's kind and date as its brief shows them, the inferred date said so.
    expect(await first.locator('.meta').textContent()).toBe('Newsletter issue · April 2025 (inferred)');
    const main = first.locator('a.result-title');
    expect(await main.locator('.result-section').textContent()).toBe('Finland responds to security threats');
    await main.click();
    await page.waitForURL(/briefs\/eu-central-asia-summit-finland\/\?pagefind-highlight=Estlink#finland-responds-to-security-threats$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect((await page.locator('mark.pagefind-highlight').first().textContent())?.toLowerCase()).toContain('estlink');
    expect(await inView(page, 'h2#finland-responds-to-security-threats')).toBe(true);
  });

  it.skipIf(base() !== '/')('an abbreviation opens the section that holds it, not one with a longer word it starts', async () => {
    // Pagefind matches "BRI" as the start of "brief", which a heading of the same brief holds.
    const page = await open('search/?q=BRI');
    const first = page.locator('#search-results li.result').first();
    await first.waitFor();
    expect(await first.locator('.result-title').getAttribute('href')).toMatch(/\/briefs\/eu-russia-central-asia\/\?pagefind-highlight=BRI#possible-areas-for-cooperation$/);
    expect(await first.locator('.result-title mark, p mark').first().textContent()).toMatch(/^\W*BRI\W*$/);
    // A word of three letters is an abbreviation: no brief found merely for "brief", nor beside
    // another word for "uses" ("US sanctions": only the newsletter holds both).
    expect(await page.locator('#search-status').textContent()).toBe('1 brief found for “BRI”.');
    const pair = await open('search/?q=US%20sanctions');
    await expect.poll(() => pair.locator('#search-status').textContent()).toMatch(/^1 brief found for “US sanctions”[.,]/);
    // Nor is a section listed, or a word marked, for "European" when "EU" was asked.
    const eu = await open('search/?q=EU');
    await eu.locator('#search-results li.result').first().waitFor();
    const marked = await eu.locator('#search-results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text).toMatch(/^\W*EU\W*(s)?$/);
    // Nor one for the EEA when the EEAS was asked, though Pagefind's stemmer takes one for the other.
    const eeas = await open('search/?q=EEAS');
    await eeas.locator('#search-results li.result').first().waitFor();
    const sections = await eeas.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(sections.some((href) => href.includes('/briefs/eu-global-partnerships/') && href.includes('#expanding-alliances-in-the-indo-pacific'))).toBe(true);
    expect(sections.filter((href) => href.includes('#deepening-security-ties-with-norway'))).toEqual([]);
    // The release's text opens before its tag list (page furniture), which names the EEAS more often.
    expect(sections.find((href) => href.includes('/briefs/eeas-asia-security-2018/'))).not.toContain('#how-the-eeas-filed-it');
    // Nor is the page about the EEA among the pages about entities, or counted with them.
    await eeas.locator('#search-entities a').first().waitFor();
    expect(await eeas.locator('#search-entities').textContent()).not.toContain('European Economic Area');
    const eeasCount = Number(/(\d+) pages about/.exec((await eeas.locator('#search-status').textContent()) ?? '')?.[1]);
    await eeas.locator('#search-entities button.all-entities').click();
    await expect.poll(() => eeas.locator('#search-entities a').count()).toBe(eeasCount);
    expect(await eeas.locator('#search-entities').textContent()).not.toContain('European Economic Area');
  });

  it.skipIf(base() !== '/')('finds a name as the reader means it, not the words that start with it or a title in a note', async () => {
    // A name is not the start of a longer word: "Stubb" finds the newsletter, not the 2020 brief's
    // "stubborn obstacles" (src/lib/name-forms.ts).
    const stubb = await open('search/?q=Stubb');
    await expect.poll(() => stubb.locator('#search-status').textContent()).toMatch(/^1 brief found for “Stubb”, and/);
    expect(await stubb.locator('#search-results a.result-title').first().getAttribute('href')).toContain('/briefs/eu-central-asia-summit-finland/');
    // Words the brief's opening holds whole, and no section does, open the page there, not a
    // section with only one of them ("European" of the European Economic Area).
    const union = await open('search/?q=European%20Union');
    await union.locator('#search-results li.result').first().waitFor();
    const titles = await union.locator('#search-results a.result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(titles.find((href) => href.includes('/briefs/eu-global-partnerships/'))).toMatch(/^\/briefs\/eu-global-partnerships\/\?[^#]*$/);
    // A brief is not found for the title of another that one of the site's notes points to: the
    // 2020 brief's note names "EU seeks a strategic partnership with Central Asia as Finland hardens its defences".
    const finland = await open('search/?q=Finland');
    await expect.poll(() => finland.locator('#search-status').textContent()).toMatch(/^1 brief found for “Finland”, and/);
    // A name quoted is a name all the same: its page is a page about it, not one that mentions it.
    const quoted = await open('search/?q=%22Central%20Asia%22');
    await quoted.locator('#search-entities a').first().waitFor();
    expect(await quoted.locator('#search-entities').textContent()).toMatch(/^Pages about: Central Asia \(region\)/);
    // A word still being typed, which is no name, is the start of longer ones: "Kazak" finds Kazakhstan.
    const kazak = await open('search/?q=Kazak');
    await expect.poll(() => kazak.locator('#search-status').textContent()).toMatch(/^2 briefs found for “Kazak”/);
  });

  it.skipIf(base() !== '/')('searches a question for what it is about, and says a word on every page is too common to search', async () => {
    // "who" and "is" are on no page that answers: the briefs and the page about Kallas are found.
    const who = await open(`search/?q=${encodeURIComponent('Who is Kallas?')}`);
    await who.locator('#search-entities a').first().waitFor();
    expect(await who.locator('#search-entities a').first().textContent()).toBe('Kaja Kallas');
    expect(await who.locator('#search-status').textContent()).toMatch(/^3 briefs found for “Who is Kallas\?”/);
    const the = await open('search/?q=the');
    await expect.poll(() => the.locator('#search-status').textContent()).toBe('“the” is on nearly every page: add a word that says what you are looking for.');
    expect(await the.locator('#search-results li').count()).toBe(0);
  });

  it.skipIf(base() !== '/')('searches a date or a percentage as the words side by side, and says which pages are about what was asked', async () => {
    // "4" alone is on every page: the section about 1 April led. Now only pages with "4 April".
    const date = await open(`search/?q=${encodeURIComponent('4 April')}`);
    await date.locator('#search-results li.result').first().waitFor();
    const hrefs = await date.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes('/briefs/eu-central-asia-summit-finland/'))).toBe(true);
    expect(hrefs.filter((href) => href.includes('#dialogue-with-international-partners'))).toEqual([]);
    // "3%" is not a word on every page, and the brief that says it is found, as for "3 percent".
    for (const query of ['3%', '3 percent']) {
      const percent = await open(`search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => percent.locator('#search-status').textContent(), { message: query }).toMatch(new RegExp(`^1 brief found for “${query}”`));
      expect(await percent.locator('#search-results a.result-title').first().getAttribute('href')).toContain('/briefs/eu-central-asia-summit-finland/');
    }
    // Pagefind leaves a phrase's matches unranked: the press release of 28 May 2018 came after two
    // briefs that mention the month in passing. The brief that names it in a heading comes first.
    const month = await open(`search/?q=${encodeURIComponent('May 2018')}`);
    await expect.poll(() => month.locator('#search-status').textContent()).toMatch(/^3 briefs found for “May 2018”/);
    expect(await month.locator('#search-results a.result-title').first().getAttribute('href')).toMatch(/\/briefs\/eeas-asia-security-2018\/\?.*#the-decision-of-28-may-2018$/);
    // The page about Kallas, then the pages that only mention her, said as such.
    const who = await open('search/?q=Kallas');
    await who.locator('#search-entities a').first().waitFor();
    expect(await who.locator('#search-entities').textContent()).toMatch(/^Pages about: Kaja Kallas \(person\); also mentioned on the pages about: /);
  });

  it.skipIf(base() !== '/')('reads a question for its subject, and finds nothing for words no page holds', async () => {
    // The section on China, not the one with the most "the", "did" or "about"; and no "the" marked.
    const question = await open(`search/?q=${encodeURIComponent('what did Kallas say about China')}`);
    const title = question.locator('#search-results a.result-title').first();
    await title.waitFor();
    const href = (await title.getAttribute('href'))!;
    expect(href).toMatch(/\/briefs\/kallas-asia-security\/\?.*#an-independent-china-policy$/);
    expect(new URL(href, 'http://x').searchParams.getAll('pagefind-highlight')).toEqual(['Kallas', 'China']);
    // Pagefind answers "strange" with pages holding an "s": neither word is on the site.
    const absent = await open(`search/?q=${encodeURIComponent('strange bedfellows')}`);
    await expect.poll(() => absent.locator('#search-status').textContent()).toMatch(/^No results for “strange bedfellows”/);
    expect(await absent.locator('#search-results li').count()).toBe(0);
    // A one-letter word is not marked across the page: only "Eagle" is.
    const ship = await open(`search/?q=${encodeURIComponent('Eagle S')}`);
    const link = ship.locator('#search-results a.result-title').first();
    await link.waitFor();
    expect(new URL((await link.getAttribute('href'))!, 'http://x').searchParams.getAll('pagefind-highlight')).toEqual(['Eagle']);
    expect(await ship.locator('#search-results .section-link').count()).toBe(0);
  });

  it.skipIf(base() !== '/')('answers what analysts type: shorthand amounts, a name by any of its names, a name beside a one-letter word', async () => {
    for (const [query, brief, section] of [
      ['€12bn', 'eu-central-asia-summit-finland', 'the-first-eu-central-asia-summit-in-samarkand'],
      // "S" starts most words; the section holds the ship's name, which no excerpt around the "s…" words shows.
      ['Eagle S', 'eu-central-asia-summit-finland', 'finland-responds-to-security-threats'],
    ] as const) {
      const page = await open(`search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('#search-results li.result a.result-title').first();
      await first.waitFor();
      expect(await first.getAttribute('href'), query).toMatch(new RegExp(`/briefs/${brief}/\\?.*#${section}$`));
      await page.close();
    }
    // An organisation's own page comes first among the pages about entities, found by its abbreviation,
    // before another whose name holds the word ("EU Special Representative for Central Asia").
    for (const [query, entity] of [
      ['OSCE', 'Organization for Security and Co-operation in Europe'],
      ['USA', 'United States'],
      ['EU', 'European Union'],
      ['eusr', 'EU Special Representative for Central Asia'],
      ['UNU-CRIS', 'United Nations University Institute on Comparative Regional Integration Studies'],
    ] as const) {
      const page = await open(`search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#search-entities a').first().textContent(), { message: query }).toBe(entity);
      await page.close();
    }
    // A short word is found exactly, but still in Pagefind's order (a quoted search is not ranked):
    // after the union, pages whose names hold "EU", not those the index happens to list first.
    const eu = await open('search/?q=EU');
    await eu.locator('#search-entities a').first().waitFor();
    expect((await eu.locator('#search-entities a').allTextContents()).slice(0, 2)).toEqual(['European Union', 'EU Special Representative for Central Asia']);
    await eu.close();
  });

  it.skipIf(base() !== '/')('offers the pages about each thing a query names, and every page it counts, on request', async () => {
    // No page about one country holds the other's name: Pagefind alone found only Australia's.
    const pair = await open(`search/?q=${encodeURIComponent('Japan South Korea')}`);
    await pair.locator('#search-entities a').first().waitFor();
    expect((await pair.locator('#search-entities a').allTextContents()).slice(0, 2)).toEqual(['Japan', 'South Korea']);
    // Six are shown; the count's rest come with one click.
    const russia = await open('search/?q=russia');
    const more = russia.locator('#search-entities button.all-entities');
    await more.waitFor();
    const count = Number(/and (\d+) pages about/.exec((await russia.locator('#search-status').textContent())!)![1]);
    expect(await russia.locator('#search-entities a').count()).toBe(6);
    expect(await more.textContent()).toBe(`and ${count - 6} more`);
    await more.click();
    await expect.poll(() => russia.locator('#search-entities a').count()).toBe(count);
    expect(await russia.evaluate(() => document.activeElement?.textContent)).toBe(await russia.locator('#search-entities a').nth(6).textContent());
  });

  it('a result of several words, or of a quoted phrase, lands with each word or the phrase highlighted', async () => {
    for (const [query, expected] of [
      ['Kallas Asia', ['asia', 'kallas']],
      ['"strategic partnership"', ['strategic partnership']],
    ] as const) {
      const page = await open(`search/?q=${encodeURIComponent(query)}`);
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.locator('#search-results li.result a.result-title').first().click();
      await page.locator('mark.pagefind-highlight').first().waitFor();
      const marks = await page.locator('mark.pagefind-highlight').allTextContents();
      expect([...new Set(marks.map((m) => m.toLowerCase()))].sort(), query).toEqual(expected);
      // The highlighter adds no <style> of its own, which the Content-Security-Policy refuses.
      expect(errors, query).toEqual([]);
      await page.close();
    }
    // A quoted phrase, for which Pagefind gives no section, opens the section that holds it,
    // and the status shows the query's own quotation marks, not more around them.
    const phrase = await open(`search/?q=${encodeURIComponent('"security and defence"')}`);
    const first = phrase.locator('#search-results li.result a.result-title').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\?pagefind-highlight=security%20and%20defence#[a-z0-9-]+$/);
    expect(await phrase.locator('#search-status').textContent()).toMatch(/^\d+ briefs? found for "security and defence"/);
    await phrase.close();
  });

  it.skipIf(base() !== '/')('finds what pages say, not the labels every page repeats', async () => {
    // "What 3 briefs say, section by section, in their own sentences. About this
    // entry" on every entity page, "last updated" on every brief: none of it is in any brief's text.
    for (const query of ['sentences', 'entry', 'updated']) {
      const page = await open(`search/?q=${query}`);
      await expect.poll(() => page.locator('#search-status').textContent(), { message: query }).toMatch(/^No results/);
      await page.close();
    }
    // What those pages do say is still found: an entity's alias.
    const page = await open('search/?q=CARICC');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^1 brief found for “CARICC”, and \d+ pages? about/);
  });

  it('a ?q= address reproduces the results, and filters narrow them', async () => {
    const page = await open('search/?q=security');
    const filterIndexes: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/(?:parts\/\d+\/)?filter\//.test(request.url())) filterIndexes.push(request.url());
    });
    await page.locator('#search-results li.result').first().waitFor();
    expect(await page.locator('#search-input').inputValue()).toBe('security');
    // A search loads one filter index, the one only pages about entities carry, to count them:
    // the main index's, which holds them all. The others come when the reader opens the filters.
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ briefs found for “security”, and \d+ pages about/);
    expect(filterIndexes).toHaveLength(1);
    const all = await page.locator('#search-results li.result').count();
    // Each result is a heading (under the page's h1), so a screen reader lists them as headings.
    expect(await page.locator('#search-results li.result > h2 > a.result-title').count()).toBe(all);
    await page.locator('#search-filters summary').click();
    await expect.poll(() => page.locator('#search-filters label .count').count()).toBeGreaterThan(5);
    expect(filterIndexes.length).toBeGreaterThan(1);
    const counts = await page.locator('#search-filters label .count').allTextContents();
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.every((c) => c !== ' (0)'), 'only values some result has are offered').toBe(true);
    await page.locator('#search-filters input[name="kind"][value="Press release"]').check();
    await page.waitForURL(/kind=Press\+release/);
    await expect.poll(() => page.locator('#search-results li.result').count()).toBeLessThan(all);
    const titles = await page.locator('#search-results .result-title').evaluateAll((links) => links.map((a) => a.firstChild?.textContent));
    expect(titles).toEqual(['EU steps up security cooperation in and with Asia (2018)']);
    expect(await page.locator('#search-filters summary').textContent()).toBe('Filters (1 in use)');
    // The count says the filters are in use, since their list is folded.
    expect(await page.locator('#search-status').textContent()).toMatch(/^1 brief found for “security” with 1 filter[,.]/);
    await page.goBack();
    await expect.poll(() => page.locator('#search-results li.result').count()).toBe(all);
    // Pages about entities are not a kind of source.
    expect(await page.locator('#search-filters input[name="kind"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).not.toContain('Entity page');
  });

  it.skipIf(base() !== '/')('an address typed by hand: a filter value spelt loosely is read as the index spells it, one it lacks can be unticked', async () => {
    const page = await open('search/?q=security&country=finland&kind=newsletter-issue');
    await page.waitForURL(/country=Finland&kind=Newsletter\+issue$/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^1 brief found for “security”/);
    await page.goto(`${siteUrl()}search/?q=security&year=1999`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^No results for “security”/);
    await page.locator('#search-filters summary').click();
    const unknown = page.locator('#search-filters input[name="year"][value="1999"]');
    expect(await unknown.isChecked()).toBe(true);
    await unknown.uncheck();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ briefs found for “security”/);
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
  });

  it('filters alone list the briefs by their summaries, each linked to the brief itself', async () => {
    const page = await open('search/?country=Japan');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('3 briefs found with 1 filter.');
    const first = page.locator('#search-results li.result').first();
    expect(await first.locator('a.result-title').getAttribute('href')).toBe(`${base()}briefs/kallas-asia-security/`);
    expect(await first.locator('.excerpt').textContent()).toMatch(/^Caliber\.az, citing what Kaja Kallas told the Financial Times, reports/);
  });

  // The same search logic under a base path: checked at the root only.
  it.skipIf(base() !== '/')('says which words of a query nothing holds, instead of passing off matches for the rest', async () => {
    // Pagefind drops a word that no page holds: "Global Gateway" would list every page with "global".
    const page = await open('search/?q=Global%20Gateway');
    await page.locator('#search-results li.result').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ briefs? found for “Global Gateway”.*\. Nothing on the site contains “gateway”: the results match the other words\.$/);
    // Every word held somewhere, one only in another form ("negotiations"): no note.
    const held = await open('search/?q=accession%20negotiate%20Ukraine');
    await held.locator('#search-results li.result').first().waitFor();
    expect(await held.locator('#search-status').textContent()).not.toContain('Nothing on the site');
  });

  it('shows the results of the name a misspelt query was meant as, saying so, and offers a guess in one click', async () => {
    // Opened or submitted, a query that finds no brief and is near a name of the site's is
    // searched as that name, as a web search does, with the way back to the query as typed.
    // A name typed without its accents too.
    const accents = await open('search/?q=Hakanen');
    await accents.locator('#search-results li.result').first().waitFor();
    expect(await accents.locator('#search-suggest').textContent()).toBe('Showing results for Häkkänen. Search instead for Hakanen.');
    const page = await open('search/?q=Kazakstan');
    await page.locator('#search-results li.result').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kazakhstan');
    expect(await page.locator('#search-input').inputValue()).toBe('Kazakhstan');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ briefs? found for “Kazakhstan”/);
    expect(await page.locator('#search-suggest').textContent()).toBe('Showing results for Kazakhstan. Search instead for Kazakstan.');
    // As typed, on request: nothing, and the name offered.
    await page.locator('#search-suggest a').click();
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('No results for “Kazakstan”. Check the spelling, or try another word.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kazakstan');
    expect(await page.locator('#search-suggest').textContent()).toBe('Did you mean Kazakhstan?');
    await page.locator('#search-suggest a').click();
    await page.locator('#search-results li.result').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kazakhstan');
    expect(await page.locator('#search-suggest').isHidden()).toBe(true);
    // While the reader types, the words typed stay: the name is only offered.
    await page.locator('#search-input').fill('Kazakstan');
    await expect.poll(() => page.locator('#search-suggest').textContent()).toBe('Did you mean Kazakhstan?');
    expect(await page.locator('#search-input').inputValue()).toBe('Kazakstan');
    // Submitted, it is corrected.
    await page.locator('#search-input').press('Enter');
    await expect.poll(() => page.locator('#search-suggest').textContent()).toBe('Showing results for Kazakhstan. Search instead for Kazakstan.');
    const corrected = async (query: string, name: string) => {
      await page.goto(page.url().replace(/\?.*/, `?q=${encodeURIComponent(query)}`));
      await expect.poll(() => page.locator('#search-suggest').textContent()).toBe(`Showing results for ${name}. Search instead for ${query}.`);
      expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^\\d+ briefs? found for “${name}”`));
    };
    // A near miss that Pagefind answers with the start of another word (Finland's ISO code, "FI"),
    // spelt as the site spells the name whatever the case typed; two letters swapped.
    await corrected('finlnd', 'Finland');
    await corrected('Kallsa', 'Kallas');
    // An abbreviation no brief writes, as the briefs write the name; so is a country's (an alias
    // in the registry).
    await corrected('FT', 'Financial Times');
    await corrected('ROK', 'South Korea');
    // One word, or hyphenated, where the briefs write two (as the sources write it).
    await corrected('cybersecurity', 'cyber security');
    await corrected('cyber-security', 'cyber security');
    // A country's alias that no brief uses is spelt right, but the briefs name the country: its briefs, saying so.
    await corrected('Chinese', 'China');
    // A place the registry does not list, misspelt: the name the briefs write is a guess from the
    // pages' words, offered, not searched.
    await page.goto(page.url().replace(/\?.*/, '?q=Samarkland'));
    await page.locator('#search-suggest a').waitFor();
    expect(await page.locator('#search-suggest').textContent()).toBe('Did you mean Samarkand?');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “Samarkland”. Check the spelling, or try another word.');
    // An American spelling finds only what quotes it (the Department of Defense); the briefs'
    // British one is offered, and finds more.
    await page.goto(page.url().replace(/\?.*/, '?q=defense%20cooperation'));
    await page.locator('#search-suggest a').waitFor();
    expect(await page.locator('#search-suggest').textContent()).toBe('Did you mean defence cooperation?');
    const before = Number((await page.locator('#search-status').textContent())!.match(/^(\d+) briefs?/)?.[1] ?? 0);
    await page.locator('#search-suggest a').click();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ briefs found for “defence cooperation”/);
    expect(Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1])).toBeGreaterThan(before);
    // Where the American spelling finds no brief at all, the British one is searched, saying so.
    await corrected('defense spending', 'defence spending');
  });

  it('finds what one index would find, whatever parts of the index earlier searches brought in', async () => {
    // Under /briefing/ the index is in parts of 2 briefs: "security" brings in every part, and a
    // part that lacks a word of the next query must not answer with the words it has.
    const page = await open('search/?q=security');
    await page.locator('#search-results li.result').first().waitFor();
    const search = async (query: string) => {
      await page.locator('#search-input').fill(query);
      await page.locator('#search-input').press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(new RegExp(`for “${query}”`));
      return page.locator('#search-results .result-title').evaluateAll((links) => links.map((a) => a.firstChild?.textContent));
    };
    expect(await search('security Estlink')).toEqual(['EU seeks a strategic partnership with Central Asia as Finland hardens its defences']);
    expect(await page.locator('#search-status').textContent()).toBe('1 brief found for “security Estlink”.');
    // A date is a word Pagefind takes apart; the date is only in the brief's metadata.
    expect(await search('2018-05-28')).toEqual(['EU steps up security cooperation in and with Asia (2018)']);
    expect(await page.locator('#search-status').textContent()).toBe('1 brief found for “2018-05-28”.');
  });

  it('says so when the search index cannot load, and loads it again for the next search', async () => {
    const page = await tab(context);
    // The list of the index's parts, fetched with Pagefind's code: offline for the first search.
    await page.route('**/pagefind/parts.json', (route) => route.abort('internetdisconnected'));
    await page.goto(`${siteUrl()}search/?q=security`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Search could not load its index. Check your connection, then search again.');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.unroute('**/pagefind/parts.json');
    // Never taken from a cache without asking the server (Chromium revalidates with max-age=0): a
    // list from before a publication names the wrong parts.
    const listRequest = page.waitForRequest('**/pagefind/parts.json');
    await page.locator('#search-input').fill('Estlink');
    expect((await (await listRequest).allHeaders())['cache-control']).toBe('max-age=0');
    await page.locator('#search-input').press('Enter');
    await page.locator('#search-results li.result').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/^1 brief found for “Estlink”/);
  });

  it('the header box submits to the search page as a plain form, which has its own box, ready to type in', async () => {
    const page = await open('');
    await page.locator('#site-search').fill('landmines');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/search\/\?q=landmines$/);
    await page.locator('#search-results li.result').first().waitFor();
    // One search box on the search page: the header's would be a second.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    const bare = await open('search/');
    await expect.poll(() => bare.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  // Keys within a page, the same under a base path: checked at the root only.
  it.skipIf(base() !== '/')('keyboard: / focuses search, arrows move through results', async () => {
    const page = await open('search/?q=security');
    await page.locator('#search-results li.result').first().waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-title');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).not.toBe('result-title');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-title');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    // A filter ticked with the space bar keeps the focus while the results update.
    await page.locator('#search-filters summary').click();
    const box = page.locator('#search-filters input[name="kind"][value="Press release"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=Press\+release/);
    await expect.poll(() => page.evaluate(() => [(document.activeElement as HTMLInputElement | null)?.name, (document.activeElement as HTMLInputElement | null)?.checked])).toEqual(['kind', true]);
  });

  it('without JavaScript, the search page says so and offers the browse pages', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl()}search/?q=estlink`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Search needs JavaScript/);
    expect(text).toContain('topics, countries, organisations, people, the timeline and the glossary.');
    // The keys that work only with the script are not offered.
    expect(await page.locator('#search-help').isVisible()).toBe(false);
    for (const path of ['topics/', 'countries/', 'timeline/']) expect(await page.locator(`main a[href$="/${path}"]`).count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

// Ranking is the index's, not the addresses': checked at the root only.
describe.skipIf(base() !== '/')('ranking on real questions', () => {
  // One tab for every query, as a reader searching again would.
  let page: Page;
  beforeAll(async () => {
    page = await tab(context);
  });
  it.each([
    ['Estlink', 'eu-central-asia-summit-finland', 'finland-responds-to-security-threats'],
    ['landmines', 'eu-central-asia-summit-finland', 'finland-responds-to-security-threats'],
    ['Samarkand', 'eu-central-asia-summit-finland', 'the-first-eu-central-asia-summit-in-samarkand'],
    ['selective engagement', 'eu-russia-central-asia', 'is-cooperation-possible'],
    ['PESCO', 'eeas-asia-security-2018', 'missions-operations-and-pesco'],
    ['Shangri-La', 'kallas-asia-security', 'pressure-from-washington'],
    ['Norway', 'eu-global-partnerships', 'deepening-security-ties-with-norway'],
    ['CARICC', 'eu-russia-central-asia', 'converging-interests'],
    ['Mogherini', 'eeas-asia-security-2018', 'the-decision-of-28-may-2018'],
    ['accession negotiations Ukraine', 'eu-global-partnerships', 'advancements-in-eu-enlargement'],
    // Pages about entities match these first; the brief still leads the list, at its section.
    ['Ottawa Convention', 'eu-central-asia-summit-finland', 'finland-responds-to-security-threats'],
    ['Trans-Caspian', 'eu-central-asia-summit-finland', 'a-stronger-strategic-partnership'],
    ['Karasin', 'eu-russia-central-asia', 'converging-interests'],
    // A date, an amount and a quotation are phrases, whose first match Pagefind gives is in the
    // page's own parts (its source card, its key figures): the section holds a later one.
    ['1 April', 'eu-central-asia-summit-finland', 'dialogue-with-international-partners'],
    ['2 percent', 'eu-central-asia-summit-finland', 'finland-responds-to-security-threats'],
    ['"critical raw materials"', 'eu-central-asia-summit-finland', 'the-first-eu-central-asia-summit-in-samarkand'],
  ])('%s puts the right brief first and links the right section', async (query, brief, section) => {
    await page.goto(`${siteUrl()}search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results li.result').first();
    await first.waitFor();
    expect(await first.locator('.result-title').getAttribute('href')).toMatch(new RegExp(`/briefs/${brief}/`));
    const sections = await first.locator('a.result-title, a.section-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(sections).toContain(`#${section}`);
  });
});

describe('citation', () => {
  it('names the linked section and today as the date accessed', async () => {
    const page = await open('briefs/eu-russia-central-asia/#barriers-to-cooperation');
    const text = await page.locator('[data-brief-citation]').textContent();
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(text).toContain('section “Barriers to cooperation”');
    expect(text).toContain(`briefs/eu-russia-central-asia/#barriers-to-cooperation (last updated`);
    expect(text).toContain(`accessed ${today}).`);
    await page.locator('button[data-copy="brief"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});
