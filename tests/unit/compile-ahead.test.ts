import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CompileAhead, OUTSTANDING } from '../../src/integrations/compile-ahead.ts';

const dir = await mkdtemp(`${tmpdir()}/compile-ahead-`);
afterAll(() => rm(dir, { recursive: true, force: true }));
const files = await Promise.all(
  ['a', 'b', 'c', 'd', 'e', 'huge', 'broken'].map(async (name) => {
    const file = `${dir}/${name}.mdx`;
    await writeFile(file, name === 'huge' ? 'x'.repeat(5_000_000) : `text of ${name}`);
    return file;
  }),
);
const [a, b, c, , e, huge, broken] = files as [string, string, string, string, string, string, string];

describe('compiling briefs ahead of the bundler', () => {
  it('compiles in order, OUTSTANDING at a time, and stops when told', async () => {
    // The test needs files beyond the first OUTSTANDING + 1, which it never starts.
    expect(OUTSTANDING + 1).toBeLessThan(files.length);
    const ahead = new CompileAhead<string>();
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const done = ahead.start(files, async (file, code) => {
      started.push(file);
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
      if (file === broken) throw new Error('no such component');
      return `compiled ${code}`;
    });
    // Every lane waits on its compile: nothing more starts until one is released. The lanes take
    // the files in order; which reads its file first, and so starts first, varies.
    const sorted = () => [...started].sort();
    await vi.waitFor(() => expect(releases).toHaveLength(OUTSTANDING));
    expect(sorted()).toEqual(files.slice(0, OUTSTANDING).sort());
    releases.shift()!();
    await vi.waitFor(() => expect(releases).toHaveLength(OUTSTANDING));
    const first = files.slice(0, OUTSTANDING + 1);
    expect(sorted()).toEqual([...first].sort());
    ahead.stop();
    for (const release of releases.splice(0)) release();
    await done;
    expect(most).toBe(OUTSTANDING);
    // The rest were never started: the bundler compiles them.
    expect(sorted()).toEqual([...first].sort());
    // A result is used for the text it was compiled from, and once.
    expect(await ahead.take(a, 'text of a')).toBe('compiled text of a');
    expect(ahead.take(a, 'text of a')).toBeUndefined();
    expect(await ahead.take(b)).toBe('compiled text of b');
    expect(ahead.take(c, 'text of c, edited since')).toBeUndefined();
    expect(ahead.take(files[OUTSTANDING + 1]!)).toBeUndefined();
  });

  it('gives a failed compile its error, and leaves a refused text to the loader', async () => {
    const ahead = new CompileAhead<string>();
    const started: string[] = [];
    await ahead.start([huge, broken, e], async (file, code) => {
      started.push(file);
      if (file === broken) throw new Error('no such component');
      return `compiled ${code}`;
    });
    expect([...started].sort()).toEqual([broken, e].sort());
    await expect(ahead.take(broken)).rejects.toThrow('no such component');
    expect(ahead.take(huge)).toBeUndefined();
    expect(await ahead.take(e, 'text of e')).toBe('compiled text of e');
  });
});
