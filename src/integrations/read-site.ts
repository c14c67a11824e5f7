import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { eachAtOnce } from '../lib/at-once.ts';
import { LinkLedger, type BrokenLink } from '../lib/link-check.ts';
import { readPage } from '../lib/page-reading.ts';
import type { SearchIndex } from './search-index.ts';

/** How many pages are read back from disk at once: enough to keep the disk busy, few enough that an archive's pages are never all in memory together. */
const AT_ONCE = 32;

export interface SiteReading {
  /** Every internal link that leads nowhere (to no page, or to no id on its page). */
  broken: BrokenLink[];
  /** Distinct links per page, summed. */
  links: number;
  /** Every output file, relative to the output folder. */
  files: string[];
  pages: number;
  duplicateIds: string[];
  /** What a brief's text holds that runs code or leaves the page (src/lib/page-reading.ts), by page. */
  unsafe: string[];
  /** Pages with a part marked for search (data-pagefind-body): the only ones given to the index. */
  searchable: number;
  /** Pages read back from disk because the build did not hand them over as it rendered them. */
  readBack: number;
}

/**
 * Reads every built page once: its ids, noting any used twice, its links, which the ledger
 * resolves at once and keeps only as distinct targets, and, if it has a part marked for search,
 * hands it to the search index. Pages come as Astro renders them (`add`, from src/middleware.ts
 * through the build's site reader worker); `finish` then reads back from disk any page of the
 * output folder that did not come that way (a redirect page Astro writes itself, say), and
 * checks every link against every page's ids.
 */
export class SiteReader {
  readonly #ids = new Map<string, Set<string>>();
  readonly #duplicateIds: string[] = [];
  readonly #unsafe: string[] = [];
  #searchable = 0;
  readonly #ledger: LinkLedger;
  readonly #index: SearchIndex | undefined;

  constructor(base: string, origin: string, index?: SearchIndex) {
    this.#ledger = new LinkLedger(base, origin);
    this.#index = index;
  }

  /** One page, by its output file ("briefs/x/index.html"). */
  async add(file: string, html: string): Promise<void> {
    if (this.#ids.has(file)) throw new Error(`${file} was handed to the checks twice`);
    const page = readPage(html);
    this.#ids.set(file, page.ids);
    for (const id of page.duplicateIds) this.#duplicateIds.push(`${file}: id "${id}" is used twice`);
    for (const found of page.unsafe) this.#unsafe.push(`${file}: ${found}`);
    this.#ledger.add(file, page.hrefs);
    if (page.searchable) {
      this.#searchable++;
      await this.#index?.add(file, html, page.date);
    }
  }

  async finish(outDir: string, onRead?: () => void): Promise<SiteReading> {
    // At once: the promise form walks the folders one promise at a time, 0.36 s against 0.1 s for
    // a site of 1,000 briefs, just before the search index is written; this runs on its own thread.
    const entries = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const files = entries.map((entry) => relative(outDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/'));
    const onDisk = new Set(files);
    const strays = [...this.#ids.keys()].filter((file) => !onDisk.has(file));
    if (strays.length > 0) throw new Error(`pages were rendered that the build did not write: ${strays.slice(0, 10).join(', ')}`);
    const unread = files.filter((file) => file.endsWith('.html') && !this.#ids.has(file));
    await eachAtOnce(unread, AT_ONCE, async (file) => this.add(file, await readFile(`${outDir}/${file}`, 'utf8')));
    onRead?.();
    return {
      broken: this.#ledger.check(this.#ids, onDisk),
      links: this.#ledger.links,
      files,
      pages: this.#ids.size,
      duplicateIds: this.#duplicateIds.sort(),
      unsafe: this.#unsafe.sort(),
      searchable: this.#searchable,
      readBack: unread.length,
    };
  }
}
