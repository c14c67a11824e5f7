import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { contentRoot } from '../lib/content-root.ts';

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
        const briefs = existsSync(url) ? (parse(await readFile(url, 'utf8')) ?? []) : [];
        if (!Array.isArray(briefs)) throw new Error(`${path}: expected a list of withdrawn briefs`);
        store.set({ id: 'list', data: await parseData({ id: 'list', data: { briefs }, filePath: path }) });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => changed === path && void sync());
    },
  };
}
