/**
 * Where the site is published, from the environment: SITE_URL (origin, for canonical URLs, the
 * sitemap and the feed) and BASE_PATH (e.g. "/briefing/"). Without SITE_URL the site has no
 * absolute address at all: no page names a host it was not published on (never localhost).
 */
export function siteSettings(env: Record<string, string | undefined>): { site: string | undefined; base: string } {
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
  return { site, base };
}

/** Said once per build when SITE_URL is unset. */
export const SITE_URL_UNSET =
  'SITE_URL is not set: pages carry no canonical or share addresses, citations use the address the reader is on, and there is no sitemap. Set SITE_URL=https://your.domain when building for publication.';
