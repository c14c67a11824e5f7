import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { unbuiltBriefs } from '../lib/brief-files.ts';
import { authorError } from '../lib/author-error.ts';
import { briefsDir, contentRoot } from '../lib/content-root.ts';
import { briefIds } from '../loaders/brief-loader.ts';
import { SITE_URL_UNSET } from '../lib/site-settings.ts';
import { KEEP_ANCHORS, missingAnchors, readManifest } from './published-anchors.ts';
import { HeapGuard, heapIsLarge, releaseMemory } from './release-memory.ts';
import { SiteReaderThread } from './site-reader.ts';
import { briefOf, setPageSink } from '../lib/page-sink.ts';
import { startWatchdog, stopWatchdog, working } from '../lib/watchdog.ts';

/** An expression in a brief runs when its page renders, and may loop forever. */
const RENDER_HINT = 'if it is a brief, look for an {expression} or an imported component that never returns';

/**
 * Checks the built site and indexes it for search. While Astro renders, each page goes to a
 * site reader on its own thread (src/integrations/site-reader.ts) for its ids, links and search
 * text; after, every internal link and fragment is checked, every brief must have its page, no
 * published section anchor may have gone, and then the search index is written. Any failure
 * stops the build before atomic-output publishes it, so the last good site stays in place.
 */
