import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/nearest.ts';

describe('nearest ids', () => {
  it('measures edit distance', () => {
    expect(editDistance('japan', 'japan')).toBe(0);
    expect(editDistance('japn', 'japan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    // Two letters swapped are one slip.
    expect(editDistance('kallsa', 'kallas')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'ca')).toBe(3);
  });
  it('suggests the closest known ids first', () => {
    expect(nearest('south-corea', ['japan', 'south-korea', 'somalia'])[0]).toBe('south-korea');
    expect(nearest('korea', ['japan', 'south-korea', 'somalia'])[0]).toBe('south-korea');
  });
});
