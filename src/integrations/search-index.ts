import * as pagefind from 'pagefind';
import { searchableHtml } from '../lib/search-text.ts';

/**
 * The Pagefind index, fed one page at a time as the build renders them (src/middleware.ts) or
 * reads them back: Pagefind's own addDirectory reads and parses every page of the site at once,
 * which on an archive (later pages of long lists, never indexed) costs gigabytes.
 */
export class SearchIndex {
  readonly #index: pagefind.PagefindIndex;
  #pages = 0;

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async create(): Promise<SearchIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchIndex(index);
  }

  /** Indexes the page built at `file` ("briefs/x/index.html"), served at its folder. */
  async add(file: string, html: string): Promise<void> {
    const added = await this.#index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: searchableHtml(html) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    this.#pages++;
  }

  /** Writes the index into the output folder; returns how many pages it holds. */
  async write(outDir: string): Promise<number> {
    const written = await this.#index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return this.#pages;
  }

  async close(): Promise<void> {
    await pagefind.close();
  }
}
