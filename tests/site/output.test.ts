import { readdir, readFile } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { base, BRIEF_IDS, brotliSize, htmlPages, outDir, readOut, site } from '../support/dist.ts';
import { decodeFragment, fragmentId, type Fragment } from '../../src/lib/pagefind-fragment.ts';
import { combine, DEFAULT_PART_PAGES, readParts } from '../../src/lib/search-parts.ts';

const SOURCE_TITLES: Record<string, string> = {
  'eu-central-asia-summit-finland': 'Geopolitical Shifts: EU-Central Asia Partnership and Finland’s Response to Security Threats',
  'eu-russia-central-asia': 'The Perks of an Unlikely Couple: Why Cooperation between the EU and Russia in Central Asia is Worth Considering',
  'eu-global-partnerships': 'European Union Strengthens Global Partnerships Amidst Geopolitical Shifts',
  'kallas-asia-security': 'EU urged to deepen security ties with Asia despite US pressure, says Kallas',
  'eeas-asia-security-2018': 'Asia security cooperation: EU increases engagement on security in and with Asia',
};

/** Elements of a page as [tag, attributes, text] triples, for assertions on structure. */
function elements(html: string) {
  const found: { tag: string; attrs: Record<string, string>; text: string }[] = [];
  const stack: (typeof found)[number][] = [];
  const parser = new Parser({
    onopentag(tag, attrs) {
      const el = { tag, attrs, text: '' };
      found.push(el);
      stack.push(el);
    },
    ontext(text) {
      for (const el of stack) el.text += text;
    },
    onclosetag() {
      stack.pop();
    },
  });
  parser.end(html);
  return found;
}

describe('brief pages', () => {
  it.each(BRIEF_IDS)('%s cites its source by its original title and anchors every section', async (id) => {
    const html = await readOut(`briefs/${id}/index.html`);
    const cite = elements(html).find((e) => e.tag === 'cite');
    expect(cite?.text).toBe(SOURCE_TITLES[id]);
    const els = elements(html);
    const body = els.filter((e) => /^h[23]$/.test(e.tag) && e.attrs['id'] && !/-heading$/.test(e.attrs['id']!));
    expect(body.length).toBeGreaterThanOrEqual(4);
    for (const heading of body) {
      const link = els.find((e) => e.tag === 'a' && e.attrs['class'] === 'anchor-link' && e.attrs['href'] === `#${heading.attrs['id']}`);
      expect(link, `anchor link for #${heading.attrs['id']}`).toBeDefined();
      expect(link!.attrs['aria-label']).toBe(`Copy link to section: ${heading.text}`);
      const toc = els.find((e) => e.tag === 'a' && e.attrs['href'] === `#${heading.attrs['id']}` && e.attrs['class'] !== 'anchor-link');
      expect(toc, `contents entry for #${heading.attrs['id']}`).toBeDefined();
    }
    expect(els.filter((e) => e.tag === 'h1')).toHaveLength(1);
    expect(els.some((e) => e.tag === 'time' && /^\d{4}(-\d{2}){0,2}$/.test(e.attrs['datetime'] ?? ''))).toBe(true);
    expect(els.some((e) => e.tag === 'section' && e.attrs['aria-labelledby'] === 'related-heading')).toBe(true);
  });

  it('marks inferred dates and says how they were inferred', async () => {
    const html = await readOut('briefs/eu-central-asia-summit-finland/index.html');
    expect(html).toMatch(/<time datetime="2025-04"[^>]*>April 2025<\/time><span class="inferred"[^>]*> \(inferred\)<\/span>/);
    expect(html).toMatch(/prints no date and no year/);
    // The source card says both in one bracket.
    expect(html).toMatch(/<time datetime="2025-04"[^>]*>April 2025<\/time><span class="muted"[^>]*> \(inferred; month only\)<\/span>/);
    expect(html).not.toMatch(/\(inferred\)<\/span>\s*<span class="muted"[^>]*> \(month only\)/);
    const blog = await readOut('briefs/eu-global-partnerships/index.html');
    expect(blog).toMatch(/\(inferred; month only\)/);
    expect(await readOut('briefs/eeas-asia-security-2018/index.html')).toMatch(/archived by its publisher/);
  });

  it('marks the first use of an abbreviation and links it to the glossary, never beside another link', async () => {
    const html = await readOut('briefs/eu-russia-central-asia/index.html');
    expect(html).toMatch(new RegExp(`<a href="${base()}glossary/#eeu" class="abbr-link"><abbr title="Eurasian Economic Union">EEU</abbr></a>`));
    // "Belt and Road Initiative (BRI)": the name is an entity link, so the abbreviation beside it is expanded, not linked.
    expect(html).toMatch(/Belt and Road Initiative<\/a> \(<abbr title="Belt and Road Initiative">BRI<\/abbr>\)/);
    // "United Nations Development Programme (UNDP)" is one link: the abbreviation is expanded, not linked.
    expect(html).toMatch(/Development Programme<\/a> \(<abbr title="United Nations Development Programme">UNDP<\/abbr>\)/);
    // Inside an entity link the abbreviation is still expanded, without a second link.
    expect(html).toMatch(/<abbr title="Central Asian Regional Information and Coordination Centre for Combating Illicit Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors">CARICC<\/abbr>/);
    expect(html.match(/<abbr title="Shanghai Cooperation Organisation">SCO<\/abbr>/g)).toHaveLength(1);
  });

  it('links the first mention of an entity in a section, never inside headings or quotations', async () => {
    const html = await readOut('briefs/kallas-asia-security/index.html');
    const els = elements(html);
    const headingLinks = els.filter((e) => /^h[1-3]$/.test(e.tag) && /class="entity-link"/.test(e.text));
    expect(headingLinks).toHaveLength(0);
    expect(html).toContain(`<a href="${base()}people/kaja-kallas/" class="entity-link">Kaja Kallas</a>`);
    // Kallas's quotation names China; the link to China comes from the narration, not from inside the quote.
    expect(html).not.toMatch(/“[^”]*class="entity-link"[^”]*”/);
  });

  it('lets a former section id land on its section', async () => {
    const html = await readOut('briefs/eu-russia-central-asia/index.html');
    expect(html).toMatch(/<span id="references"[^>]*><\/span><div class="heading-wrapper level-h2"><h2 id="sources-the-brief-draws-on">/);
  });
});

