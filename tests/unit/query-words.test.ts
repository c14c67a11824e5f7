import { describe, expect, it } from 'vitest';
import { missingWordsNote, queryWords, wordsNotIn } from '../../src/lib/query-words.ts';

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

describe('wordsNotIn', () => {
  const text = 'The EU opened accession negotiations with Ukraine and took part in global partnerships.';
  it('lists the words the text has nothing like', () => {
    expect(wordsNotIn(['global', 'gateway'], text)).toEqual(['gateway']);
    expect(wordsNotIn(['zzqx'], text)).toEqual(['zzqx']);
  });

  it('takes a word of the same stem, or one it begins, as there', () => {
    expect(wordsNotIn(['negotiate', 'partnership', 'ukrainian', 'eu'], text)).toEqual([]);
  });

  it('finds a word only at the start of a word of the text', () => {
    expect(wordsNotIn(['artner'], text)).toEqual(['artner']);
  });
});

describe('missingWordsNote', () => {
  it('names the words no page holds', () => {
    expect(missingWordsNote(['gateway'])).toBe('Nothing on the site contains “gateway”: the results match the other words.');
    expect(missingWordsNote(['peace', 'facility', 'fund'])).toBe('Nothing on the site contains “peace”, “facility” or “fund”: the results match the other words.');
  });
});
