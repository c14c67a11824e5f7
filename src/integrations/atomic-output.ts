import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { besideOutput } from '../lib/output-folders.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Publishes a build all at once. Astro writes into a staging folder beside the output folder;
 * only when every check after the build has passed (links, anchors, search index: the
 * integrations listed before this one) does the staging folder replace the output folder, by
 * rename. A failed, interrupted or killed build leaves the last good site as it was, search
 * index included. A lock file refuses a second build of the same project while one runs: Astro
 * keeps per-project state in .astro/ (the list of content modules to bundle, for one), so two
 * builds of one project corrupt each other even when their output folders differ.
 */
export function atomicOutput(): AstroIntegration {
  let final = '';
  let staging = '';
  let lock = '';
  let published = false;
  const cleanUp = () => {
    if (!published && staging) rmSync(staging, { recursive: true, force: true });
    if (lock && existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
  };
  return {
    name: 'briefing:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/\/$/, '');
        mkdirSync(new URL('.astro/', config.root), { recursive: true });
        lock = fileURLToPath(new URL('.astro/build.lock', config.root));
        acquire(lock);
        // What builds that died (killed, power cut) left: a staging folder is removed; the last
        // good site, set aside for the swap below, is put back if the swap had not finished, and
        // removed if it had.
        mkdirSync(dirname(final), { recursive: true });
        for (const name of readdirSync(dirname(final)).sort()) {
          if (!name.startsWith(`.${basename(final)}.`)) continue;
          const [, kind, pid] = /^(staging|old)-(\d+)$/.exec(name.slice(basename(final).length + 2)) ?? [];
          if (!pid || alive(Number(pid))) continue;
          const path = `${dirname(final)}/${name}`;
          if (kind === 'old' && !existsSync(final)) renameSync(path, final);
          else rmSync(path, { recursive: true, force: true });
        }
        staging = besideOutput(final, 'staging', process.pid);
        process.once('exit', (code) => {
          // Node exits with status 0 when its event loop empties, even in the middle of a
          // build (a promise nobody will settle): a build that published nothing never succeeds.
          if (!published && code === 0) {
            process.stderr.write(`[briefing:atomic-output] the build stopped before it finished: nothing was published, and ${basename(final)}/ is as it was\n`);
            process.exitCode = 1;
          }
          cleanUp();
        });
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
          process.once(signal, () => {
            cleanUp();
            process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
          });
        }
        // A URL, as Astro holds outDir once resolved (a string here is not resolved again).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging) return;
        const old = besideOutput(final, 'old', process.pid);
        if (existsSync(final)) renameSync(final, old);
        renameSync(staging, final);
        published = true;
        rmSync(old, { recursive: true, force: true });
        cleanUp();
        logger.info(`published to ${basename(final)}/`);
      },
    },
  };
}

function acquire(lock: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (alive(holder)) {
        throw new Error(`another build of this project (process ${holder}) is running: wait for it to finish. If none is running, delete ${lock}.`);
      }
      rmSync(lock, { force: true });
    }
  }
}
