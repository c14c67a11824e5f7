import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './lib/page-sink.ts';

/**
 * In a build, each HTML page goes to the build's checks and search index as soon as it is
 * rendered (src/integrations/site-reader.ts), so they work on the core that rendering leaves
 * idle instead of reading the whole site back afterwards; and each page is named as it starts,
 * so a page whose rendering fails, or never ends, is named with its brief's file. The page itself is
 * unchanged; in dev there is no sink and this does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const sink = pageSink();
  sink?.start(context.url.pathname);
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    // Astro names the page; a brief's author needs the file (an {expression} that throws).
    if (!sink || !(error instanceof Error)) throw error;
    error.message = `${sink.describe(context.url.pathname)}: ${error.message}`;
    throw error;
  }
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html') || (response.status >= 300 && response.status < 400)) return response;
  const html = await response.text();
  await sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
