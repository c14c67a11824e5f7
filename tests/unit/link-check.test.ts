import { describe, expect, it } from 'vitest';
import { checkLinks, fileForPath } from '../../src/lib/link-check.ts';

const page = (ids: string[], links: string[]) => ({ ids: new Set(ids), links });

describe('link checker', () => {
  it('maps paths to output files', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/briefs/x/')).toBe('briefs/x/index.html');
    expect(fileForPath('/rss.xml')).toBe('rss.xml');
  });
  it('passes links that resolve, at the root and under a base path', () => {
    for (const base of ['/', '/briefing/']) {
      const pages = new Map([
        ['index.html', page(['main'], [`${base}briefs/a/#intro`, '#main', 'briefs/a/', 'https://example.org/x', `${base}rss.xml`])],
        ['briefs/a/index.html', page(['intro'], ['../../', '#intro'])],
      ]);
      expect(checkLinks(pages, new Set(['rss.xml']), base, 'http://localhost:4321')).toEqual([]);
    }
  });
  it('reports a missing page and a missing fragment with the ids the page has', () => {
    const pages = new Map([
      ['index.html', page([], ['/briefs/a/#intro-x', '/briefs/b/', '/other/'])],
      ['briefs/a/index.html', page(['intro', 'barriers'], [])],
    ]);
    const broken = checkLinks(pages, new Set(), '/', 'http://localhost:4321');
    expect(broken).toEqual([
      { page: '/index.html', href: '/briefs/a/#intro-x', reason: 'no id "intro-x" on /briefs/a/; its ids are: intro, barriers' },
      { page: '/index.html', href: '/briefs/b/', reason: 'no page at /briefs/b/' },
      { page: '/index.html', href: '/other/', reason: 'no page at /other/' },
    ]);
  });
  it('reports links that escape the base path', () => {
    const pages = new Map([['index.html', page([], ['/briefs/a/'])]]);
    expect(checkLinks(pages, new Set(), '/briefing/', 'http://localhost')[0]?.reason).toMatch(/outside the site's base path/);
  });
});

describe('link ledger', () => {
  it('reports a broken link shared by many pages once, with how many other pages carry it', () => {
    const pages = new Map([
      ['index.html', page(['main'], ['/gone/', '/gone/'])],
      ['a/index.html', page(['main'], ['/gone/', '/#main'])],
      ['b/index.html', page(['main'], ['../gone/', '/#nope'])],
    ]);
    expect(checkLinks(pages, new Set(), '/', 'http://localhost')).toEqual([
      { page: '/b/index.html', href: '/#nope', reason: 'no id "nope" on /; its ids are: main' },
      { page: '/index.html', href: '/gone/', reason: 'no page at /gone/', alsoOn: 2 },
    ]);
  });
  it('resolves an href that means the same on every page once, and one relative to its page on each', () => {
    const pages = new Map([
      ['a/index.html', page(['top'], ['#top', 'x/', 'http://localhost/gone/', 'https://example.org/', 'mailto:a@example.org'])],
      ['b/index.html', page([], ['#top', 'x/', 'http://localhost/gone/', 'https://example.org/', 'mailto:a@example.org'])],
      ['b/x/index.html', page([], [])],
    ]);
    expect(checkLinks(pages, new Set(), '/', 'http://localhost')).toEqual([
      { page: '/a/index.html', href: 'x/', reason: 'no page at /a/x/' },
      { page: '/a/index.html', href: 'http://localhost/gone/', reason: 'no page at /gone/', alsoOn: 1 },
      { page: '/b/index.html', href: '#top', reason: 'no id "top" on /b/; its ids are: (none)' },
    ]);
  });
});
