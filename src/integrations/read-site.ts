import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Parser } from 'htmlparser2';
import type { PageLinks } from '../lib/link-check.ts';

/** Reads every built file; parses each HTML page for its ids (noting any used twice) and links (htmlparser2 streams, so 5,000 pages stay fast). */
export async function readSite(outDir: string): Promise<{ pages: Map<string, PageLinks>; files: Set<string>; duplicateIds: string[] }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  const duplicateIds: string[] = [];
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = relative(outDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/');
        files.add(file);
        if (!file.endsWith('.html')) return;
        const ids = new Set<string>();
        const links: string[] = [];
        const parser = new Parser({
          onopentag(name, attributes) {
            const id = attributes['id'];
            if (id !== undefined && ids.has(id)) duplicateIds.push(`${file}: id "${id}" is used twice`);
            if (id) ids.add(id);
            if (name === 'a' && attributes['href'] !== undefined) links.push(attributes['href']);
          },
        });
        parser.end(await readFile(`${outDir}/${file}`, 'utf8'));
        pages.set(file, { ids, links });
      }),
  );
  return { pages, files, duplicateIds: duplicateIds.sort() };
}
