/**
 * Where the site is published, from the environment: SITE_URL (origin, for canonical URLs, the
 * sitemap and the feed) and BASE_PATH (e.g. "/briefing/"). Defaults serve it locally at the root.
 */
export function siteSettings(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env['SITE_URL'] ?? 'http://localhost:4321';
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not an absolute URL: set it like https://briefs.example.org`);
  }
  const raw = (env['BASE_PATH'] ?? '/').trim();
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { site, base };
}
