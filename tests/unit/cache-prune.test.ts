import { mkdtemp, readdir, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneFiles } from '../../src/integrations/cache-prune.ts';

describe('cache pruning', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
  it('removes the files written before the cutoff, keeps the rest and any folder, and takes a missing folder', async () => {
    const dir = await mkdtemp(`${tmpdir()}/briefing-prune-`);
    made.push(dir);
    const now = Date.now();
    await writeFile(`${dir}/old.json`, '[]');
    await writeFile(`${dir}/new.json`, '[]');
    await mkdir(`${dir}/folder`);
    const past = new Date(now - 2 * 60 * 60 * 1000);
    await utimes(`${dir}/old.json`, past, past);
    await utimes(`${dir}/folder`, past, past);
    const removed = await pruneFiles([pathToFileURL(`${dir}/`), pathToFileURL(`${dir}/absent/`)], now - 60 * 60 * 1000);
    expect(removed).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['folder', 'new.json']);
  });
});
