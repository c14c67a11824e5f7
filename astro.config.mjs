// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteSettings } from './src/lib/site-settings.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { loadRegistry } from './src/lib/registry.ts';
import { briefMarkdownOptions } from './src/markdown/pipeline.ts';
import { postBuild } from './src/integrations/post-build.ts';

const { site, base } = siteSettings(process.env);
const registry = loadRegistry(contentRoot());

export default defineConfig({
  // Without SITE_URL the site has no address (never a guessed localhost).
  ...(site ? { site } : {}),
  base,
  // Tests and the benchmark build elsewhere so they never touch ./dist or each other's caches.
  ...(process.env.BRIEFING_OUT ? { outDir: process.env.BRIEFING_OUT, cacheDir: `${process.env.BRIEFING_OUT}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified(briefMarkdownOptions({ registry, base })),
  },
  // One stylesheet per site keeps a single render-blocking request on every page.
  // Scripts stay in files: the Content-Security-Policy allows no inline script.
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  integrations: [mdx(), sitemap(), postBuild()],
});
