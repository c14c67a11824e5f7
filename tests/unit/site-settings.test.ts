import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { partFolder, readParts } from '../../src/lib/search-parts.ts';
import { countOf, formatCount } from '../../src/lib/labels.ts';
import { briefCitation, sourceCitation } from '../../src/lib/brief-data.ts';
import { parsePartialDate } from '../../src/lib/dates.ts';

describe('site settings from the environment', () => {
  it('normalises the base path', () => {
    expect(siteSettings({}).base).toBe('/');
    expect(siteSettings({ BASE_PATH: 'briefing' }).base).toBe('/briefing/');
    expect(siteSettings({ BASE_PATH: '/briefing/' }).base).toBe('/briefing/');
    expect(siteSettings({ BASE_PATH: '/' }).base).toBe('/');
  });
  it('has no site at all without SITE_URL (never a guessed localhost)', () => {
    expect(siteSettings({}).site).toBeUndefined();
    expect(siteSettings({ SITE_URL: ' ' }).site).toBeUndefined();
    expect(siteSettings({ SITE_URL: 'https://briefs.example.org' }).site).toBe('https://briefs.example.org');
  });
  it('refuses a site that is not an absolute URL, saying how to set it', () => {
    expect(() => siteSettings({ SITE_URL: 'briefs.example.org' })).toThrow(/SITE_URL "briefs.example.org" is not an absolute URL/);
  });
  it('takes the pages per part of the search index from SEARCH_PART_PAGES, refusing what is not a whole number', () => {
    expect(siteSettings({}).searchPartPages).toBe(2500);
    expect(siteSettings({ SEARCH_PART_PAGES: ' 40 ' }).searchPartPages).toBe(40);
    for (const bad of ['0', '-5', '2.5', '1e3', 'many']) {
      expect(() => siteSettings({ SEARCH_PART_PAGES: bad }), bad).toThrow(`SEARCH_PART_PAGES "${bad}" is not a whole number of pages: set it like 2500`);
    }
  });
});

describe('counts', () => {
  it('are written with thousands separated, and the noun agreeing', () => {
    expect(countOf(1, 'brief', 'briefs')).toBe('1 brief');
    expect(countOf(0, 'brief', 'briefs')).toBe('0 briefs');
    expect(countOf(20000, 'brief', 'briefs')).toBe('20,000 briefs');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('the list of search index parts', () => {
  it('is a list of part folders, and nothing else is merged', () => {
    expect(readParts([])).toEqual([]);
    expect(readParts([partFolder(1), partFolder(12)])).toEqual(['parts/1/', 'parts/12/']);
    for (const bad of [{}, ['../other/'], ['https://elsewhere.example/pagefind/'], ['parts/1'], [1], ['parts/0/'], ['parts/01/'], ['other/parts/1/'], ['parts/1/../../x/']]) {
      expect(() => readParts(bad), JSON.stringify(bad)).toThrow("the search index's parts.json is not a list of part folders");
    }
  });
});


describe('citations', () => {
  it('cites a source with its author, publisher, date and kind', () => {
    expect(
      sourceCitation({
        title: 'EU urged',
        kind: 'news-report',
        publisher: 'Caliber.az',
        author: 'Sabina Mammadli',
        published: parsePartialDate('2025-07-21')!,
        citedFrom: 'Financial Times',
      }),
    ).toBe('Sabina Mammadli. “EU urged”. Caliber.az, 21 July 2025. news report, citing the Financial Times.');
    expect(
      sourceCitation({ title: 'Shifts', kind: 'newsletter', publisher: 'A newsletter', published: parsePartialDate('2025-04')!, dateInferred: true }),
    ).toBe('“Shifts”. A newsletter, April 2025 (date inferred). newsletter.');
  });
  it('cites a brief section with its address and dates', () => {
    expect(briefCitation({ title: 'T', section: 'S', url: 'https://x/briefs/t/#s', updated: '1 May 2026', accessed: '2 May 2026' })).toBe(
      '“T”, section “S”. Briefing. https://x/briefs/t/#s (last updated 1 May 2026; accessed 2 May 2026).',
    );
  });
});

import { parseGitLog } from '../../src/lib/git-dates.ts';

describe('git dates', () => {
  it('takes the first and last commit day of each file from one log', () => {
    const log = '@2026-11-20\n\ncontent/briefs/a.mdx\n@2026-11-10\n\ncontent/briefs/a.mdx\ncontent/briefs/b.mdx\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/briefs/a.mdx', { first: '2026-11-10', last: '2026-11-20' }],
        ['content/briefs/b.mdx', { first: '2026-11-10', last: '2026-11-10' }],
      ]),
    );
  });
});

