import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefs } from '../data/briefs.ts';

/** Newest source first; a source known only to the month or year is dated to its first day. */
export const GET: APIRoute = async ({ site }) => {
  const briefs = await getBriefs();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'Briefing',
    description: 'Policy briefs on EU security partnerships in Asia and Central Asia.',
    site: new URL(base, site).href,
    items: briefs.map((entry) => {
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
};
