import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { eachAtOnce } from '../lib/at-once.ts';
import { searchableHtml } from '../lib/search-text.ts';

/**
 * Builds the Pagefind index from the pages that have a part marked for search (data-pagefind-body),
 * given one at a time: Pagefind's own addDirectory reads and parses every page of the site at
 * once, which on an archive (later pages of long lists, never indexed) costs gigabytes.
 */
export async function buildSearchIndex(outDir: string, searchable: readonly string[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // A few pages in flight keep Pagefind busy without reading the site into memory.
    await eachAtOnce(searchable, 4, async (file) => {
      const added = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: searchableHtml(await readFile(`${outDir}/${file}`, 'utf8')) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return searchable.length;
  } finally {
    await pagefind.close();
  }
}
