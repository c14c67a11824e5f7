import { describe, expect, it } from 'vitest';
import { missingWordsNote, queryWords } from '../../src/lib/query-words.ts';

describe('queryWords', () => {
  it('takes a query apart into lower-case words, without the punctuation around them', () => {
    expect(queryWords('  Global   Gateway? ')).toEqual(['global', 'gateway']);
    expect(queryWords('UNU-CRIS (Bruges)')).toEqual(['unu-cris', 'bruges']);
    expect(queryWords('€12 billion')).toEqual(['12', 'billion']);
  });

  it('leaves a quoted phrase alone', () => {
    expect(queryWords('"selective engagement"')).toEqual([]);
    expect(queryWords('“Global Gateway”')).toEqual([]);
  });
});

describe('missingWordsNote', () => {
  it('names the words no page holds', () => {
    expect(missingWordsNote(['gateway'])).toBe('Nothing on the site contains “gateway”: the results match the other words.');
    expect(missingWordsNote(['peace', 'facility', 'fund'])).toBe('Nothing on the site contains “peace”, “facility” or “fund”: the results match the other words.');
  });
});
