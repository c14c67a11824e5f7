// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteSettings } from './src/lib/site-settings.ts';
import { briefsDir, contentRoot } from './src/lib/content-root.ts';
import { loadRegistry } from './src/lib/registry.ts';
import { unwatched } from './src/lib/unwatched.ts';
import { fileURLToPath } from 'node:url';
import { briefMarkdownOptions, briefMdxOptions, excerptsDir } from './src/markdown/pipeline.ts';
import { bodiesDir } from './src/markdown/brief-body.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { compilePool } from './src/integrations/compile-pool.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { cachePrune } from './src/integrations/cache-prune.ts';
import { devServer } from './src/integrations/dev-server.ts';

// This file is the project root's own config, so its folder is Astro's config.root, whatever the
// working directory (`astro build --root DIR` loads DIR/astro.config.mjs).
const root = new URL('./', import.meta.url);
const { site, base, searchPartPages } = siteSettings(process.env);
const registry = loadRegistry(contentRoot(root));
// Astro's own default, unless a test or the benchmark builds elsewhere; given explicitly because
// the entity excerpts and brief bodies the compile writes live in it (src/markdown/pipeline.ts).
const cacheDir = new URL(process.env.BRIEFING_OUT ? `${process.env.BRIEFING_OUT}-cache/` : 'node_modules/.astro/', root);
const excerpts = excerptsDir(cacheDir);

export default defineConfig({
  // Without SITE_URL the site has no address (never a guessed localhost).
  ...(site ? { site } : {}),
  base,
  // Tests and the benchmark build elsewhere so they never touch ./dist or each other's caches.
  ...(process.env.BRIEFING_OUT ? { outDir: process.env.BRIEFING_OUT } : {}),
  cacheDir: fileURLToPath(cacheDir),
  trailingSlash: 'always',
  // The dev server shows the site as it is built, without Astro's toolbar over it.
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified(briefMarkdownOptions({ registry, base, root, cacheDir })),
    // Briefs carry no code; `npm run check` compiles with the same setting (briefMdxRenderer).
    syntaxHighlight: false,
  },
  // One stylesheet per site keeps a single render-blocking request on every page.
  // Scripts stay in files: the Content-Security-Policy allows no inline script.
  vite: {
    build: {
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, which the
        // bundler warns about once per brief (20,000 warnings on an archive); Astro handles it.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    // The dev server watches the project, but not what the bench, the tests and builds write there.
    server: { watch: { ignored: [unwatched(root)] } },
    // Entity pages read the excerpts from there (src/data/excerpts.ts), brief pages their text
    // (src/markdown/brief-body.ts) and their files' git dates from the root (src/data/briefs.ts).
    define: {
      'import.meta.env.BRIEFING_EXCERPTS': JSON.stringify(excerpts.href),
      'import.meta.env.BRIEFING_BODIES': JSON.stringify(bodiesDir(cacheDir).href),
      'import.meta.env.BRIEFING_ROOT': JSON.stringify(root.href),
      'import.meta.env.BRIEFING_BRIEFS': JSON.stringify(briefsDir(root).href),
    },
    // Builds into another folder keep their own Vite cache too, so they can run side by side.
    ...(process.env.BRIEFING_OUT ? { cacheDir: `${process.env.BRIEFING_OUT}-vite` } : {}),
  },
  // After postBuild, so only a build that passed its checks prunes the cache; atomicOutput comes
  // last: it publishes the build only after the others' checks have passed.
  // The sitemap lists what a search engine should show (the search page without a query, and the
  // page that points from /briefs/ to the front page, are not that) at full addresses: without SITE_URL there is none, and the build says so once (postBuild).
  integrations: [
    mdx(briefMdxOptions),
    devServer(),
    compilePool(),
    ...(site ? [sitemap({ filter: (page) => ![`${base}search/`, `${base}briefs/`].includes(new URL(page).pathname) })] : []),
    postBuild({ searchPartPages }),
    cachePrune(),
    atomicOutput(),
  ],
});
