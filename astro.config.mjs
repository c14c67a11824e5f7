// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { siteSettings } from './src/lib/site-settings.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { loadRegistry } from './src/lib/registry.ts';
import { rehypeAbbreviations } from './src/plugins/rehype-abbreviations.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { rehypeBriefChecks } from './src/plugins/rehype-brief-checks.ts';
import { rehypeEntityLinks } from './src/plugins/rehype-entity-links.ts';
import { rehypeDates } from './src/plugins/rehype-dates.ts';
import { rehypeTypography } from './src/plugins/rehype-typography.ts';
import { rehypeFormerIds, sectionAnchorOptions } from './src/plugins/rehype-section-anchors.ts';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { postBuild } from './src/integrations/post-build.ts';

const { site, base } = siteSettings(process.env);
const registry = loadRegistry(contentRoot());

export default defineConfig({
  site,
  base,
  // Tests and the benchmark build elsewhere so they never touch ./dist or each other's caches.
  ...(process.env.BRIEFING_OUT ? { outDir: process.env.BRIEFING_OUT, cacheDir: `${process.env.BRIEFING_OUT}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // remark-gfm runs once, as our plugin; smartypants is replaced by a faster rehype pass.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkHeadingIds],
      rehypePlugins: [
        rehypeTypography,
        rehypeBriefChecks,
        rehypeHeadingIds,
        [rehypeBaseLinks, { base }],
        [rehypeEntityLinks, { entities: registry.entities, base }],
        [rehypeAbbreviations, { glossary: registry.glossary, base }],
        rehypeDates,
        rehypeFormerIds,
        [rehypeAutolinkHeadings, sectionAnchorOptions],
      ],
    }),
  },
  // One stylesheet per site keeps a single render-blocking request on every page.
  vite: { build: { cssCodeSplit: false } },
  integrations: [mdx(), sitemap(), postBuild()],
});
