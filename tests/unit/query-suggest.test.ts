import { describe, expect, it } from 'vitest';
import { suggestQuery, vocabularyOf } from '../../src/lib/query-suggest.ts';
import { queryTokens } from '../../src/lib/query-words.ts';

const vocabulary = vocabularyOf(['Kazakhstan', 'Federica Mogherini', 'PESCO', 'Permanent Structured Cooperation', 'EU', 'Finland']);
const suggest = (query: string, missing: string[]) => suggestQuery(queryTokens(query), new Set(missing), vocabulary);

describe('did you mean', () => {
  it("keeps the names' words of four letters or more, once, in lower case", () => {
    expect(vocabulary).toEqual(['cooperation', 'federica', 'finland', 'kazakhstan', 'mogherini', 'permanent', 'pesco', 'structured']);
  });
  it('corrects a missing word within one letter (two from eight letters), keeping what was typed around it', () => {
    expect(suggest('kazakstan', ['kazakstan'])).toBe('kazakhstan');
    expect(suggest('Kazahkstan gas', ['kazahkstan'])).toBe('Kazakhstan gas');
    expect(suggest('pesko', ['pesko'])).toBe('pesco');
    expect(suggest('Mogerini speech', ['mogerini'])).toBe('Mogherini speech');
  });
  it('leaves words that are found, too short or too far from any name', () => {
    expect(suggest('finlnd', [])).toBeUndefined();
    expect(suggest('xyzzy', ['xyzzy'])).toBeUndefined();
    expect(suggest('eux', ['eux'])).toBeUndefined();
    expect(suggest('kzkhstn', ['kzkhstn'])).toBeUndefined();
    expect(suggest('"kazakstan gas"', ['kazakstan'])).toBeUndefined();
  });
});
