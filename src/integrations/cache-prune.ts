import { readdir, rm, stat } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { bodiesDir } from '../markdown/brief-body.ts';
import { excerptsDir } from '../markdown/pipeline.ts';

/** How long a file nobody rewrote is kept: a dev server or a second build may be using it. */
export const CACHE_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes from `dirs` every file last written before `before`; returns how many. The folders
 * hold what compiles write (brief bodies named by their hash, excerpts by brief), and every
 * build compiles, so rewrites, each file it uses: what it did not write is a former version's.
 */
export async function pruneFiles(dirs: readonly URL[], before: number): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = new URL(name, dir);
      // Another build pruning the same cache may have removed it since.
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || info.mtimeMs >= before) continue;
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Keeps the build's cache from growing with every edit: after a build that passed its checks,
 * the brief bodies and excerpts it did not write, unless written in the last hour, are removed.
 * An archive rewrites some 15 KB per changed brief, and a change to a plugin or the registry
 * changes every brief's; without this, the cache grew by the archive's size each time.
 */
export function cachePrune(): AstroIntegration {
  let cacheDir: URL | undefined;
  let started = 0;
  return {
    name: 'briefing:cache-prune',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneFiles([bodiesDir(cacheDir!), excerptsDir(cacheDir!)], started - CACHE_GRACE_MS);
        if (removed > 0) logger.info(`cache: removed ${removed} file(s) of former versions of briefs`);
      },
    },
  };
}
