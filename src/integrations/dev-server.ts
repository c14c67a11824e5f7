import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import * as pagefind from 'pagefind';
import { escapeRegExp } from '../lib/alternation.ts';
import { withMdxHint } from '../lib/mdx-hints.ts';
import { readPage } from '../lib/page-reading.ts';
import { cover, PARTS_FILE, type Coverage, type PartsFile } from '../lib/search-parts.ts';
import { contentRoot } from '../lib/content-root.ts';
import { loadRegistry } from '../lib/registry.ts';
import { contentState } from '../lib/content-state.ts';
import { settled } from '../lib/settled-watcher.ts';
import { ENTITY_KINDS } from '../schemas/entity.ts';

/** How long the dev server tries to load the content again after a restart, and how long a page waits for it. */
const REFRESH_LIMIT_MS = 10_000;
const PAGE_WAIT_MS = 3_000;

/** Everything the brief pipeline is built from at config time: a change restarts the dev server. */
function pipelineFiles(root: URL): string[] {
  const content = contentRoot(root);
  const list = (dir: URL) => readdirSync(dir).map((name) => fileURLToPath(new URL(name, dir)));
  return [
    ...list(new URL('entities/', content)),
    fileURLToPath(new URL('glossary.yaml', content)),
    ...['src/plugins/', 'src/markdown/', 'src/lib/', 'src/schemas/'].flatMap((dir) => list(new URL(dir, root))),
  ];
}

type Transform = (this: unknown, code: string, id: string) => unknown;

/**
 * The dev server compiles each MDX file with @astrojs/mdx's own transform (the build's compile
 * pool replaces it: src/integrations/compile-pool.ts): its syntax errors get the hint that check
 * and the build give (src/lib/mdx-hints.ts).
 */
const mdxHints: Plugin = {
  name: 'briefing:mdx-hints',
  configResolved(config) {
    const transform = config.plugins.find((p) => p.name === '@mdx-js/rolldown')?.transform as { handler: Transform & { hinted?: boolean } } | undefined;
    if (!transform || transform.handler.hinted) return;
    const original = transform.handler;
    transform.handler = Object.assign(
      async function (this: unknown, code: string, id: string) {
        try {
          return await original.call(this, code, id);
        } catch (error) {
          (error as Error).message = withMdxHint((error as Error).message);
          throw error;
        }
      },
      { hinted: true },
    );
  },
};

/**
 * `npm run dev` as the site: the pipeline's inputs (registry, glossary, plugins, schemas) are
 * watched, so an edit re-renders what it shapes (Astro restarts with the new pipeline and the
 * loader re-validates), and search works, from a Pagefind index built in memory from the pages
 * the dev server renders, rebuilt after any change. The build indexes its output instead.
 */
