import type { AstroIntegration } from 'astro';

/** Runs after Astro writes the site: link check, then the search index. */
export function postBuild(): AstroIntegration {
  return { name: 'briefing:post-build', hooks: {} };
}
