import type { APIRoute } from 'astro';
import { getBriefs } from '../../data/briefs.ts';
import { getRetired } from '../../data/retired.ts';

/**
 * Every brief id with a page, live or withdrawn: what the page shown for a mistyped address
 * (src/components/NotFoundHelp.astro) matches it against. Ids alone, a few bytes a brief, so an
 * archive's list stays small enough to fetch for a 404.
 */
export const GET: APIRoute = async () => {
  const [briefs, retired] = await Promise.all([getBriefs(), getRetired()]);
  const ids = [...briefs.map((entry) => entry.id), ...retired.map((r) => r.id)].sort();
  return new Response(JSON.stringify(ids), { headers: { 'Content-Type': 'application/json' } });
};
