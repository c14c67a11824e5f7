import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { contentRoot } from '../lib/content-root.ts';

/**
 * Withdrawn briefs from content/retired.yaml (written by `npm run retire`). Astro's file()
 * loader warns about a missing or empty list; no brief withdrawn is the usual case, so this one
 * accepts both quietly.
 */
export function retiredLoader(): Loader {
  return {
    name: 'briefing:retired',
    load: async ({ config, store, parseData, watcher }) => {
      const url = new URL('retired.yaml', contentRoot(config.root));
      const path = fileURLToPath(url);
      const sync = async () => {
        store.clear();
        if (!existsSync(url)) return;
        const list = (parse(await readFile(url, 'utf8')) ?? []) as Record<string, unknown>[];
        if (!Array.isArray(list)) throw new Error(`${path}: expected a list of withdrawn briefs`);
        for (const item of list) {
          const id = String(item['id'] ?? '');
          store.set({ id, data: await parseData({ id, data: item, filePath: path }) });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => changed === path && void sync());
    },
  };
}
