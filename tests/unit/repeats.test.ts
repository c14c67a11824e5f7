import { describe, expect, it } from 'vitest';
import { repeats } from '../../src/lib/repeats.ts';

describe('repeats', () => {
  it('gives each later entry equal to an earlier one, with the index of the first', () => {
    expect(repeats(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([
      { index: 2, first: 0 },
      { index: 4, first: 1 },
      { index: 5, first: 0 },
    ]);
    expect(repeats(['a', 'b'])).toEqual([]);
    expect(repeats([])).toEqual([]);
  });
});
