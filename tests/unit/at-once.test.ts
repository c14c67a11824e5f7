import { describe, expect, it } from 'vitest';
import { eachAtOnce } from '../../src/lib/at-once.ts';

describe('eachAtOnce', () => {
  it('runs every item, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachAtOnce([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(eachAtOnce(['a', 'b'], 2, async (x) => { if (x === 'b') throw new Error('b failed'); })).rejects.toThrow('b failed');
  });
});
