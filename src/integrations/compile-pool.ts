import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { contentRoot } from '../lib/content-root.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { WorkerPool } from '../lib/worker-pool.ts';
import type { CompileResult, CompileTask, CompileWorkerData } from '../markdown/compile-worker.ts';
import { isBriefPath } from '../plugins/is-brief.ts';
import { HeapGuard } from './release-memory.ts';

type Handler = (this: unknown, code: string, id: string) => unknown;

/**
 * Briefs compile on a pool of worker threads in the build, with limits. @astrojs/mdx compiles
 * every MDX module on Vite's one thread, and the site's plugins make that most of a build; its
 * transform is replaced, for briefs only, by the same processor (briefMdxRenderer) run in
 * workers, so both cores work and the main thread keeps bundling. Vite asks for many modules at
 * once; the pool queues them. A compile that hangs, or a worker that crashes or exits, fails
 * the build naming the brief (BRIEFING_RENDER_TIMEOUT seconds, 60 by default). The dev server
 * compiles a page's one brief at a time and keeps @astrojs/mdx's own transform: same processor.
 */
export function compilePool(): AstroIntegration {
  let pool: WorkerPool<CompileTask, CompileResult> | undefined;
  // The bundler's thread mostly waits on the workers here, so a pause to release its heap costs little.
  let heap: HeapGuard | undefined;
  let workerData: CompileWorkerData;
  const plugin: Plugin = {
    name: 'briefing:compile-pool',
    configResolved(config) {
      const mdx = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform as { handler: Handler } | undefined;
      if (!transform || (transform.handler as { pooled?: boolean }).pooled) return;
      const original = transform.handler;
      const handler: Handler = async function (code, id) {
        if (!pool || !isBriefPath(id)) return original.call(this, code, id);
        try {
          const result = await pool.run(id, { code, id });
          heap?.step();
          // As @astrojs/mdx returns it: Astro reads its component metadata from `meta.astro`.
          return { code: result.code, map: result.map, meta: { astro: result.astroMetadata, vite: { lang: 'ts' } } };
        } catch (error) {
          const e = error as Error & { line?: number; column?: number; loc?: unknown };
          e.loc = { file: id, line: e.line, column: e.column };
          throw e;
        }
      };
      transform.handler = Object.assign(handler, { pooled: true });
    },
    buildStart() {
      const limit = Number(process.env['BRIEFING_RENDER_TIMEOUT'] ?? 60);
      heap = new HeapGuard();
      pool = new WorkerPool({
        size: Math.max(1, availableParallelism()),
        timeoutSeconds: limit,
        what: 'rendering',
        // A compile needs tens of megabytes (the input limits bound a brief); a small heap makes each
        // worker collect its garbage as it goes instead of growing to gigabytes over an archive.
        create: () => new Worker(new URL('../markdown/compile-worker.ts', import.meta.url), { workerData, resourceLimits: { maxOldGenerationSizeMb: 384 } }),
      });
    },
    async buildEnd() {
      await pool?.close();
      pool = undefined;
      heap = undefined;
    },
  };
  return {
    name: 'briefing:compile-pool',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // The base exactly as astro.config.mjs gives it to the main processor.
        workerData = { root: config.root.href, content: contentRoot(config.root).href, base: siteSettings(process.env).base, cacheDir: config.cacheDir.href };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
