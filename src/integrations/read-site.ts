import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { eachAtOnce } from '../lib/at-once.ts';
import { linkChecker, type BrokenLink } from '../lib/link-check.ts';

/** How many pages are read at once: enough to keep the disk busy, few enough that an archive's pages are never all in memory together. */
const AT_ONCE = 32;

/** Calls `each` for every HTML page of the output with its text, AT_ONCE at a time (htmlparser2 streams, so 60,000 pages stay fast). */
function eachPage(outDir: string, pages: readonly string[], each: (file: string, html: string) => void): Promise<void> {
  return eachAtOnce(pages, AT_ONCE, async (file) => each(file, await readFile(`${outDir}/${file}`, 'utf8')));
}

/**
 * Reads every built page once for its ids (noting any used twice) and whether it has a part
 * marked for search (data-pagefind-body); links are read in a second pass, checkSiteLinks, so
 * the links of a whole archive are never held at once.
 */
export async function readSite(outDir: string): Promise<{ ids: Map<string, Set<string>>; files: Set<string>; duplicateIds: string[]; searchable: string[] }> {
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Set(entries.map((entry) => relative(outDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/')));
  const ids = new Map<string, Set<string>>();
  const duplicateIds: string[] = [];
  // Pages with a part marked for search: the only ones Pagefind is given.
  const searchable: string[] = [];
  await eachPage(outDir, [...files].filter((file) => file.endsWith('.html')), (file, html) => {
    const found = new Set<string>();
    let marked = false;
    const parser = new Parser({
      onopentag(_name, attributes) {
        const id = attributes['id'];
        if (id !== undefined && found.has(id)) duplicateIds.push(`${file}: id "${id}" is used twice`);
        if (id) found.add(id);
        if (attributes['data-pagefind-body'] !== undefined) marked = true;
      },
    });
    parser.end(html);
    ids.set(file, found);
    if (marked) searchable.push(file);
  });
  return { ids, files, duplicateIds: duplicateIds.sort(), searchable: searchable.sort() };
}

/** Checks the links of every page (src/lib/link-check.ts), one page at a time; returns what is broken and how many distinct links each page had, summed. */
export async function checkSiteLinks(
  outDir: string,
  site: { ids: ReadonlyMap<string, ReadonlySet<string>>; files: ReadonlySet<string> },
  base: string,
  origin: string,
): Promise<{ broken: BrokenLink[]; links: number }> {
  const check = linkChecker(site.ids, site.files, base, origin);
  const broken: BrokenLink[] = [];
  let links = 0;
  await eachPage(outDir, [...site.ids.keys()], (file, html) => {
    // A page links to the same address many times (an entity per section): each is checked once.
    const hrefs = new Set<string>();
    const parser = new Parser({
      onopentag(name, attributes) {
        if (name === 'a' && attributes['href'] !== undefined) hrefs.add(attributes['href']);
      },
    });
    parser.end(html);
    links += hrefs.size;
    broken.push(...check(file, hrefs));
  });
  return { broken: broken.sort((a, b) => a.page.localeCompare(b.page)), links };
}
