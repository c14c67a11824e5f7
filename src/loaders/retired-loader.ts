import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { contentRoot } from '../lib/content-root.ts';
import { withYamlLines } from '../lib/frontmatter-lines.ts';

/**
 * Withdrawn briefs from content/retired.yaml (written by `npm run retire`), stored as one entry,
 * "list", holding them all. No brief withdrawn is the usual case, and Astro warns about an empty
 * collection (as its file() loader does about a missing or empty file): one entry never is.
 */
export function retiredLoader(): Loader {
  return {
    name: 'briefing:retired',
    load: async ({ config, store, parseData, watcher }) => {
      const url = new URL('retired.yaml', contentRoot(config.root));
      const path = fileURLToPath(url);
      const sync = async () => {
        store.clear();
        const text = existsSync(url) ? await readFile(url, 'utf8') : '';
        const briefs = parse(text) ?? [];
        if (!Array.isArray(briefs)) throw new Error(`${path}: expected a list of withdrawn briefs`);
        try {
          store.set({ id: 'list', data: await parseData({ id: 'list', data: { briefs }, filePath: path }) });
        } catch (error) {
          // Astro's schema error points at line 0: each problem gets its line in the file, as in check.
          const e = error as Error & { loc?: { file?: string; line?: number; column?: number } };
          const { message, line } = withYamlLines(e.message, text, 'briefs');
          e.message = message;
          if (line !== undefined) e.loc = { ...e.loc, file: path, line, column: 0 };
          throw e;
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => changed === path && void sync());
    },
  };
}