export function devServer(): AstroIntegration {
  // astro.config.mjs reads the pipeline's files (the registry first) as it calls this, on every (re)start.
  const readAt = Date.now();
  let base = '/';
  let root: URL;
  return {
    name: 'briefing:dev-server',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile, updateConfig }) => {
        if (command !== 'dev') return;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = config.root;
        for (const file of pipelineFiles(config.root)) addWatchFile(file);
        updateConfig({ vite: { plugins: [mdxHints] } });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        // An edit to a file of the pipeline restarts the server, and Astro then keeps the content
        // it had loaded: the registry's entries as they were, briefs validated by the old schema.
        // When a (re)started server is first asked for something and its content config has
        // loaded again, every loader runs again: the briefs' loader re-validates them all when the
        // code that validates them changed (src/loaders/brief-loader.ts). A brief that no longer
        // matches its schema, which Astro only logs, is shown on every page as Vite shows an
        // error, with its file and line, until it loads again.
        const refresh = async () => {
          for (const started = Date.now(); refreshContent && Date.now() - started < REFRESH_LIMIT_MS; ) {
            const before = contentState().loads;
            await refreshContent({});
            if (contentState().loads !== before) return;
            // Right after a restart the content config may still be loading: Astro's refresh then does nothing.
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        };
        // An edit that breaks the registry or the glossary: Astro keeps the config it had, which
        // holds the registry as it was, and says so in the terminal only. Pages show the error, with
        // its file and line, until an edit mends it (Astro then restarts with the new registry).
        let registryError: Error | undefined;
        const content = contentRoot(root);
        // Read once the save has settled: halfway, a whole registry would read as broken.
        server.watcher.on(
          'change',
          settled((file) => {
            if (!file.startsWith(fileURLToPath(new URL('entities/', content))) && file !== fileURLToPath(new URL('glossary.yaml', content))) return;
            try {
              loadRegistry(content);
              registryError = undefined;
            } catch (error) {
              registryError = error as Error;
            }
          }),
        );
        // A file of the pipeline saved while the server restarted, after the config had read it and
        // before this server's watcher started, raised no event: the server would keep what the
        // config read (a broken registry served as if it were whole) until the next edit. Its event
        // is raised now, at the first request, once Astro listens for it and restarts.
        const missedEdit = () => {
          const late = pipelineFiles(root).find((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > readAt);
          if (late) server.watcher.emit('change', late);
        };
        let refreshed: Promise<void> | undefined;
        server.middlewares.use((request: IncomingMessage, _response: ServerResponse, next: (error?: unknown) => void) => {
          if (!refreshed) missedEdit();
          refreshed ??= refresh().catch((error: Error) => logger.error(error.message));
          // A page waits a little for it, never long: at worst it shows the content as it was.
          void Promise.race([refreshed, new Promise((resolve) => setTimeout(resolve, PAGE_WAIT_MS))]).then(() =>
            next(request.headers.accept?.includes('text/html') ? (registryError ?? contentError(root)) : undefined),
          );
        });
        // The index of the site as it is, built again after any change. One build at a time: they
        // share Pagefind's one service, which a build closes when it is done, so a second build
        // started by an edit during the first would lose it midway.
        let index: Promise<Map<string, Uint8Array>> | undefined;
        let building: Promise<unknown> = Promise.resolve();
        server.watcher.on('all', () => (index = undefined));
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith(`${base}pagefind/`)) {
            next();
            return;
          }
          const origin = `http://${request.headers.host}`;
          if (!index) {
            const built = building.then(() => buildIndex(origin, base));
            building = built.catch(() => undefined);
            const current: Promise<Map<string, Uint8Array>> = built.catch((error: Error) => {
              logger.error(`search index: ${error.message}`);
              // The next request tries again, unless a change has already asked for a newer index.
              if (index === current) index = undefined;
              return new Map();
            });
            index = current;
          }
          void index.then((files) => {
            const file = files.get(path.slice(`${base}pagefind/`.length));
            if (!file) {
              response.statusCode = 404;
              response.end();
              return;
            }
            response.setHeader('Content-Type', contentType(path));
            response.end(file);
          });
        });
      },
    },
  };
}

/**
 * A content error the content layer met that still stands (src/lib/content-state.ts), for a page
 * to show in the browser: Astro only logs it and serves the entry as it was. The error of a file
 * since changed or deleted is dropped: the loader meets it again if it is still there.
 */
function contentError(root: URL): Error | undefined {
  const { errors } = contentState();
  for (const [file, { error, text }] of errors) {
    const url = new URL(file, root);
    if (existsSync(url) && readFileSync(url, 'utf8') === text) return error;
    errors.delete(file);
  }
  return undefined;
}

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json', wasm: 'application/wasm' };
const contentType = (path: string) => TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';

/** Renders the home page and the entity lists, then every brief and entity page they link to, and indexes them. */
async function buildIndex(origin: string, base: string): Promise<Map<string, Uint8Array>> {
  const fetchText = async (path: string) => {
    const response = await fetch(`${origin}${path}`);
    return response.ok ? response.text() : '';
  };
  const hubs = ['', ...ENTITY_KINDS.map((kind) => `${kind}/`)].map((p) => `${base}${p}`);
  const pages = new Set<string>();
  const pattern = new RegExp(`href="(${escapeRegExp(base)}(?:briefs|${ENTITY_KINDS.join('|')})/[a-z0-9-]+/)"`, 'g');
  for (const hub of hubs) for (const match of (await fetchText(hub)).matchAll(pattern)) pages.add(match[1]!);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let main: Coverage = { pages: 0 };
    for (const page of pages) {
      const content = await fetchText(page);
      if (!content) continue;
      await index.addHTMLFile({ url: page.slice(base.length - 1), content });
      const { date } = readPage(content);
      if (date) main = cover(main, date);
    }
    const { files } = await index.getFiles();
    // A site the dev server shows is small enough for the main index alone (src/integrations/search-index.ts).
    const parts: PartsFile = { main, parts: [] };
    return new Map([...files.map((file) => [file.path, file.content] as const), [PARTS_FILE, new TextEncoder().encode(JSON.stringify(parts))]]);
  } finally {
    await pagefind.close();
  }
}
