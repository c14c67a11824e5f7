import { DEFAULT_PART_PAGES } from './search-parts.ts';

/**
 * Where the site is published, from the environment: SITE_URL (origin, for canonical URLs, the
 * sitemap and the feed) and BASE_PATH (e.g. "/briefing/"). Without SITE_URL the site has no
 * absolute address at all: no page names a host it was not published on (never localhost).
 * SEARCH_PART_PAGES sets how many pages each part of the search index holds (src/integrations/search-index.ts).
 */
export function siteSettings(env: Record<string, string | undefined>): { site: string | undefined; base: string; searchPartPages: number } {
  const site = env['SITE_URL']?.trim() || undefined;
  if (site !== undefined) {
    try {
      new URL(site);
    } catch {
      throw new Error(`SITE_URL "${site}" is not an absolute URL: set it like https://briefs.example.org`);
    }
  }
  const raw = (env['BASE_PATH'] ?? '/').trim();
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const parts = env['SEARCH_PART_PAGES']?.trim() || String(DEFAULT_PART_PAGES);
  if (!/^[1-9]\d*$/.test(parts)) {
    throw new Error(`SEARCH_PART_PAGES "${parts}" is not a whole number of pages: set it like 500, or leave it unset for ${DEFAULT_PART_PAGES}`);
  }
  return { site, base, searchPartPages: Number(parts) };
}

/** Said once per build when SITE_URL is unset. */
export const SITE_URL_UNSET =
  'SITE_URL is not set: pages carry no canonical or share addresses, citations use the address the reader is on, the RSS feed’s links are relative to the site (RSS asks for full addresses), and there is no sitemap. Set SITE_URL=https://your.domain when building for publication.';