export function postBuild({ searchPartPages }: { searchPartPages: number }): AstroIntegration {
  let base = '/';
  let outDir = '';
  let origin = 'http://localhost';
  let content: URL | undefined;
  let root: URL | undefined;
  let siteSet = false;
  let reader: SiteReaderThread | undefined;
  return {
    name: 'briefing:post-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        const plugin: Plugin = {
          name: 'briefing:post-build',
          // The briefs are compiled: the reader starts while Astro loads the pages to render.
          buildEnd(error) {
            if (!error && this.environment.config.consumer === 'server') readerThread();
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        origin = config.site ?? origin;
        content = contentRoot(config.root);
        root = config.root;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        siteSet = config.site !== undefined;
      },
      // Once per build (so once per `npm start`, whose preview says nothing).
      'astro:build:start': ({ logger }) => {
        if (!siteSet) logger.warn(SITE_URL_UNSET);
        const heap = new HeapGuard();
        reader = undefined;
        // Astro renders the pages one after the other on this thread: one that never finishes
        // would hang the build without a word, so a watchdog names it and stops the build.
        startWatchdog('rendering', { hint: RENDER_HINT });
        const describe = (pathname: string) => {
          const id = pathname.startsWith(base) ? briefOf(pathname.slice(base.length)) : undefined;
          return id ? `${briefFile(id)} (page ${pathname})` : `page ${pathname}`;
        };
        setPageSink({
          start: (pathname) => working(describe(pathname)),
          describe,
          add: (pathname, page) => {
            heap.step();
            return readerThread().add(pathname, page);
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        setPageSink(undefined);
        await stopWatchdog();
        try {
          await check(readerThread(), logger);
        } finally {
          await reader?.close();
          reader = undefined;
        }
      },
    },
  };

  /**
   * The reader, started once the briefs are compiled (or with the first page rendered): while they
   * compile, both cores are busy, and loading it (about a core-second, with Pagefind's process)
   * waits for the moment between the compile and the rendering, when Astro loads the pages on one
   * thread.
   */
  function readerThread(): SiteReaderThread {
    // While Pagefind writes a part of the index it peaks: the garbage of rendering goes back first.
    return (reader ??= new SiteReaderThread({ base, origin, outDir, searchPartPages }, releaseMemory));
  }

  /** A brief's file, by its id. */
  function briefFile(id: string): string {
    return fileURLToPath(new URL(`${id}.mdx`, briefsDir(root!)));
  }

  /** The file and line of a brief's text that holds `href`, where the page is a brief's and its text holds it. */
  async function linkLine(id: string | undefined, href: string): Promise<{ file: string; line: number } | undefined> {
    if (!id) return undefined;
    const file = briefFile(id);
    const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    // As written: the build adds the base path to a site-relative address.
    const written = [href, ...(base !== '/' && href.startsWith(base) ? [href.slice(base.length - 1)] : [])];
    const index = lines.findIndex((line) => written.some((w) => line.includes(`](${w}`) || line.includes(`"${w}"`) || line.includes(`<${w}>`)));
    return index < 0 ? undefined : { file, line: index + 1 };
  }

  async function check(reader: SiteReaderThread, logger: AstroIntegrationLogger): Promise<void> {
    // What rendering left is garbage, and Pagefind's process peaks beside this one. A large heap
    // (2.0 GB at 20,000 briefs) goes back first; a smaller one (347 MB at 1,000 briefs, 504 MB at
    // 5,000) while the reader checks the links and Pagefind writes, rather than holding them up
    // for the second it takes, for a peak 50 to 85 MB higher at 5,000.
    const large = heapIsLarge();
    if (large) releaseMemory();
    const reading = reader.finish();
    if (!large) releaseMemory();
    const { broken, links, files: fileList, pages, duplicateIds, unsafe, searchable, readBack } = await reading;
    const files = new Set(fileList);
    // Never a silent partial site: every brief in the folder has its page.
    const found = await briefIds(briefsDir(root!));
    // The brief a page renders ("/briefs/x/index.html"), where it has a file: the file to fix.
    const sourceOf = (page: string) => {
      const id = briefOf(page.slice(1));
      return id && found.includes(id) ? ` (${briefFile(id)})` : '';
    };
    const unbuilt = unbuiltBriefs(found, files);
    if (unbuilt.length > 0) {
      throw new Error(`${unbuilt.length} of ${found.length} briefs were found but not built: ${unbuilt.slice(0, 20).map(briefFile).join(', ')}`);
    }
    if (unsafe.length > 0) {
      // What the checks of a brief's MDX refuse, made by its code all the same: never published.
      throw new Error(
        `${unsafe.length} element(s) or attribute(s) in a brief's text that run code or leave the page, which no brief may publish; its code made them (an {expression} or an import):\n  ${unsafe
          .slice(0, 20)
          .map((line) => `${line}${sourceOf(`/${line.slice(0, line.indexOf(':'))}`)}`)
          .join('\n  ')}`,
      );
    }
    if (duplicateIds.length > 0) {
      throw new Error(`${duplicateIds.length} duplicate id(s), which break links, labels and the skip link:\n  ${duplicateIds.slice(0, 20).join('\n  ')}\nIf a heading's id clashes with the page's own, add it to src/lib/page-ids.ts.`);
    }
    if (broken.length > 0) {
      // A link a brief's text holds is shown at its line in the brief's file.
      const placed = await Promise.all(broken.slice(0, 50).map(async (b) => ({ ...b, at: await linkLine(briefOf(b.page.slice(1)), b.href) })));
      const error = new Error(
        `${broken.length} broken internal link(s):\n${placed.map((b) => `  ${b.page}${b.at ? ` (${b.at.file}, line ${b.at.line})` : sourceOf(b.page)}: ${b.href}: ${b.reason}${b.alsoOn ? ` (and on ${b.alsoOn} other page(s))` : ''}`).join('\n')}${broken.length > 50 ? `\n  …and ${broken.length - 50} more` : ''}`,
      );
      const first = placed.find((b) => b.at)?.at;
      // The content's place, not this file's: a broken link is the author's to fix, not a fault of the code.
      if (first) Object.assign(authorError(error), { loc: { file: first.file, line: first.line, column: 0 } });
      throw error;
    }
    logger.info(`links: ${links} distinct links on ${pages} pages resolve (${pages - readBack} read as rendered); all ${found.length} briefs built`);
    const published = await readManifest(fileURLToPath(new URL('published-anchors.json', content)));
    const built = await readManifest(`${outDir}/anchors.json`);
    const missing = missingAnchors(published, built);
    if (missing.length > 0) {
      throw new Error(
        `published section anchors no longer exist:\n${missing.map((m) => `  ${m}`).join('\n')}\n${KEEP_ANCHORS}`,
      );
    }
    const indexed = await reader.write();
    if (indexed.pages !== searchable) throw new Error(`the search index holds ${indexed.pages} pages, but ${searchable} are marked for search`);
    logger.info(`search: indexed ${indexed.pages} pages${indexed.parts > 1 ? `: the briefs in ${indexed.parts - 1} parts of at most ${searchPartPages}, newest first, beside the main index` : ''}`);
  }
}
