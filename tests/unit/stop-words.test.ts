import { describe, expect, it } from 'vitest';
import { contentWords, isAcronym, isStopWord } from '../../src/lib/stop-words.ts';

describe('the words a query is about', () => {
  it('leaves out the words of its grammar and single letters or digits', () => {
    expect(contentWords(['what', 'did', 'Kallas', 'say', 'about', 'China'])).toEqual(['Kallas', 'China']);
    expect(contentWords(['Eagle', 'S'])).toEqual(['Eagle']);
    expect(contentWords(['Estlink', '2'])).toEqual(['Estlink']);
  });
  it('keeps an abbreviation typed in capitals, and every word of a query that has nothing else', () => {
    expect(isStopWord('IT')).toBe(false);
    expect(isStopWord('it')).toBe(true);
    expect(isStopWord('US')).toBe(false);
    expect(contentWords(['to', 'be', 'or', 'not'])).toEqual(['to', 'be', 'or', 'not']);
  });

  it('takes as an abbreviation two or more capitals and digits, alone or joined by hyphens', () => {
    for (const word of ['US', 'EEAS', 'G7', 'UNU-CRIS']) expect(isAcronym(word), word).toBe(true);
    for (const word of ['U', 'Us', 'EU-China', 'UN-', '-', '', '19', 'A-B']) expect(isAcronym(word), word).toBe(false);
  });
});
