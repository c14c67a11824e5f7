import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefDates, getBriefs } from '../data/briefs.ts';
import { getEntities } from '../data/entities.ts';
import { compareDates, formatDate } from '../lib/dates.ts';
import { sourceKindName } from '../lib/labels.ts';

// Without SITE_URL the feed's links are site-relative (feed readers resolve them against the
// feed's own address): a stand-in origin is written and then removed, never published.
const STAND_IN = 'https://site-url-unset.invalid';

/** Feed readers poll the feed: it holds the newest briefs, as feeds do; every brief is in /briefs.json and the sitemap. */
const FEED_SIZE = 50;

/**
 * Newest on the site first, dated the day each brief went on Briefing: a feed tells its readers
 * what is new here, and a brief written today from a 2018 source is news today (the source's
 * date, known perhaps only to the month, is in the description).
 */
export const GET: APIRoute = async ({ site }) => {
  const entities = await getEntities();
  const briefs = (await getBriefs()).map((entry) => ({ entry, added: briefDates(entry).published }));
  // A stable sort: briefs added the same day keep the newest source first.
  briefs.sort((a, b) => compareDates(b.added, a.added));
  const base = import.meta.env.BASE_URL;
  const response = await rss({
    title: 'Briefing',
    description: 'Policy briefs on EU security partnerships in Asia and Central Asia.',
    site: new URL(base, site ?? STAND_IN).href,
    items: briefs.slice(0, FEED_SIZE).map(({ entry, added }) => {
      const { source } = entry.data;
      return {
        title: entry.data.title,
        description: `${entry.data.summary} (Written from: ${sourceKindName(source.kind)}, ${source.publisher}, ${formatDate(source.published)}${source.dateInferred ? ', date inferred' : ''}.)`,
        link: `${base}briefs/${entry.id}/`,
        pubDate: new Date(Date.UTC(added.year, (added.month ?? 1) - 1, added.day ?? 1)),
        categories: entry.data.topics.map((id) => entities.get(`topics/${id}`)?.name ?? id),
      };
    }),
  });
  if (site) return response;
  // A guid marked as a permalink must be a full address (RSS 2.0): a site-relative one is an id.
  const xml = (await response.text()).replaceAll(STAND_IN, '').replaceAll('<guid isPermaLink="true">', '<guid isPermaLink="false">');
  return new Response(xml, { headers: response.headers });
};
