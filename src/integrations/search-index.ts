import { readdir, rm, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../lib/search-text.ts';
import { PARTS_FILE, partFolder } from '../lib/search-parts.ts';

/** What a part's folder needs: the search page merges it with the main index, whose code and WebAssembly it shares. */
const PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/**
 * The Pagefind index, fed one page at a time as the build renders them (src/middleware.ts) or
 * reads them back: Pagefind's own addDirectory reads and parses every page of the site at once,
 * which on an archive (later pages of long lists, never indexed) costs gigabytes.
 *
 * Pagefind's process holds everything it has been given until it writes (about 100 KB a page,
 * and three times that while writing: 5.5 GB for a 20,000-brief archive), so an archive's index
 * is written in parts of `partPages` pages: each full part is written into
 * `pagefind/parts/N/` as soon as it is full and its process ends, returning its memory; the
 * pages left over make the main index in `pagefind/`, with `pagefind/parts.json` listing the
 * parts for the search page to merge (Pagefind's mergeIndex). Pagefind has no option to write an
 * index in parts, hence this.
 */
export class SearchIndex {
  #index: pagefind.PagefindIndex;
  readonly #outDir: string;
  readonly #partPages: number;
  readonly #beforePart: (() => void) | undefined;
  /** Pages in the part being filled; every part before it holds `partPages`. */
  #inPart = 0;
  readonly #parts: string[] = [];
  /** The worker hands pages over without waiting for the last: one at a time, so no page goes to a part being written. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(index: pagefind.PagefindIndex, outDir: string, partPages: number, beforePart?: () => void) {
    this.#index = index;
    this.#outDir = outDir;
    this.#partPages = partPages;
    this.#beforePart = beforePart;
  }

  /**
   * An index written into `outDir` (the site's output folder) in parts of at most `partPages`
   * pages; `beforePart` is called as a full part starts to be written, Pagefind's peak.
   */
  static async create(outDir: string, partPages: number, beforePart?: () => void): Promise<SearchIndex> {
    return new SearchIndex(await start(), outDir, partPages, beforePart);
  }

  /** Indexes the page built at `file` ("briefs/x/index.html"), served at its folder. */
  add(file: string, html: string): Promise<void> {
    return this.#inTurn(async () => {
      // A part is written when the page after it comes, so the main index is never left empty.
      if (this.#inPart === this.#partPages) await this.#writePart();
      const added = await this.#index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: searchableHtml(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      this.#inPart++;
    });
  }

  /** Writes the main index and the list of parts; returns how many pages they hold in all. */
  write(): Promise<{ pages: number; parts: number }> {
    return this.#inTurn(async () => {
      await this.#writeTo(`${this.#outDir}/pagefind`);
      await writeFile(`${this.#outDir}/pagefind/${PARTS_FILE}`, JSON.stringify(this.#parts));
      return { pages: this.#parts.length * this.#partPages + this.#inPart, parts: this.#parts.length + 1 };
    });
  }

  async close(): Promise<void> {
    await pagefind.close();
  }

  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.#queue.then(work);
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #writePart(): Promise<void> {
    const folder = partFolder(this.#parts.length + 1);
    const dir = `${this.#outDir}/pagefind/${folder}`;
    this.#beforePart?.();
    await this.#writeTo(dir);
    // The part's own copy of Pagefind's code would never be loaded.
    for (const name of await readdir(dir)) if (!PART_FILES.test(name)) await rm(`${dir}/${name}`, { recursive: true });
    this.#parts.push(folder);
    // Ending Pagefind's process is what returns the part's memory.
    await pagefind.close();
    this.#index = await start();
    this.#inPart = 0;
  }

  async #writeTo(outputPath: string): Promise<void> {
    const written = await this.#index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  }
}

async function start(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