describe('home page', () => {
  it('lists every brief, newest source first, with kind, date, summary and topics', async () => {
    const html = await readOut('index.html');
    const order = BRIEF_IDS.map((id) => [id, html.indexOf(`briefs/${id}/`)] as const).sort((a, b) => a[1] - b[1]);
    expect(order.map(([id]) => id)).toEqual([
      'kallas-asia-security',
      'eu-central-asia-summit-finland',
      'eu-global-partnerships',
      'eu-russia-central-asia',
      'eeas-asia-security-2018',
    ]);
    expect(html).toContain('Policy brief');
    expect(html).toContain(`href="${base()}topics/maritime-security/"`);
  });
  it('prints the frontmatter\'s and the registry\'s text as the body\'s, with typographer\'s quotes, on the page and in the feeds', async () => {
    // Written plainly in the brief's YAML: in her words, "the reliable partner"; the EU's.
    const summary = 'in her words, “the reliable partner”.';
    for (const file of ['index.html', 'briefs/kallas-asia-security/index.html', 'rss.xml', 'briefs.json']) {
      const text = await readOut(file);
      expect(text, file).toContain(summary);
      expect(text, file).not.toMatch(/the EU's|"the reliable partner"/);
    }
    expect(await readOut('briefs/kallas-asia-security/index.html')).toContain('leaders of Asia’s democracies');
    // And the registry's descriptions, on the pages about entities.
    expect(await readOut('countries/australia/index.html')).toContain('among the EU’s formal security and defence partners');
  });

  it('prints no straight quotation mark or apostrophe in the text a reader sees, on any page', async () => {
    const found: string[] = [];
    for (const file of await htmlPages()) {
      // Hidden search data and code are not read; everything else is, the site's own words included.
      const skipped: boolean[] = [];
      const parser = new Parser({
        onopentag(tag, attrs) {
          skipped.push(skipped.at(-1) || attrs['hidden'] !== undefined || ['script', 'style', 'code', 'pre', 'template'].includes(tag));
        },
        onclosetag() {
          skipped.pop();
        },
        ontext(text) {
          if (!skipped.at(-1) && /['"]/.test(text)) found.push(`${file}: ${text.trim().slice(0, 80)}`);
        },
      });
      parser.end(await readOut(file));
    }
    expect(found).toEqual([]);
  });
});

describe('entity pages', () => {
  it.each([
    ['countries/japan', 'Japan', 3],
    ['countries/kazakhstan', 'Kazakhstan', 2],
    ['countries/russia', 'Russia', 2],
    // Not the 2018 release, whose tag list names ASEAN (a section of page furniture), nor the
    // briefs whose cross-references to the Kallas report name Kallas (Briefing's own notes).
    ['organisations/asean', 'Association of Southeast Asian Nations', 1],
    ['people/kaja-kallas', 'Kaja Kallas', 1],
    ['countries/australia', 'Australia', 1],
    ['topics/maritime-security', 'Maritime security', 3],
  ])('%s lists its briefs and the sections mentioning it', async (key, name, count) => {
    const html = await readOut(`${key}/index.html`);
    const els = elements(html);
    expect(els.find((e) => e.tag === 'h1')?.text).toBe(name);
    expect(els.filter((e) => e.tag === 'a' && e.attrs['class'] === 'brief-link')).toHaveLength(count);
    const sectionLinks = els.filter((e) => e.tag === 'a' && /\/briefs\/[^/]+\/#/.test(e.attrs['href'] ?? ''));
    expect(sectionLinks.length).toBeGreaterThanOrEqual(count - 1);
  });

  it('says where an excerpt comes from a section the site corrects', async () => {
    // The Kallas report's list of partners, corrected for Australia.
    const australia = await readOut('countries/australia/index.html');
    expect(australia).toMatch(/#existing-partnerships-in-the-region"[^>]*>Existing partnerships in the region<\/a>(?:(?!<\/li>).)*Briefing has corrected a statement in this section, not necessarily the one above/s);
    // Norway's sections hold no correction.
    expect(await readOut('countries/norway/index.html')).not.toContain('Briefing has corrected');
  });

  it('completes an excerpt that ends on a colon with what it introduces', async () => {
    const excerpt = (html: string, section: string) => new RegExp(`#${section}"[^>]*>[^<]*</a><p class="excerpt"[^>]*>([^<]*)</p>`).exec(html)?.[1];
    // The quotation that follows "Kallas said:", whole.
    expect(excerpt(await readOut('countries/china/index.html'), 'an-independent-china-policy')).toBe(
      'Turning to the EU’s China relations, Kallas said: “China is telling us that they want to be good partners and they are interested in our partnership”',
    );
    // A list's first item, marked as going on.
    expect(excerpt(await readOut('topics/security-and-defence/index.html'), 'goals-of-the-cooperation')).toMatch(/is for: keeping the Union’s citizens safe; …$/);
    // A later item of that list starts with the sentence that introduces it, not bare.
    expect(excerpt(await readOut('topics/human-rights-and-democracy/index.html'), 'goals-of-the-cooperation')).toBe(
      'The release sets out what closer security cooperation in and with Asia is for: … defending the fundamental values on which the Union is built, the protection of human rights among them;',
    );
  });

  it('has an index page per kind', async () => {
    for (const kind of ['countries', 'regions', 'organisations', 'people', 'topics']) {
      expect(await readOut(`${kind}/index.html`)).toMatch(/appear in the briefs/);
    }
  });
});

describe('timeline and glossary', () => {
  it('lists every dated event in date order, from 1997 to 2029', async () => {
    const html = await readOut('timeline/index.html');
    const dates = [...html.matchAll(/<li id="event-\d+"[^>]*><p class="date"[^>]*><time datetime="([\d-]+)"/g)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates[0]).toBe('1997');
    expect(dates.at(-1)).toBe('2029');
    for (let i = 1; i < dates.length; i++) expect(dates[i]!.slice(0, 4) >= dates[i - 1]!.slice(0, 4), dates.join(' ')).toBe(true);
    expect(html).toContain('(year only)');
    // The overview is for the eye and the mouse; the list it summarises is there for everyone.
    expect(html).toMatch(/<figcaption class="visually-hidden"[^>]*>Timeline overview, 1997 to 2029/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });
  it('filters by country and topic without JavaScript', async () => {
    const finland = await readOut('timeline/countries/finland/index.html');
    expect(finland).toMatch(/Ottawa Convention/);
    expect(finland).not.toMatch(/Japan signs a security and defence partnership/);
    // A country's events are those that concern it, not every event of a section that names it:
    // the EU–ASEAN partnership is no event of Australia's, the 1997 treaty none of Russia's.
    expect(await htmlPages()).not.toContain('timeline/countries/australia/index.html');
    expect(await readOut('timeline/countries/russia/index.html')).not.toMatch(/1997 Ottawa Convention/);
    expect(await readOut('timeline/countries/kazakhstan/index.html')).toMatch(/First EU-Central Asia summit held in Samarkand/);
    expect(await readOut('timeline/countries/united-states/index.html')).toMatch(/President Stubb meets President Trump/);
    // Nor is a cited work's publication, told in the brief's list of sources, an event of Russia's
    // or China's; and a topic's events are those that concern it too.
    expect(await readOut('timeline/countries/russia/index.html')).not.toMatch(/Sattarov/);
    expect(await htmlPages()).not.toContain('timeline/topics/war-in-ukraine/index.html');
    expect(await readOut('timeline/topics/cyber-security/index.html')).toMatch(/Norway and the EU formalise a security and defence partnership/);
    expect(await readOut('timeline/topics/maritime-security/index.html')).toMatch(/Timeline: Maritime security/);
    // Counted in words that agree with the count, whatever it is.
    const leads = await Promise.all((await htmlPages()).filter((f) => f.startsWith('timeline/')).map(async (f) => [f, (await readOut(f)).match(/(\d[\d,]*) dated events?\b/)?.[0]] as const));
    expect(leads.filter(([, lead]) => lead === undefined)).toEqual([]);
    expect(leads.filter(([, lead]) => /^1 dated events$|^(?!1 )\d[\d,]* dated event$/.test(lead!))).toEqual([]);
    expect(leads.some(([, lead]) => lead === '1 dated event')).toBe(true);
  });
  it('expands every abbreviation the issue lists, and says how many the briefs\' own text uses', async () => {
    const html = await readOut('glossary/index.html');
    // FT is the registry's name for the Financial Times, UNODC only in the site's own note.
    expect(html).toMatch(/29 abbreviations, spelt out; 27 of them in the briefs’ own text, each with the briefs that use it\./);
    expect(html.match(/<div id="[^"]+"[^>]*><dt/g)).toHaveLength(29);
    expect(html.match(/class="used muted"/g)).toHaveLength(27);
    // The 2018 release names ASEAN only in its tag list, a section of page furniture: not a use, as on ASEAN's own page.
    expect(/id="asean".*?<\/div>/s.exec(html)?.[0]).not.toContain('briefs/eeas-asia-security-2018/');
    for (const abbr of ['CSDP', 'PESCO', 'CARICC', 'EAEU', 'OSCE', 'SCO', 'EUSR', 'EEA', 'ASEAN', 'CBRN', 'EBRD', 'EDB', 'UNODC', 'UNDP', 'OCT', 'BRI', 'MGIMO']) {
      expect(html, abbr).toMatch(new RegExp(`<div id="${abbr.toLowerCase()}"[^>]*><dt[^>]*><abbr title="[^"]+"[^>]*>${abbr}</abbr>`));
    }
  });
});

describe('feeds and data', () => {
  it('publishes an RSS feed with every brief', async () => {
    const xml = await readOut('rss.xml');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml.match(/<item>/g)).toHaveLength(5);
    for (const id of BRIEF_IDS) expect(xml).toContain(`${base()}briefs/${id}/</link>`);
    // Dated the day each brief went on Briefing, newest first, as briefs.json says; the source's date is in the description.
    const data = JSON.parse(await readOut('briefs.json')) as { briefs: { id: string; onBriefingSince: string }[] };
    const added = new Map(data.briefs.map((b) => [b.id, b.onBriefingSince]));
    const items = [...xml.matchAll(/<item>.*?<link>[^<]*briefs\/([^/]+)\/<\/link>.*?<pubDate>([^<]+)<\/pubDate>/gs)].map(([, id, date]) => ({ id: id!, date: new Date(date!).toISOString().slice(0, 10) }));
    expect(items.map((i) => i.date)).toEqual(items.map((i) => added.get(i.id)));
    expect([...items.map((i) => i.date)].sort().reverse()).toEqual(items.map((i) => i.date));
    expect(xml).toContain('(Written from: Newsletter issue, A Brussels public-affairs newsletter (its teasers name B&amp;K Agency), April 2025, date inferred.)');
    // A guid is a permalink only as a full address, which needs SITE_URL.
    for (const [, permalink, guid] of xml.matchAll(/<guid isPermaLink="(true|false)">([^<]*)<\/guid>/g)) expect(permalink === 'true').toBe(/^https?:\/\//.test(guid!));
    expect(xml.match(/<guid /g)).toHaveLength(5);
  });
  // A sitemap lists full addresses: there is none without SITE_URL (site-url.test.ts).
  it.skipIf(site() === '')('publishes a sitemap with every brief', async () => {
    const xml = await readOut('sitemap-0.xml');
    for (const id of BRIEF_IDS) expect(xml).toContain(`${base()}briefs/${id}/</loc>`);
    expect(xml).not.toContain(`${base()}search/</loc>`);
    expect(xml).not.toContain(`${base()}briefs/</loc>`);
  });
  it('answers a brief\'s address trimmed to its folder with the way to the briefs, not a missing page', async () => {
    const html = await readOut('briefs/index.html');
    expect(html).toContain(`Every brief is listed on the <a href="${base()}"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
  it('publishes briefs.json with every brief and its sections', async () => {
    const data = JSON.parse(await readOut('briefs.json'));
    expect(data.count).toBe(5);
    const russia = data.briefs.find((b: { id: string }) => b.id === 'eu-russia-central-asia');
    expect(russia.source.published).toBe('2020');
    expect(russia.sections.map((s: { id: string }) => s.id)).toContain('barriers-to-cooperation');
  });
  it('writes the anchor manifest, holding every recorded anchor', async () => {
    const manifest = JSON.parse(await readOut('anchors.json'));
    const recorded = JSON.parse(await readFile('content/published-anchors.json', 'utf8'));
    for (const [brief, ids] of Object.entries(recorded as Record<string, string[]>)) {
      for (const id of ids) expect(manifest[brief], `${brief}#${id}`).toContain(id);
    }
  });
});

describe('search index', () => {
  // What Pagefind keeps of each page: the text it matches words in and cuts result excerpts from.
  /** The pages of the site's search index, in all its parts, by id. */
  async function fragments(): Promise<Fragment[]> {
    return (await Promise.all(['', ...(await parts()).parts.map((p) => p.folder)].map(async (folder) => [...(await fragmentsOf(folder)).values()]))).flat();
  }
  /** The pages of one index (the main one, "", or a part's folder), by id, without the main index's directory of the parts' words. */
  async function fragmentsOf(folder: string, directory = false): Promise<Map<string, Fragment>> {
    const dir = `${outDir()}/pagefind/${folder}fragment`;
    const all = await Promise.all((await readdir(dir)).map(async (f) => [fragmentId(f), decodeFragment(await readFile(`${dir}/${f}`))] as const));
    return new Map(all.filter(([, f]) => directory || !f.url.startsWith('/pagefind/directory/')));
  }
  const parts = async () => readParts(JSON.parse(await readOut('pagefind/parts.json')));

  it('is the main index alone, or, when the briefs outnumber SEARCH_PART_PAGES, briefs in parts of that many, newest first', async () => {
    const { main, parts: list } = await parts();
    const all = await fragments();
    expect(all.length).toBeGreaterThan(5);
    // Every page is in exactly one index.
    expect(new Set(all.map((f) => f.url)).size).toBe(all.length);
    const briefs = all.filter((f) => f.url.includes('/briefs/'));
    const size = Number(process.env['SEARCH_PART_PAGES'] ?? DEFAULT_PART_PAGES);
    expect(list).toHaveLength(briefs.length > size ? Math.ceil(briefs.length / size) : 0);
    if (list.length === 0) {
      expect(main).toEqual(combine(briefs.map((f) => ({ pages: 1, newest: f.meta['date']!, oldest: f.meta['date']! }))));
      return;
    }
    // The main index holds the pages about entities and the glossary, which every search looks
    // through; each part holds briefs only, the newest in the first.
    expect(main).toEqual({ pages: 0 });
    expect([...(await fragmentsOf('')).values()].every((f) => !f.url.includes('/briefs/'))).toBe(true);
    // ...and a directory: a record of each part's words, under the id parts.json gives it.
    const directory = await fragmentsOf('', true);
    let newer: string | undefined;
    for (const part of list) {
      const held = [...(await fragmentsOf(part.folder)).values()];
      const words = new Set(directory.get(part.key)?.content.split(' '));
      for (const { content } of held) for (const word of content.toLowerCase().split(/\s+/)) expect(words.has(word), `${part.folder}: ${word}`).toBe(true);
      expect(held.every((f) => f.url.includes('/briefs/')), part.folder).toBe(true);
      expect(held.length).toBe(part.pages);
      expect(part.pages).toBeLessThanOrEqual(size);
      const dates = held.map((f) => f.meta['date']!).sort();
      expect([dates[0], dates.at(-1)]).toEqual([part.oldest, part.newest]);
      if (newer !== undefined) expect(part.newest! <= newer, part.folder).toBe(true);
      newer = part.oldest;
    }
  });

  it("keeps a page's words apart: no label runs into its value, no filter value into the next", async () => {
    const all = await fragments();
    for (const { url, content } of all) {
      // A lower-case letter straight before a capital and more lower case ("titleThe",
      // "IndiaJapan") is two words run together; the site's own text has none.
      expect(content.match(/\p{Ll}\p{Lu}\p{Ll}+/gu) ?? [], url).toEqual([]);
    }
    const briefs = all.filter((f) => f.url.includes('/briefs/'));
    expect(briefs).toHaveLength(5);
    for (const { url, content, filters } of briefs) {
      expect(content, url).toMatch(/Original title [^ ]/);
      // Filter values are search data, not text: none of them is written into the words.
      expect(content, url).not.toContain(filters['topic']!.join(''));
      // Nor are a map's legend and list of countries, or a note's reference, which ran into the text in excerpts.
      expect(content, url).not.toMatch(/Briefs per country|Countries on this map|Reference:/);
    }
  });
});

describe('budgets and privacy', () => {
  it('a first visit to any brief costs at most 15 KB brotli beside its own words (24 KB all told), with at most 2 KB of JS and one stylesheet', async () => {
    for (const id of BRIEF_IDS) {
      const html = await readOut(`briefs/${id}/index.html`);
      const els = elements(html);
      const styles = els.filter((e) => e.tag === 'link' && e.attrs['rel'] === 'stylesheet');
      expect(styles, 'one stylesheet').toHaveLength(1);
      const scripts = els.filter((e) => e.tag === 'script' && e.attrs['src']);
      expect(els.filter((e) => e.tag === 'script' && !e.attrs['src'] && e.attrs['type'] !== 'application/ld+json'), 'no inline scripts').toHaveLength(0);
      for (const s of scripts) expect(s.attrs['type'], 'scripts are modules, so never render-blocking').toBe('module');
      const local = (href: string) => readFile(`${outDir()}/${href.slice(base().length)}`);
      const css = await Promise.all(styles.map((s) => local(s.attrs['href']!)));
      // Every script a page loads, with the modules they import statically, each once, as a browser loads it.
      const js: Buffer[] = [];
      const queue = scripts.map((s) => s.attrs['src']!);
      const loaded = new Set<string>();
      for (let src = queue.shift(); src; src = queue.shift()) {
        if (loaded.has(src)) continue;
        loaded.add(src);
        const code = await local(src);
        js.push(code);
        for (const m of code.toString().matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(src.replace(/[^/]+$/, m[1]!.slice(2)));
      }
      const jsBytes = js.reduce((n, b) => n + brotliSize(b), 0);
      const total = brotliSize(html) + css.reduce((n, b) => n + brotliSize(b), 0) + jsBytes;
      // The page around the words: the brief's own text is content, not weight the site adds, and
      // a faithful brief is as long as its source needs. Everything else is held to 15 KB.
      const start = html.indexOf('<div class="brief-body"');
      const words = html.slice(start, html.indexOf('</section-links>', start)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(jsBytes, `${id}: JS before interaction`).toBeLessThanOrEqual(2048);
      expect(total - brotliSize(words), `${id}: first visit, apart from the brief's own words`).toBeLessThanOrEqual(15 * 1024);
      expect(total, `${id}: first visit, all told`).toBeLessThanOrEqual(24 * 1024);
    }
  });

  it('ships no selector a browser would drop: no Astro-only :global() left in a stylesheet', async () => {
    // A `:global()` in a `<style is:global>` is not rewritten, and a browser ignores its whole rule.
    const sheets = (await readdir(`${outDir()}/_astro`)).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect((await readFile(`${outDir()}/_astro/${sheet}`, 'utf8')).match(/:global\([^)]*\)+/g) ?? [], sheet).toEqual([]);
  });

  it('no page refers to another host for anything it loads', async () => {
    for (const file of await htmlPages()) {
      const els = elements(await readOut(file));
      for (const el of els) {
        const url = el.tag === 'a' ? undefined : (el.attrs['src'] ?? (el.tag === 'link' && el.attrs['rel'] !== 'canonical' ? el.attrs['href'] : undefined));
        if (url) expect(url, `${file}: <${el.tag}>`).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
});

describe('metadata and publishing files', () => {
  it('gives each brief a description, canonical URL, Open Graph and schema.org Report', async () => {
    const html = await readOut('briefs/kallas-asia-security/index.html');
    const els = elements(html);
    const meta = (key: string) => els.find((e) => e.tag === 'meta' && (e.attrs['name'] === key || e.attrs['property'] === key))?.attrs['content'];
    expect(meta('description')).toMatch(/^Caliber\.az, citing what Kaja Kallas told the Financial Times/);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe('Kallas urges the EU to deepen security ties with Asia');
    // Without SITE_URL there is no canonical address to give (site-url.test.ts).
    if (site()) expect(els.find((e) => e.tag === 'link' && e.attrs['rel'] === 'canonical')?.attrs['href']).toBe(`${site()}${base()}briefs/kallas-asia-security/`);
    // The page shown for every address that has none has no address of its own, and is not indexed.
    const notFound = await readOut('404.html');
    expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    const ld = JSON.parse(els.find((e) => e.tag === 'script' && e.attrs['type'] === 'application/ld+json')!.text);
    expect(ld).toMatchObject({
      '@type': 'Report',
      headline: 'Kallas urges the EU to deepen security ties with Asia',
      isBasedOn: { name: 'EU urged to deepen security ties with Asia despite US pressure, says Kallas', author: { name: 'Sabina Mammadli' }, datePublished: '2025-07-21', genre: 'News report' },
    });
    // Topics by their names, as in the feed's categories, not the registry's ids.
    expect(ld.keywords).toContain('Security and defence');
    expect(ld.keywords).not.toContain('security-and-defence');
    expect(await readOut('rss.xml')).toContain('<category>Security and defence</category>');
  });
  it('has a Content-Security-Policy without unsafe-inline scripts, and a headers file for static hosts', async () => {
    const html = await readOut('index.html');
    const csp = elements(html).find((e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')?.attrs['content'];
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    const headers = await readOut('_headers');
    expect(headers).toContain(`${base()}*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
    expect(headers).toMatch(new RegExp(`${base()}_astro/\\*\\n  Cache-Control: public, max-age=31536000, immutable`));
  });
  it('has robots.txt pointing at the sitemap, where there is one', async () => {
    const robots = await readOut('robots.txt');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    if (site()) expect(robots).toContain(`Sitemap: ${site()}${base()}sitemap-index.xml`);
    else expect(robots).not.toContain('Sitemap:');
  });
  it('cites the brief and its source', async () => {
    const html = await readOut('briefs/eu-russia-central-asia/index.html');
    // Without SITE_URL the page holds the site-relative address, and its script puts in the
    // address the reader is on (site-url.test.ts).
    expect(html).toMatch(/“The EU and Russia in Central Asia, a case for selective cooperation”\. Briefing\. \S+ \(last updated \d+ \w+ \d{4}; accessed the date you read it\)\./);
    expect(html).toContain(`Briefing. ${site()}${base()}briefs/eu-russia-central-asia/ (last updated`);
    expect(html).toContain('Fabienne Bossuyt. “The Perks of an Unlikely Couple: Why Cooperation between the EU and Russia in Central Asia is Worth Considering”. United Nations University Institute on Comparative Regional Integration Studies, 2020. Policy brief.');
    expect(html).toMatch(/On Briefing since <time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});

describe('change log', () => {
  it('shows a brief\'s changes and links to them from its dates', async () => {
    const html = await readOut('briefs/eu-russia-central-asia/index.html');
    expect(html).toMatch(/<a href="#changes-heading"[^>]*>what changed<\/a>/);
    expect(html).toMatch(/<h2 id="changes-heading"[^>]*>Changes to this brief<\/h2>/);
    expect(html).toMatch(/<time datetime="2026-11-23">23 November 2026<\/time>: Added the web addresses/);
  });
  it('marks dates in the text as <time>', async () => {
    const html = await readOut('briefs/eu-global-partnerships/index.html');
    expect(html).toContain('<time datetime="2024-06-25">25 June 2024</time>');
    expect(await readOut('briefs/eu-central-asia-summit-finland/index.html')).toContain('<time datetime="04-04">4 April</time>');
  });
});
