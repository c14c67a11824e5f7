import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SiteReader } from '../../src/integrations/read-site.ts';
import { outputFile, readPage, unsafeMarkup } from '../../src/lib/page-reading.ts';

describe('reading a built page', () => {
  it('finds its ids, repeated ids, links and search mark', () => {
    const page = readPage('<main id="main" data-pagefind-body><h2 id="a">A</h2><p id="a"><a href="/x/#a">x</a><a href="#main">m</a><a name="n">no href</a><img src="/images/c.png" alt=""></p></main>');
    expect([...page.ids]).toEqual(['main', 'a']);
    expect(page.duplicateIds).toEqual(['a']);
    expect(page.hrefs).toEqual(['/x/#a', '#main', '/images/c.png']);
    expect(page.searchable).toBe(true);
    expect(readPage('<p id="">x</p>').searchable).toBe(false);
    expect(page.date).toBeUndefined();
  });

  it('reads ids, links and dates as a browser does, character references decoded', () => {
    const page = readPage('<main><h2 id="eu&#x27;s-aims">A</h2><a href="/search/?q=a&amp;b">s</a><a href="/x/?q=1&copy=2">c</a><img src="/i&#46;png" alt="&amp;"><p>&lt;a href="/not-a-link/"&gt; &amp; text</p></main>');
    expect([...page.ids]).toEqual(["eu's-aims"]);
    // "&copy=" stays as written in an attribute (the legacy reference rule), as browsers read it.
    expect(page.hrefs).toEqual(['/search/?q=a&b', '/x/?q=1&copy=2', '/i.png']);
    expect(readPage('<article><span data-pagefind-meta="date">2025&#8209;03</span></article>').date).toBe('2025\u201103');
  });

  it('finds the date a brief’s search entry carries, which orders the parts of the search index', () => {
    const brief = '<article data-pagefind-body><h1>A</h1><div hidden><span data-pagefind-meta="date">2025-03</span><span data-pagefind-filter="year">2025</span></div><p>Text</p></article>';
    expect(readPage(brief).date).toBe('2025-03');
    expect(readPage('<main data-pagefind-body><span data-pagefind-meta="type">entity</span></main>').date).toBeUndefined();
  });

  it('keeps no part of the page alive: what a site reading holds is its ids and links, not its pages', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // 200 pages of 1 MB each; V8 would keep each alive for an id sliced from it.
    const kept = Array.from({ length: 200 }, (_, i) => readPage(`<h2 id="section-number-${i}">x</h2><a href="/briefs/brief-number-${i}/#section">y</a><p>${'z'.repeat(2 ** 20)}</p>`));
    gc();
    expect(kept.map((page) => [...page.ids][0])).toContain('section-number-199');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 2 ** 20);
  });

  it('names the file Astro writes for a page, under a base path too', () => {
    for (const base of ['/', '/briefing/']) {
      expect(outputFile(base, base)).toBe('index.html');
      expect(outputFile(`${base}briefs/x/`, base)).toBe('briefs/x/index.html');
      expect(outputFile(`${base}404/`, base)).toBe('404.html');
      expect(outputFile(`${base}404`, base)).toBe('404.html');
      expect(outputFile(`${base}countries/c%C3%B4te/`, base)).toBe('countries/côte/index.html');
      expect(outputFile(`${base}countries/404/`, base)).toBe('countries/404/index.html');
    }
  });
});

describe('reading the built site', () => {
  const site = async (files: Record<string, string>) => {
    const dir = await mkdtemp(`${tmpdir()}/site-`);
    for (const [file, html] of Object.entries(files)) {
      await mkdir(`${dir}/${file}`.replace(/\/[^/]*$/, ''), { recursive: true });
      await writeFile(`${dir}/${file}`, html);
    }
    return dir;
  };

  it('reads back from disk the pages it was not handed, and checks links across both', async () => {
    const dir = await site({
      'index.html': '<a href="/briefs/a/#two">a</a>',
      'briefs/a/index.html': '<main data-pagefind-body><h2 id="one">1</h2><h2 id="two">2</h2></main>',
      'old/index.html': '<meta http-equiv="refresh" content="0;url=/briefs/a/"><a href="/briefs/a/#gone">a</a>',
      'rss.xml': '<rss/>',
    });
    try {
      const reader = new SiteReader('/', 'http://localhost');
      await reader.add('index.html', '<a href="/briefs/a/#two">a</a>');
      await reader.add('briefs/a/index.html', '<main data-pagefind-body><h2 id="one">1</h2><h2 id="two">2</h2></main>');
      const reading = await reader.finish(dir);
      expect(reading.pages).toBe(3);
      expect(reading.readBack).toBe(1);
      expect(reading.searchable).toBe(1);
      expect(reading.files.sort()).toEqual(['briefs/a/index.html', 'index.html', 'old/index.html', 'rss.xml']);
      expect(reading.broken).toEqual([{ page: '/old/index.html', href: '/briefs/a/#gone', reason: 'no id "gone" on /briefs/a/; its ids are: one, two' }]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('refuses a page handed over twice, or one the build never wrote', async () => {
    const dir = await site({ 'index.html': '<p>home</p>' });
    try {
      const reader = new SiteReader('/', 'http://localhost');
      await reader.add('index.html', '<p>home</p>');
      await expect(reader.add('index.html', '<p>home</p>')).rejects.toThrow('index.html was handed to the checks twice');
      await reader.add('briefs/ghost/index.html', '<p>ghost</p>');
      await expect(reader.finish(dir)).rejects.toThrow('pages were rendered that the build did not write: briefs/ghost/index.html');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe("what a brief's text may not hold", () => {
  const page = (text: string) => `<html><head><script type="module" src="/_astro/a.js"></script><meta http-equiv="Content-Security-Policy" content="x"></head><body><form action="/search/"></form><section-links>${text}</section-links></body></html>`;
  it('finds, in the text only, what runs code or leaves the page, however its address is written', () => {
    expect(readPage(page('<p>Plain <a href="/briefs/x/">text</a>, <q cite="https://example.org/">quoted</q>.</p>')).unsafe).toEqual([]);
    expect(readPage(page('<p><script>x</script><iframe src="/x/"></iframe><meta http-equiv="refresh"></p>')).unsafe).toEqual(['<script>', '<iframe>', '<meta>']);
    expect(readPage(page('<span onclick="x">a</span><q cite="&#106;avascript:x">b</q><a href=" JAVA\tSCRIPT:x">c</a><iframe srcdoc="x">')).unsafe).toEqual(['<span onclick>', '<q cite="&#106;avascript:x">', '<a href=" JAVA\tSCRIPT:x">', '<iframe>']);
  });
  it('leaves the page around the text to the site, whose own scripts and search form it holds', () => {
    expect(unsafeMarkup('script', { type: 'module', src: '/_astro/a.js' })).toBe('<script>');
    expect(readPage(page('')).unsafe).toEqual([]);
  });
});
