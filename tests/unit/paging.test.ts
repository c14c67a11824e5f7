import { describe, expect, it } from 'vitest';
import { entityPageSize, HOME_PAGES, listPage, pageOfIndex, pagePath, pagedTitle, pagerNumbers } from '../../src/lib/paging.ts';

describe('paging', () => {
  it('puts page 1 at the list address and page n below it', () => {
    expect(pagePath('/countries/japan/', 1)).toBe('/countries/japan/');
    expect(pagePath('/briefing/countries/japan/', 3)).toBe('/briefing/countries/japan/3/');
    expect(pagePath('/', 404, HOME_PAGES)).toBe('/page/404/');
  });

  it('counts a page as Astro paginate() does', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(listPage(items, 1, 20)).toEqual({ data: items.slice(0, 20), start: 0, end: 19, size: 20, total: 45, currentPage: 1, lastPage: 3 });
    expect(listPage(items, 3, 20)).toMatchObject({ data: [40, 41, 42, 43, 44], start: 40, end: 44 });
    expect(listPage([], 1, 20)).toMatchObject({ data: [], lastPage: 1, total: 0 });
  });

  it('gives a country, whose first page carries a map, fewer briefs a page than other entities', () => {
    expect(entityPageSize('countries')).toBeLessThan(entityPageSize('topics'));
    expect(new Set(['organisations', 'people', 'topics', 'regions'].map((k) => entityPageSize(k as 'topics')))).toEqual(new Set([25]));
  });

  it('finds the page of an item', () => {
    expect([0, 99, 100, 250].map((i) => pageOfIndex(i, 100))).toEqual([1, 1, 2, 3]);
  });

  it('keeps the pager short on long lists, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 2000)).toEqual([1, 2, null, 2000]);
    expect(pagerNumbers(500, 2000)).toEqual([1, null, 499, 500, 501, null, 2000]);
    expect(pagerNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, null, 9]);
    expect(pagerNumbers(2000, 2000)).toEqual([1, null, 1999, 2000]);
  });

  it('titles later pages', () => {
    expect(pagedTitle('Japan', 1, 3)).toBe('Japan');
    expect(pagedTitle('Japan', 2, 3)).toBe('Japan (page 2 of 3)');
  });
});
