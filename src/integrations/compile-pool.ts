import { rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { briefsDir, contentRoot } from '../lib/content-root.ts';
import { externalBrief } from '../lib/external-brief.ts';
import { mdxErrorLine, withMdxHint } from '../lib/mdx-hints.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { WorkerPool } from '../lib/worker-pool.ts';
import { workerEnv } from '../lib/worker-env.ts';
import type { CompileResult, CompileTask, CompileWorkerData } from '../markdown/compile-worker.ts';
import { isBriefPath } from '../plugins/is-brief.ts';
import { briefIds } from '../loaders/brief-loader.ts';
import { CompileAhead, OUTSTANDING } from './compile-ahead.ts';
import { HeapGuard } from './release-memory.ts';

type Handler = (this: unknown, code: string, id: string) => unknown;
type PostProcess = (this: unknown, code: string, id: string) => { code: string };

/** The module Astro's render(entry) imports for a content entry, as it resolves it for an MDX file. */
const RENDER_MODULE = /\.mdx\?astroPropagatedAssets$/;

/** Astro's map of the content modules (in its .astro folder), which render(entry) imports. */
const CONTENT_MODULES = /[\\/]\.astro[\\/]content-modules\.mjs$/;

/** Where a build writes the briefs it loads outside the bundle; removed when its process ends. */
function externalBriefsDir(cacheDir: URL): URL {
  return new URL('briefing-modules/', cacheDir);
}

/**
 * Briefs compile on a pool of worker threads in the build, with limits. @astrojs/mdx compiles
 * every MDX module on Vite's one thread, and the site's plugins make that most of a build; its
 * transform is replaced, for briefs only, by the same processor (briefMdxRenderer) run in
 * workers, so both cores work and the main thread keeps bundling. Vite asks for many modules at
 * once; the pool queues them. A compile that hangs, or a worker that crashes or exits, fails
 * the build naming the brief (BRIEFING_RENDER_TIMEOUT seconds, 60 by default). A brief that
 * imports nothing of its own then leaves the bundle (resolveId below). The dev server compiles a
 * page's one brief at a time and keeps @astrojs/mdx's own transform: same processor, same page.
 */
export function compilePool(): AstroIntegration {
  let pool: WorkerPool<CompileTask, CompileResult> | undefined;
  // Briefs compiled while Astro loads the content, before the bundler asks (compile-ahead.ts).
  let ahead: CompileAhead<CompileResult> | undefined;
  let tookAhead = 0;
  // The bundler's thread mostly waits on the workers here, so a pause to release its heap costs little.
  let heap: HeapGuard | undefined;
  let workerData: CompileWorkerData;
  let root: URL;
  let modulesDir: URL;
  let postprocess: PostProcess | undefined;
  // A brief compiled to decide whether it can leave the bundle, and kept in it: the bundle's own
  // transform takes this result, or failure, instead of compiling the brief again.
  const compiled = new Map<string, CompileResult | Error>();
  // The build's environments whose map of content modules loads the runtime (transform below):
  // a brief leaves the bundle only there.
  const withRuntime = new Set<string>();
  // What the build did with each brief, for its log: loaded outside the bundle, or bundled.
  let outside = 0;
  const bundled: string[] = [];
  const compile = async (id: string, code?: string): Promise<CompileResult> => {
    // The bundler asks: its requests fill the pool from now on.
    ahead?.stop();
    const done = compiled.get(id);
    compiled.delete(id);
    if (done instanceof Error) throw done;
    if (done) return done;
    const early = ahead?.take(id, code);
    if (early) tookAhead++;
    try {
      const result = await (early ?? pool!.run(id, code === undefined ? { id } : { code, id }));
      heap?.step();
      return result;
    } catch (error) {
      // Astro's error overlay and log name the file and line from `loc`.
      const e = error as Error & { line?: number; column?: number; loc?: unknown };
      e.loc = { file: id, line: mdxErrorLine(e), column: e.column };
      // As check and the dev server say it (src/lib/mdx-hints.ts).
      e.message = withMdxHint(e.message);
      throw e;
    }
  };
  const plugin: Plugin = {
    name: 'briefing:compile-pool',
    // Before Vite's own resolver, which would take the brief's module for a file like any other.
    enforce: 'pre',
    /**
     * A brief that needs nothing from the bundler is compiled here and loaded by Node on its own
     * (src/lib/external-brief.ts): render(entry) imports it as Astro's content modules import
     * any entry, and the bundler never holds it. The rest stay in the bundle.
     */
    resolveId: {
      filter: { id: RENDER_MODULE },
      async handler(id) {
        const file = id.replace(/\?.*$/, '');
        if (!pool || !postprocess || !isBriefPath(file) || !withRuntime.has(this.environment.name)) return null;
        let result: CompileResult;
        try {
          result = await compile(file);
        } catch (error) {
          // Reported by the transform, where Astro names the file and line; the bundler turns an
          // error here into "Errored while resolving" and drops its message.
          compiled.set(file, error as Error);
          return null;
        }
        // As the bundle's transform chain ends for an MDX module: @astrojs/mdx adds `Content` and Astro's tag.
        const code = externalBrief(postprocess.call({ environment: this.environment }, result.code, file).code, pathToFileURL(file), root);
        if (code === undefined) {
          compiled.set(file, result);
          bundled.push(basename(file, '.mdx'));
          return null;
        }
        outside++;
        const target = new URL(`${basename(file, '.mdx')}.mjs`, modulesDir);
        // Written at once: a trip through libuv's pool, three for a file, costs more than the writing.
        writeFileSync(target, code);
        return { id: target.href, external: 'absolute' };
      },
    },
    configResolved(config) {
      postprocess = (config.plugins.find((p) => p.name === '@astrojs/mdx-postprocess')?.transform as { handler?: PostProcess } | undefined)?.handler;
      const mdx = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform as { handler: Handler } | undefined;
      if (!transform || (transform.handler as { pooled?: boolean }).pooled) return;
      const original = transform.handler;
      const handler: Handler = async function (code, id) {
        if (!pool || !isBriefPath(id)) return original.call(this, code, id);
        const result = await compile(id, code);
        // As @astrojs/mdx returns it: Astro reads its component metadata from `meta.astro`.
        return { code: result.code, map: result.map, meta: { astro: result.astroMetadata, vite: { lang: 'ts' } } };
      };
      transform.handler = Object.assign(handler, { pooled: true });
    },
    // The build's server environment compiles the briefs; the others (the server Astro loads the
    // content with, the client build) leave the pool and the briefs compiled ahead alone. The
    // bundler reads its entries for a second or more before it asks for a brief: the briefs
    // compiled ahead go on until it does (compile above), so the pool's worker never waits.
    buildStart() {
      if (this.environment.config.consumer !== 'server') return;
      heap = new HeapGuard();
      pool ??= createPool();
    },
    /**
     * The briefs outside the bundle read the bundle's runtime (src/markdown/brief-runtime.ts),
     * which registers itself when Astro's map of content modules loads it: render(entry) loads
     * that map before any entry. The brief components' styles also keep the place in the site's
     * one stylesheet that the bundled briefs gave them.
     */
    transform: {
      filter: { id: CONTENT_MODULES },
      handler(code) {
        if (this.environment.config.consumer !== 'server') return null;
        withRuntime.add(this.environment.name);
        return { code: `import ${JSON.stringify(fileURLToPath(new URL('src/markdown/brief-runtime.ts', root)))};\n${code}`, map: null };
      },
    },
    async buildEnd() {
      if (this.environment.config.consumer !== 'server') return;
      ahead?.stop();
      await pool?.close();
      pool = undefined;
      ahead = undefined;
      heap = undefined;
    },
  };
  const createPool = () =>
    new WorkerPool<CompileTask, CompileResult>({
      size: Math.max(1, availableParallelism()),
      // A worker goes straight on to its next brief while this thread, which hands them out, is busy.
      ahead: OUTSTANDING - 1,
      timeoutSeconds: Number(process.env['BRIEFING_RENDER_TIMEOUT'] ?? 60),
      what: 'rendering',
      // A compile needs tens of megabytes (the input limits bound a brief), so a worker's heap stays
      // small over an archive. The limit is not set lower: V8 sizes a heap's growth by its limit,
      // and at 384 MB two workers compiling 400 briefs alone collected so often that they took a
      // quarter longer (docs/performance.md).
      create: () => new Worker(new URL('../markdown/compile-worker.ts', import.meta.url), { workerData, env: workerEnv(), resourceLimits: { maxOldGenerationSizeMb: 1024 } }),
    });
  return {
    name: 'briefing:compile-pool',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        root = config.root;
        modulesDir = externalBriefsDir(config.cacheDir);
        // The base exactly as astro.config.mjs gives it to the main processor.
        workerData = { root: config.root.href, content: contentRoot(config.root).href, base: siteSettings(process.env).base, cacheDir: config.cacheDir.href };
        updateConfig({ vite: { plugins: [plugin] } });
        // The briefs start compiling now, beside Astro's loading of the content (compile-ahead.ts).
        const compiling = createPool();
        const early = new CompileAhead<CompileResult>();
        pool = compiling;
        ahead = early;
        tookAhead = 0;
        const dir = briefsDir(config.root);
        void briefIds(dir)
          .then((ids) => early.start(ids.map((id) => fileURLToPath(new URL(`${id}.mdx`, dir))), (file, code) => compiling.run(file, { code, id: file })))
          // The loader reports an unreadable folder; nothing is compiled ahead then.
          .catch(() => undefined);
      },
      'astro:build:start': async () => {
        outside = 0;
        bundled.length = 0;
        await rm(modulesDir, { recursive: true, force: true });
        await mkdir(modulesDir, { recursive: true });
        // The modules are only for this build's rendering, and hold the checkout's absolute
        // paths: they go when the process ends, whether the build passed, failed or was stopped.
        const dir = modulesDir;
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      },
      'astro:build:done': ({ logger }) => {
        // In name order: the log is the same whichever brief's compile ended first.
        bundled.sort();
        const which = bundled.length > 0 ? ` (${bundled.slice(0, 5).join(', ')}${bundled.length > 5 ? ', …' : ''})` : '';
        logger.info(`briefs: ${outside} loaded outside the bundle, ${bundled.length} bundled for imports of their own${which}; ${tookAhead} compiled ahead`);
      },
    },
  };
}
