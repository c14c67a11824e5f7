import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CompileAhead } from '../../src/integrations/compile-ahead.ts';

const dir = await mkdtemp(`${tmpdir()}/compile-ahead-`);
afterAll(() => rm(dir, { recursive: true, force: true }));
const files = await Promise.all(
  ['a', 'b', 'c', 'd', 'e', 'huge', 'broken'].map(async (name) => {
    const file = `${dir}/${name}.mdx`;
    await writeFile(file, name === 'huge' ? 'x'.repeat(5_000_000) : `text of ${name}`);
    return file;
  }),
);
const [a, b, c, d, e, huge, broken] = files as [string, string, string, string, string, string, string];

describe('compiling briefs ahead of the bundler', () => {
  it('compiles in order, two at a time, skips what the input limits refuse, and stops when told', async () => {
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
    // Both lanes wait on their compile: nothing more starts until one is released. The lanes take
    // the files in order; which of the two reads its file first, and so starts first, varies.
    const sorted = () => [...started].sort();
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(sorted()).toEqual([a, b]);
    releases.shift()!();
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(sorted()).toEqual([a, b, c]);
    ahead.stop();
    for (const release of releases.splice(0)) release();
    await done;
    expect(most).toBe(2);
    // d, e and the rest were never started: the bundler compiles them.
    expect(sorted()).toEqual([a, b, c]);
    // A result is used for the text it was compiled from, and once.
    expect(await ahead.take(a, 'text of a')).toBe('compiled text of a');
    expect(ahead.take(a, 'text of a')).toBeUndefined();
    expect(await ahead.take(b)).toBe('compiled text of b');
    expect(ahead.take(c, 'text of c, edited since')).toBeUndefined();
    expect(ahead.take(d)).toBeUndefined();
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
