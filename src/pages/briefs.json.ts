import type { APIRoute } from 'astro';
import { briefDates, getRenderedBriefs } from '../data/briefs.ts';
import { prettyJsonStream } from '../lib/json-stream.ts';

/** Every brief's structured data, for other tools: frontmatter, sections and page address. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const rendered = await getRenderedBriefs();
  // One brief at a time: an archive's list, built whole, takes a gigabyte at 20,000 briefs.
  function* briefs() {
    for (const { entry, headings } of rendered.values()) {
      const { source, events, ...rest } = entry.data;
      const dates = briefDates(entry);
      yield {
        id: entry.id,
        // Site-relative without SITE_URL.
        url: site ? new URL(`${base}briefs/${entry.id}/`, site).href : `${base}briefs/${entry.id}/`,
        ...rest,
        source: { ...source, published: source.published.iso },
        events: events.map((e) => ({ ...e, date: e.date.iso })),
        changes: entry.data.changes.map((c) => ({ ...c, date: c.date.iso })),
        updated: entry.data.updated?.iso,
        // When the brief went on Briefing and when it last changed, as its page shows them.
        onBriefingSince: dates.published.iso,
        lastUpdated: dates.updated.iso,
        sections: headings.filter((h) => h.depth <= 3).map((h) => ({ id: h.slug, title: h.text, depth: h.depth })),
      };
    }
  }
  return new Response(prettyJsonStream({ count: rendered.size }, 'briefs', briefs()), {
    headers: { 'Content-Type': 'application/json' },
  });
};
