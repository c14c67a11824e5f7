/**
 * Where the build hands each page it renders (src/middleware.ts): the build's site reader
 * (src/integrations/site-reader.ts) sets it while a build renders. Middleware is bundled apart
 * from the integrations, so the two meet on a global, under a registered symbol.
 */
export interface PageSink {
  /** A page starts rendering at `pathname`: a render that never ends is then named (src/lib/watchdog.ts). */
  start(pathname: string): void;
  /** What renders at `pathname`, for an error: the brief's file for a brief's page. */
  describe(pathname: string): string;
  /**
   * The rendered page at `pathname` (as Astro requested it, base included), as the bytes Astro
   * writes: the page's HTML in UTF-8, never decoded on the rendering thread.
   */
  add(pathname: string, page: Uint8Array): Promise<void>;
}

const SINK = Symbol.for('briefing.page-sink');

export function pageSink(): PageSink | undefined {
  return (globalThis as { [SINK]?: PageSink })[SINK];
}

export function setPageSink(sink: PageSink | undefined): void {
  const global = globalThis as { [SINK]?: PageSink };
  if (sink) global[SINK] = sink;
  else delete global[SINK];
}

/** The id of the brief a page renders, from its path in the site ("briefs/x/" or "briefs/x/index.html"). */
export function briefOf(sitePath: string): string | undefined {
  return /^briefs\/([^/]+)\/(?:index\.html)?$/.exec(sitePath)?.[1];
}
