import { readdirSync, readFileSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { decodeFragment, fragmentId, type Fragment } from '../lib/pagefind-fragment.ts';
import { searchableHtml } from '../lib/search-text.ts';
import { combine, cover, PARTS_FILE, partFolder, type Coverage, type Part, type PartsFile } from '../lib/search-parts.ts';

/** Where the directory's record of a part's words claims to be: never a page, so never a link. */
const DIRECTORY_URL = '/pagefind/directory/';
const directoryUrl = (folder: string) => `${DIRECTORY_URL}${folder}`;

/**
 * Pages written between two calls of `beforePart`: the collection it asks for takes about a
 * second of each thread, and a part of 500 briefs peaks lower than the 2,500-page parts it was
 * measured for (see docs/performance.md, "What the round of runs S to V changed").
 */
const RELEASE_PAGES = 2500;

/** Parts' worth of pages the index may fall behind by before the build waits for it: at most some 70 MB of text (33 KB a brief, two bytes a character). */
const BACKLOG_PARTS = 2;

/** Pages sent to Pagefind's process before the first of them must have been indexed. */
const IN_FLIGHT = 16;

/** What a part's folder needs: the search page merges it with the main index, whose code and WebAssembly it shares. */
const PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/**
 * The Pagefind index, fed one page at a time as the build renders them (src/middleware.ts) or
 * reads them back: Pagefind's own addDirectory reads and parses every page of the site at once,
 * which on an archive (later pages of long lists, never indexed) costs gigabytes.
 *
 * An archive's index is written in parts, for two reasons. Pagefind's process holds everything it
 * has been given until it writes (about 100 KB a page, and three times that while writing: 5.5 GB
 * for a 20,000-brief archive): each full part is written into `pagefind/parts/N/` as soon as it is
 * full, and its process ends, returning its memory. And a first search need not load the whole
 * archive: briefs come newest first (Astro renders them in the order of getStaticPaths), so part 1
 * holds the newest, and the search page merges parts only as a search needs them, newest first
 * (src/components/search-page.ts).
 *
 * Dated pages (briefs) fill the parts; the undated ones (the pages about entities, the glossary),
 * which every search looks through and which grow with the registry, not the archive, make the
 * main index in `pagefind/`, with `pagefind/parts.json` saying what each index holds. A site
 * whose briefs fit in one part has the main index alone.
 *
 * The main index also holds a directory: for each part, one record of every word its pages hold
 * (taken from what Pagefind kept of them), whose id parts.json gives. A search of the main
 * index therefore says which parts hold the words of a query, with Pagefind's own tokens, stems
 * and prefixes, so the search page merges only those: a rare name costs its own part, not the
 * archive. Pagefind has no option to write an index in parts, hence this.
 */
export class SearchIndex {
  #index: pagefind.PagefindIndex;
  readonly #outDir: string;
  readonly #partPages: number;
  readonly #beforePart: (() => void) | undefined;
  readonly #releasePages: number;
  /** Pages written in parts since `beforePart` was last called. */
  #sinceRelease = 0;
  /** The dated pages in the index being filled. */
  #filling: Coverage = { pages: 0 };
  /** The written parts, each with its words, one space apart: its record in the directory. */
  readonly #parts: (Omit<Part, 'key'> & { words: string })[] = [];
  /**
   * Undated pages, held until the main index is written: writing a part ends Pagefind's process,
   * index and all. They are few (a registry's worth) and are held as the text Pagefind reads.
   */
  readonly #undated: { url: string; content: string }[] = [];
  /** The worker hands pages over without waiting for the last: one at a time, so no page goes to a part being written. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Dated pages handed over and not yet sent to Pagefind's process. */
  #backlog = 0;
  /** Pages sent to Pagefind's process, and not yet known to be in its index. */
  readonly #sent: Promise<void>[] = [];
  /** Whether the last page handed over was dated: the next undated one ends a run of briefs. */
  #afterDated = false;
  /** The first page Pagefind refused, given to every later call: the build stops with it. */
  #failure: Error | undefined;

  private constructor(index: pagefind.PagefindIndex, outDir: string, partPages: number, beforePart: (() => void) | undefined, releasePages: number) {
    this.#index = index;
    this.#outDir = outDir;
    this.#partPages = partPages;
    this.#beforePart = beforePart;
    this.#releasePages = releasePages;
  }

  /**
   * An index written into `outDir` (the site's output folder) in parts of at most `partPages`
   * dated pages; `beforePart` is called as a part starts to be written, Pagefind's peak, once
   * `releasePages` pages have gone into parts since it was last called.
   */
  static async create(outDir: string, partPages: number, beforePart?: () => void, releasePages = RELEASE_PAGES): Promise<SearchIndex> {
    return new SearchIndex(await start(), outDir, partPages, beforePart, releasePages);
  }

  /**
   * Indexes the page built at `file` ("briefs/x/index.html"), served at its folder; `date` is a
   * brief's. A dated page waits its turn here, not in the caller, up to BACKLOG_PARTS parts'
   * worth: Pagefind's process, which shares a core with this thread, falls behind the rendering
   * and stands still while it writes a full part (3 s for 500 briefs in a build of 1,000), and
   * the build reads and renders on meanwhile. A page Pagefind refuses fails the next call,
   * naming that page (`file` on the error).
   */
  add(file: string, html: string, date?: string): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    const record = { url: `/${file.replace(/index\.html$/, '')}`, content: searchableHtml(html) };
    if (date === undefined) {
      this.#undated.push(record);
      if (this.#afterDated) this.#endParts();
      this.#afterDated = false;
      return Promise.resolve();
    }
    this.#afterDated = true;
    this.#backlog++;
    const turn = this.#inTurn(async () => {
      // A part is written when the page after it comes, so a site whose briefs fill one part exactly has no parts.
      if (this.#filling.pages === this.#partPages) await this.#writePart();
      await this.#send(record, file);
      this.#filling = cover(this.#filling, date);
    }).finally(() => this.#backlog--);
    turn.catch((error: Error) => (this.#failure ??= error));
    return this.#backlog > BACKLOG_PARTS * this.#partPages ? turn : Promise.resolve();
  }

  /**
   * The briefs have ended (a page without a date follows them; Astro renders a route's pages one
   * after another): the part they fill is written now, while the rest of the site renders, not
   * once every page is in (1.7 s of a 1,000-brief build's end went to it). A dated page that
   * still comes starts another part. A site whose briefs fit in one part keeps them in the main index.
   */
  #endParts(): void {
    this.#inTurn(async () => {
      if (this.#parts.length > 0 && this.#filling.pages > 0) await this.#writePart();
    }).catch((error: Error) => (this.#failure ??= error));
  }

  /** Writes the main index and the list of parts; returns how many pages they hold in all. */
  write(): Promise<{ pages: number; parts: number }> {
    return this.#inTurn(async () => {
      if (this.#failure) throw this.#failure;
      // Once there are parts, the briefs left over make one more: the main index holds none.
      const main = this.#parts.length > 0 ? await this.#lastPart() : this.#filling;
      for (const record of this.#undated) await this.#send(record);
      const directory = this.#parts.map((part) => ({ url: directoryUrl(part.folder), content: part.words }));
      for (const record of directory) {
        // A record, not a page: a page without a part marked for search would be left out.
        const added = await this.#index.addCustomRecord({ ...record, language: 'en' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the directory's ${record.url}: ${added.errors.join('; ')}`);
      }
      const dir = `${this.#outDir}/pagefind`;
      await this.#received();
      await this.#writeTo(dir);
      // The ids Pagefind gave the directory's records, which search results carry.
      const ids = new Map<string, string>();
      for (const [file, { url }] of fragmentsIn(dir)) if (url.startsWith(DIRECTORY_URL)) ids.set(url, fragmentId(file));
      const parts = this.#parts.map(({ words: _, ...part }) => {
        const key = ids.get(directoryUrl(part.folder));
        if (!key) throw new Error(`Pagefind wrote no directory record for the search index's ${part.folder}`);
        return { ...part, key };
      });
      const file: PartsFile = { main, parts };
      await writeFile(`${dir}/${PARTS_FILE}`, JSON.stringify(file));
      return { pages: combine([main, ...parts]).pages + this.#undated.length, parts: parts.length + 1 };
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

  /**
   * Hands a page to Pagefind's process without waiting for it to be indexed, up to IN_FLIGHT
   * pages ahead: waiting for each answer kept that process a third idle while it caught up with
   * the rendering. `file` names the page in the error if Pagefind refuses it.
   */
  async #send(record: { url: string; content: string }, file?: string): Promise<void> {
    if (this.#sent.length === IN_FLIGHT) await this.#sent.shift();
    const added = this.#index.addHTMLFile(record).then(({ errors }) => {
      if (errors.length > 0) throw Object.assign(new Error(`Pagefind could not index ${record.url}: ${errors.join('; ')}`), file ? { file } : {});
    });
    // Its failure is the build's (#failure) even before anything waits for it.
    added.catch((error: Error) => (this.#failure ??= error));
    this.#sent.push(added);
  }

  /** Every page handed over is in Pagefind's index: it is written only then. */
  async #received(): Promise<void> {
    await Promise.all(this.#sent.splice(0));
  }

  /**
   * The main index's dated pages when the briefs left over are written as a part: none, unless
   * the site has no undated page, when they stay (Pagefind cannot search an empty index).
   */
  async #lastPart(): Promise<Coverage> {
    if (this.#undated.length === 0) return this.#filling;
    if (this.#filling.pages > 0) await this.#writePart();
    return { pages: 0 };
  }

  async #writePart(): Promise<void> {
    const folder = partFolder(this.#parts.length + 1);
    const dir = `${this.#outDir}/pagefind/${folder}`;
    await this.#received();
    this.#sinceRelease += this.#filling.pages;
    if (this.#sinceRelease >= this.#releasePages) {
      this.#sinceRelease = 0;
      this.#beforePart?.();
    }
    await this.#writeTo(dir);
    // The part's own copy of Pagefind's code would never be loaded.
    for (const name of await readdir(dir)) if (!PART_FILES.test(name)) await rm(`${dir}/${name}`, { recursive: true });
    const part = { folder, ...this.#filling };
    // Ending Pagefind's process is what returns the part's memory.
    await pagefind.close();
    this.#index = await start();
    this.#filling = { pages: 0 };
    this.#parts.push({ ...part, words: partWords(dir) });
  }

  async #writeTo(outputPath: string): Promise<void> {
    const written = await this.#index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  }
}

/**
 * Every word of a written part's pages, as Pagefind kept them, one space apart, for the directory:
 * their text, and their metadata and filter values, which Pagefind also searches (a brief's date, say).
 */
function partWords(dir: string): string {
  const words = new Set<string>();
  for (const [, { content, meta, filters }] of fragmentsIn(dir)) {
    const texts = [content, ...Object.values(meta), ...Object.values(filters).flat()];
    for (const text of texts) for (const word of (text ?? '').toLowerCase().split(/\s+/)) if (word) words.add(word);
  }
  return [...words].join(' ');
}

/**
 * Each fragment Pagefind wrote to the index in `dir`, with its file's name. Read at once: one
 * after another, trips through libuv's thread pool would cost more than the reading.
 */
function* fragmentsIn(dir: string): Generator<[name: string, fragment: Fragment]> {
  for (const name of readdirSync(`${dir}/fragment`)) yield [name, decodeFragment(readFileSync(`${dir}/fragment/${name}`))];
}

async function start(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
