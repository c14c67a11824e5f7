import type { APIRoute } from 'astro';
import { getRenderedBriefs } from '../data/briefs.ts';
import { getRetired } from '../data/retired.ts';
import { briefAnchors } from '../integrations/published-anchors.ts';

/** The manifest of every published `brief#section`: current and former ids, and withdrawn briefs' anchors. */
export const GET: APIRoute = async () => {
  const [rendered, retired] = await Promise.all([getRenderedBriefs(), getRetired()]);
  const live = [...rendered.values()].map(({ entry, headings }) => {
    const sections = headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
    return [entry.id, briefAnchors(sections, entry.data.formerIds)] as const;
  });
  // A withdrawn brief's page keeps every anchor it had.
  const withdrawn = retired.map((r) => [r.id, [...r.sections].sort()] as const);
  const manifest = Object.fromEntries([...live, ...withdrawn].sort(([a], [b]) => a.localeCompare(b)));
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
