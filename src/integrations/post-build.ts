import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-root.ts';
import { checkLinks } from '../lib/link-check.ts';
import { SITE_URL_UNSET } from '../lib/site-settings.ts';
import { missingAnchors, readManifest } from './published-anchors.ts';
import { readSite } from './read-site.ts';
import { buildSearchIndex } from './search-index.ts';

/**
 * After Astro writes the site: check every internal link and fragment, check that no published
 * section anchor has gone, then build the search index. On any failure the output folder is
 * removed, so a broken build never leaves a site that looks publishable.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let origin = 'http://localhost';
  let siteSet = false;
  return {
    name: 'briefing:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        origin = config.site ?? origin;
        siteSet = config.site !== undefined;
      },
      // Once per build (so once per `npm start`, whose preview says nothing).
      'astro:build:start': ({ logger }) => {
        if (!siteSet) logger.warn(SITE_URL_UNSET);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        try {
          const { pages, files } = await readSite(outDir);
          const broken = checkLinks(pages, files, base, origin);
          if (broken.length > 0) {
            throw new Error(
              `${broken.length} broken internal link(s):\n${broken.map((b) => `  ${b.page}: ${b.href}: ${b.reason}`).join('\n')}`,
            );
          }
          logger.info(`links: ${[...pages.values()].reduce((n, p) => n + p.links.length, 0)} links on ${pages.size} pages resolve`);
          const published = await readManifest(fileURLToPath(new URL('published-anchors.json', contentRoot())));
          const built = await readManifest(`${outDir}/anchors.json`);
          const missing = missingAnchors(published, built);
          if (missing.length > 0) {
            throw new Error(
              `published section anchors no longer exist:\n${missing.map((m) => `  ${m}`).join('\n')}\n` +
                'Keep each as a former id: in the brief\'s frontmatter, formerIds: { <new-section-id>: [<old-id>] }, or pin the id with "## Heading [#old-id]".',
            );
          }
          const indexed = await buildSearchIndex(outDir);
          logger.info(`search: indexed ${indexed} pages`);
        } catch (error) {
          await rm(outDir, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
