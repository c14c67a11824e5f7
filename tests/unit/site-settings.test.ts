import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { combine, cover, coverageNote, partFolder, readParts } from '../../src/lib/search-parts.ts';
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
    expect(siteSettings({}).searchPartPages).toBe(500);
    expect(siteSettings({ SEARCH_PART_PAGES: ' 40 ' }).searchPartPages).toBe(40);
    for (const bad of ['0', '-5', '2.5', '1e3', 'many']) {
      expect(() => siteSettings({ SEARCH_PART_PAGES: bad }), bad).toThrow(`SEARCH_PART_PAGES "${bad}" is not a whole number of pages: set it like 500`);
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
  const part = (n: number, pages: number, newest: string, oldest: string) => ({ folder: partFolder(n), pages, newest, oldest, key: `en_${n}a2b3c` });

  it('names part folders, the briefs each holds and its record in the directory, and nothing else is merged', () => {
    const file = { main: { pages: 0 }, parts: [part(1, 1000, '2026-11-02', '2025-03'), part(12, 3, '2025-02', '2019')] };
    expect(readParts(file)).toEqual(file);
    expect(readParts({ main: { pages: 5, newest: '2026', oldest: '2020' }, parts: [] }).parts).toEqual([]);
    const folders = ['../other/', 'https://elsewhere.example/pagefind/', 'parts/1', 1, 'parts/0/', 'parts/01/', 'other/parts/1/', 'parts/1/../../x/'];
    const bad = [
      {},
      [],
      [partFolder(1)],
      ...folders.map((folder) => ({ main: { pages: 0 }, parts: [{ ...part(1, 1, '2025', '2025'), folder }] })),
      { main: { pages: 0 }, parts: [part(1, 0, '2025', '2025')] },
      { main: { pages: 0 }, parts: [part(1, 2, '2025-13', '2025')] },
      { main: { pages: 0 }, parts: [{ ...part(1, 2, '2025', '2025'), key: '../x' }] },
      { main: { pages: 0 }, parts: [{ ...part(1, 2, '2025', '2025'), key: undefined }] },
      { main: { pages: 2 }, parts: [] },
      { main: { pages: -1 }, parts: [] },
    ];
    for (const json of bad) {
      expect(() => readParts(json), JSON.stringify(json)).toThrow("the search index's parts.json is not a list of part folders with the briefs each holds");
    }
  });

  it('says how far back a search has looked while older parts hold more of what it looks for', () => {
    expect(coverageNote(part(1, 1000, '2026-11-02', '2025-03'), 3)).toBe('Searched the newest briefs, back to March 2025: older briefs hold more matches.');
    expect(coverageNote(part(2, 1000, '2025-03', '2021-06-30'), 1)).toBe('Searched the newest briefs, back to 30 June 2021: older briefs hold more matches.');
    expect(coverageNote(part(2, 1000, '2025-03', '2021-06-30'), 0)).toBeUndefined();
    expect(coverageNote(undefined, 0)).toBeUndefined();
    expect(combine([{ pages: 0 }, part(3, 40, '2021-06', '2019'), part(1, 1000, '2026-11-02', '2025-03')])).toEqual({ pages: 1040, newest: '2026-11-02', oldest: '2019' });
    expect(cover(cover({ pages: 0 }, '2024-05'), '2023')).toEqual({ pages: 2, newest: '2024-05', oldest: '2023' });
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
    ).toBe('Sabina Mammadli. “EU urged”. Caliber.az, 21 July 2025. News report, citing the Financial Times.');
    expect(
      sourceCitation({ title: 'Shifts', kind: 'newsletter', publisher: 'A newsletter', published: parsePartialDate('2025-04')!, dateInferred: true }),
    ).toBe('“Shifts”. A newsletter, April 2025 (date inferred). Newsletter issue.');
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

