import type { APIRoute } from 'astro';
import { getRenderedBriefs } from '../data/briefs.ts';

/** The manifest of every published `brief#section`, current ids and former ids alike. */
export const GET: APIRoute = async () => {
  const rendered = await getRenderedBriefs();
  const manifest = Object.fromEntries(
    [...rendered.values()]
      .map(({ entry, headings }) => {
        const ids = headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
        const former = Object.values(entry.data.formerIds).flat();
        return [entry.id, [...ids, ...former].sort()] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
