import type { Page } from 'astro';
import type { EntityKind } from '../schemas/entity.ts';

/**
 * Long lists are paginated as large archives do: a bounded number of items per page, numbered
 * pages at stable addresses (page 1 at the list's own address, page n at `<address>n/`).
 * Entity pages carry excerpts, so they hold about as many briefs as the home list; a country's
 * first page also carries a map (about 64 KB), so countries hold fewer, and every page stays
 * under 100 KB.
 */
export const PAGE_SIZE = { home: 20, entity: 25, country: 10, timeline: 100 } as const;

/** How many briefs a page of an entity of this kind holds. */
export function entityPageSize(kind: EntityKind): number {
  return kind === 'countries' ? PAGE_SIZE.country : PAGE_SIZE.entity;
}

/** Later pages of the home list are at /page/n/: bare numbers at the root would meet the site's own addresses (/404/). */
export const HOME_PAGES = 'page/';

/** The address of page `n` of a list whose first page is at `first` (ending in "/"), later pages under `prefix`. */
export function pagePath(first: string, n: number, prefix = ''): string {
  return n <= 1 ? first : `${first}${prefix}${n}/`;
}

/** A page of a list, as Astro's paginate() describes it (without its addresses, which pagePath gives). */
export type ListPage<T> = Pick<Page<T>, 'data' | 'start' | 'end' | 'size' | 'total' | 'currentPage' | 'lastPage'>;

/** Page `n` of a list, counted as Astro's paginate() counts: for a page that is not a dynamic route. */
export function listPage<T>(items: readonly T[], n: number, size: number): ListPage<T> {
  const start = (n - 1) * size;
  const end = Math.min(start + size, items.length);
  return { data: items.slice(start, end), start, end: end - 1, size, total: items.length, currentPage: n, lastPage: Math.max(1, Math.ceil(items.length / size)) };
}

/** The page (from 1) that holds the item at `index` (from 0). */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/**
 * The page numbers a pager shows: the first, the last, and `around` on each side of the current
 * one, with `null` for a gap ("…"), so a list of 2,000 pages still has a short pager.
 */
export function pagerNumbers(current: number, last: number, around = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const previous = result.at(-1);
    // A gap of one page shows that page instead of an ellipsis.
    if (typeof previous === 'number' && n - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}

/** "Japan", "Japan (page 2 of 37)": a page's title, so every page of a list has its own. */
export function pagedTitle(title: string, current: number, last: number): string {
  return current > 1 ? `${title} (page ${current} of ${last})` : title;
}
