import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefs } from '../data/briefs.ts';

// Without SITE_URL the feed's links are site-relative (feed readers resolve them against the
// feed's own address): a stand-in origin is written and then removed, never published.
const STAND_IN = 'https://site-url-unset.invalid';

/** Feed readers poll the feed: it holds the newest briefs, as feeds do; every brief is in /briefs.json and the sitemap. */
const FEED_SIZE = 50;

/** Newest source first; a source known only to the month or year is dated to its first day. */
export const GET: APIRoute = async ({ site }) => {
  const briefs = await getBriefs();
  const base = import.meta.env.BASE_URL;
  const response = await rss({
    title: 'Briefing',
    description: 'Policy briefs on EU security partnerships in Asia and Central Asia.',
    site: new URL(base, site ?? STAND_IN).href,
    items: briefs.slice(0, FEED_SIZE).map((entry) => {
      const { year, month = 1, day = 1 } = entry.data.source.published;
      return {
        title: entry.data.title,
        description: entry.data.summary,
        link: `${base}briefs/${entry.id}/`,
        pubDate: new Date(Date.UTC(year, month - 1, day)),
        categories: entry.data.topics,
      };
    }),
  });
  if (site) return response;
  return new Response((await response.text()).replaceAll(STAND_IN, ''), { headers: response.headers });
};
