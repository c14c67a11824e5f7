import { getEntry } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { pageSizeProblem } from './lib/input-limits.ts';
import { briefOf, pageSink } from './lib/page-sink.ts';

/** The id of the brief whose page is at `pathname` (base path included). */
function briefId(pathname: string): string | undefined {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return pathname.startsWith(base) ? briefOf(pathname.slice(base.length)) : undefined;
}

/** In dev, which has no page sink: a brief's page named by its file, as the build names it. */
async function briefPage(pathname: string): Promise<string | undefined> {
  const id = briefId(pathname);
  if (!id) return undefined;
  try {
    const entry = await getEntry('briefs', id);
    return entry?.filePath ? `${entry.filePath} (page ${pathname})` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In a build, each HTML page goes to the build's checks and search index as soon as it is
 * rendered (src/integrations/site-reader.ts), so they work on the core that rendering leaves
 * idle instead of reading the whole site back afterwards; and each page is named as it starts,
 * so a page whose rendering fails, or never ends, is named with its brief's file. The page itself
 * is unchanged. In dev there is no sink; a brief's page is read here all the same, since the dev
 * server streams it and an {expression} would otherwise throw after this has returned, so that
 * its error names the file too.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const sink = pageSink();
  const { pathname } = context.url;
  sink?.start(pathname);
  let response: Response;
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  try {
    response = await next();
    const page = response.headers.get('content-type')?.startsWith('text/html') && !(response.status >= 300 && response.status < 400);
    // Bytes, as Astro writes them: the page's text is decoded by the site reader, on its own thread.
    if (page && (sink ? context.isPrerendered : briefId(pathname))) bytes = new Uint8Array(await response.arrayBuffer());
    const heavy = bytes && pageSizeProblem(bytes.length);
    if (heavy) throw new Error(heavy);
  } catch (error) {
    // Astro names the page; a brief's author needs the file (an {expression} that throws).
    if (!(error instanceof Error)) throw error;
    const page = sink ? sink.describe(pathname) : await briefPage(pathname);
    if (page) error.message = `${page}: ${error.message}`;
    throw error;
  }
  if (bytes === undefined) return response;
  await sink?.add(pathname, bytes);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
