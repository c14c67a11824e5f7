import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { escapeRegExp } from '../lib/alternation.ts';
import { readPage } from '../lib/page-reading.ts';
import { cover, PARTS_FILE, type Coverage, type PartsFile } from '../lib/search-parts.ts';
import { contentRoot } from '../lib/content-root.ts';
import { ENTITY_KINDS } from '../schemas/entity.ts';

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

/**
 * `npm run dev` as the site: the pipeline's inputs (registry, glossary, plugins, schemas) are
 * watched, so an edit re-renders what it shapes (Astro restarts with the new pipeline and the
 * loader re-validates), and search works, from a Pagefind index built in memory from the pages
 * the dev server renders, rebuilt after any change. The build indexes its output instead.
 */
export function devServer(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefing:dev-server',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        if (command !== 'dev') return;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        for (const file of pipelineFiles(config.root)) addWatchFile(file);
      },
      'astro:server:setup': ({ server, logger }) => {
        let index: Promise<Map<string, Uint8Array>> | undefined;
        server.watcher.on('all', () => (index = undefined));
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith(`${base}pagefind/`)) {
            next();
            return;
          }
          const origin = `http://${request.headers.host}`;
          index ??= buildIndex(origin, base).catch((error: Error) => {
            logger.error(`search index: ${error.message}`);
            index = undefined;
            return new Map();
          });
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
