import type { APIRoute } from 'astro';

// The sitemap exists only when SITE_URL is set (its addresses must be absolute).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}\n` : ''}`);
