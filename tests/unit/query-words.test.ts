import { describe, expect, it } from 'vitest';
import { missingWordsNote, quotedPhrases, queryWords, searchText, withoutGrammar } from '../../src/lib/query-words.ts';

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

describe('searchText', () => {
  it('searches dates and percentages as phrases, written as the briefs write them', () => {
    expect(searchText('4 April')).toBe('"4 April"');
    expect(searchText('April 4, 2025')).toBe('"4 April 2025"');
    expect(searchText('1st april')).toBe('"1 April"');
    expect(searchText('28 May 2024')).toBe('"28 May 2024"');
    expect(searchText('summit November 2026')).toBe('summit "November 2026"');
    expect(searchText('3%')).toBe('"3%"');
    expect(searchText('defence 2.5 per cent')).toBe('defence "2.5%"');
    expect(searchText('3 percent')).toBe('"3%"');
    // A month alone, a year alone, and what the reader quoted are left as typed.
    for (const q of ['may', '2025', 'April', '"4 April 2025" summit']) expect(searchText(q)).toBe(q);
  });

  it('spells out amounts shortened as analysts write them, as the briefs write amounts', () => {
    expect(searchText('€12bn')).toBe('€12 billion');
    expect(searchText('12BN Central Asia')).toBe('12 billion Central Asia');
    expect(searchText('3.5 bn, 2tn and 1,200mn')).toBe('3.5 billion, 2 trillion and 1,200 million');
    expect(searchText('$40m and €4k')).toBe('$40 million and €4 thousand');
  });
  it('leaves what may be something else: a distance, a word', () => {
    expect(searchText('100m race, 1,300 km')).toBe('100m race, 1,300 km');
    expect(searchText('bn bnb 5G')).toBe('bn bnb 5G');
  });
});

describe('a query without the words of its grammar', () => {
  it('searches what it is about, a quoted phrase as typed, and nothing when only grammar is left', () => {
    expect(withoutGrammar('Who is Kallas?')).toBe('Kallas?');
    expect(withoutGrammar('what did Kallas say about China')).toBe('Kallas China');
    expect(withoutGrammar('IT security')).toBe('IT security');
    expect(withoutGrammar('"the time when"')).toBe('"the time when"');
    expect(withoutGrammar('the')).toBeUndefined();
    expect(withoutGrammar('a — of')).toBeUndefined();
    expect(withoutGrammar('')).toBe('');
  });
});

describe('quotedPhrases', () => {
  it('gives the phrases a query quotes, straight or curly, and whether it holds nothing else', () => {
    expect(quotedPhrases('"May 2018"')).toEqual({ phrases: ['May 2018'], only: true });
    expect(quotedPhrases('“4 April 2025” "3%"')).toEqual({ phrases: ['4 April 2025', '3%'], only: true });
    expect(quotedPhrases('"May 2018" EU')).toEqual({ phrases: ['May 2018'], only: false });
    expect(quotedPhrases('Kallas')).toEqual({ phrases: [], only: false });
  });
});
