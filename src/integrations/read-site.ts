import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { eachAtOnce } from '../lib/at-once.ts';
import { LinkLedger, type BrokenLink } from '../lib/link-check.ts';

/** How many pages are read at once: enough to keep the disk busy, few enough that an archive's pages are never all in memory together. */
const AT_ONCE = 32;

export interface SiteReading {
  /** Every internal link that leads nowhere (to no page, or to no id on its page). */
  broken: BrokenLink[];
  /** Distinct links per page, summed. */
  links: number;
  /** Every output file, relative to the output folder. */
  files: Set<string>;
  pages: number;
  duplicateIds: string[];
  /** Pages with a part marked for search (data-pagefind-body): the only ones Pagefind is given. */
  searchable: string[];
}

/**
 * Reads every built page once (htmlparser2 streams, AT_ONCE pages at a time, so 60,000 pages
 * stay fast and are never all in memory): its ids, noting any used twice, whether it has a part
 * marked for search, and its links, which the ledger resolves at once and keeps only as distinct
 * targets; they are checked against every page's ids at the end.
 */
export async function readSite(outDir: string, base: string, origin: string): Promise<SiteReading> {
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Set(entries.map((entry) => relative(outDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/')));
  const ids = new Map<string, Set<string>>();
  const duplicateIds: string[] = [];
  const searchable: string[] = [];
  const ledger = new LinkLedger(base, origin);
  const pages = [...files].filter((file) => file.endsWith('.html'));
  await eachAtOnce(pages, AT_ONCE, async (file) => {
    const html = await readFile(`${outDir}/${file}`, 'utf8');
    const found = new Set<string>();
    const hrefs: string[] = [];
    let marked = false;
    const parser = new Parser({
      onopentag(name, attributes) {
        const id = attributes['id'];
        if (id !== undefined && found.has(id)) duplicateIds.push(`${file}: id "${id}" is used twice`);
        if (id) found.add(id);
        if (attributes['data-pagefind-body'] !== undefined) marked = true;
        if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
      },
    });
    parser.end(html);
    ids.set(file, found);
    ledger.add(file, hrefs);
    if (marked) searchable.push(file);
  });
  return { broken: ledger.check(ids, files), links: ledger.links, files, pages: pages.length, duplicateIds: duplicateIds.sort(), searchable: searchable.sort() };
}
