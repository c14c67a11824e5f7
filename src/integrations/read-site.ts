import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Parser } from 'htmlparser2';
import type { PageLinks } from '../lib/link-check.ts';

/** How many pages are read at once: enough to keep the disk busy, few enough that an archive's pages are never all in memory together. */
const AT_ONCE = 32;

/** Reads every built file; parses each HTML page for its ids (noting any used twice) and links (htmlparser2 streams, so 5,000 pages stay fast). */
export async function readSite(outDir: string): Promise<{ pages: Map<string, PageLinks>; files: Set<string>; duplicateIds: string[]; searchable: string[] }> {
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  const duplicateIds: string[] = [];
  // Pages with a part marked for search (data-pagefind-body): the only ones Pagefind is given.
  const searchable: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        const file = relative(outDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/');
        files.add(file);
        if (!file.endsWith('.html')) continue;
        const ids = new Set<string>();
        // A page links to the same address many times (an entity per section): each is checked once.
        const links = new Set<string>();
        const parser = new Parser({
          onopentag(name, attributes) {
            const id = attributes['id'];
            if (id !== undefined && ids.has(id)) duplicateIds.push(`${file}: id "${id}" is used twice`);
            if (id) ids.add(id);
            if (name === 'a' && attributes['href'] !== undefined) links.add(attributes['href']);
            if (attributes['data-pagefind-body'] !== undefined && searchable.at(-1) !== file) searchable.push(file);
          },
        });
        parser.end(await readFile(`${outDir}/${file}`, 'utf8'));
        pages.set(file, { ids, links: [...links] });
      }
    }),
  );
  return { pages, files, duplicateIds: duplicateIds.sort(), searchable: searchable.sort() };
}
