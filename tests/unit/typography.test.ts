import { describe, expect, it } from 'vitest';
import { smartypants } from '../../src/lib/typography.ts';

describe('typography', () => {
  it('curls quotes and apostrophes by context', () => {
    expect(smartypants('Kallas said: "We have our own China policy." It\'s the EU\'s.')).toBe('Kallas said: “We have our own China policy.” It’s the EU’s.');
    expect(smartypants("the 'non-exclusive' partnership")).toBe('the ‘non-exclusive’ partnership');
    expect(smartypants('"quoted"', '(')).toBe('“quoted”');
    expect(smartypants('" continued', 'x')).toBe('” continued');
  });
  it('makes dashes and ellipses', () => {
    expect(smartypants('2019--2020 and this---that, wait...')).toBe('2019–2020 and this—that, wait…');
    // Longer runs: the longest mark first, the rest as it is.
    expect(smartypants('a----b and c.... and -- "d"')).toBe('a—-b and c…. and – “d”');
    expect(smartypants('plain text, untouched')).toBe('plain text, untouched');
  });
});
