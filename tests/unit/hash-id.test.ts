import { describe, expect, it } from 'vitest';
import { idCandidates, idFromHash, percentDecoded } from '../../src/lib/hash-id.ts';

describe('the id a link names', () => {
  it('decodes the fragment, and reads one cut short or badly escaped as written, without throwing', () => {
    expect(idFromHash('#eu%E2%80%99s-aims')).toBe('eu’s-aims');
    expect(idFromHash('#pressure-from-washington%')).toBe('pressure-from-washington');
    expect(idFromHash('#pressure-from-washington%2')).toBe('pressure-from-washington');
    expect(idFromHash('#a%20b%zz')).toBe('a bzz');
    expect(idFromHash('')).toBe('');
  });

  it('reads a text with no valid escape as written, where an id must be exactly what the link says', () => {
    expect(percentDecoded('eu%E2%80%99s-aims')).toBe('eu’s-aims');
    expect(percentDecoded('section%')).toBe('section%');
    expect(percentDecoded('press%40example.org')).toBe('press@example.org');
  });

  it('tries the id as written, in lower case, and without the punctuation a sentence added', () => {
    expect(idCandidates('Pressure-From-Washington.')).toEqual(['Pressure-From-Washington.', 'pressure-from-washington.', 'Pressure-From-Washington', 'pressure-from-washington']);
    expect(new Set(idCandidates('section)'))).toEqual(new Set(['section)', 'section']));
  });
});
