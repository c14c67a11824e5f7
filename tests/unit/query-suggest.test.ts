import { describe, expect, it } from 'vitest';
import { suggestQuery, vocabularyOf, withWords, wordsNear } from '../../src/lib/query-suggest.ts';
import { queryTokens } from '../../src/lib/query-words.ts';

const vocabulary = vocabularyOf(['Kazakhstan', 'Federica Mogherini', 'PESCO', 'Permanent Structured Cooperation', 'EU', 'Finland', 'Chinese', 'Regional cooperation']);
const suggest = (query: string, missing: string[]) => suggestQuery(queryTokens(query), new Set(missing), vocabulary);

describe('did you mean', () => {
  it("keeps the names' words of four letters or more, once, as names spell them or in lower case", () => {
    expect(vocabulary).toEqual(['Chinese', 'cooperation', 'Federica', 'Finland', 'Kazakhstan', 'Mogherini', 'Permanent', 'PESCO', 'Regional', 'Structured']);
  });
  it('corrects a missing word within one letter (two from eight letters), spelt as the site spells it, keeping what was typed around it', () => {
    expect(suggest('kazakstan', ['kazakstan'])).toBe('Kazakhstan');
    expect(suggest('Kazahkstan gas', ['kazahkstan'])).toBe('Kazakhstan gas');
    expect(suggest('pesko', ['pesko'])).toBe('PESCO');
    expect(suggest('Mogerini speech', ['mogerini'])).toBe('Mogherini speech');
    expect(suggest('cooperaton', ['cooperaton'])).toBe('cooperation');
  });
  it('offers nothing for a known name that no brief uses (an alias): it is spelt right', () => {
    expect(suggest('Chinese', ['chinese'])).toBeUndefined();
    expect(suggest('chinese', ['chinese'])).toBeUndefined();
    // Unless it stands for an entity's name, which the briefs may write instead.
    expect(suggestQuery(queryTokens('Chinese'), new Set(['chinese']), vocabulary, { chinese: 'China' })).toBe('China');
  });
  it('corrects a name typed without its accents', () => {
    expect(suggestQuery(queryTokens('Hakanen'), new Set(['hakanen']), vocabularyOf(['Antti Häkkänen']))).toBe('Häkkänen');
  });
  it('leaves words that are found, too short or too far from any name', () => {
    expect(suggest('finlnd', [])).toBeUndefined();
    expect(suggest('xyzzy', ['xyzzy'])).toBeUndefined();
    expect(suggest('eux', ['eux'])).toBeUndefined();
    expect(suggest('kzkhstn', ['kzkhstn'])).toBeUndefined();
    expect(suggest('"kazakstan gas"', ['kazakstan'])).toBeUndefined();
  });
  it('parts a word the site writes as two, joined or hyphenated, into the two it knows', () => {
    const words = vocabularyOf(['Cyber security', 'Counter-terrorism', 'cybersecurity']);
    expect(suggestQuery(queryTokens('cybersecurity'), new Set(['cybersecurity']), words)).toBe('Cyber security');
    expect(suggestQuery(queryTokens('EU cyber-security'), new Set(['cyber-security']), words)).toBe('EU Cyber security');
    expect(suggestQuery(queryTokens('cybersecuritx'), new Set(['cybersecuritx']), words)).toBe('cybersecurity');
  });

  it('offers the name in full for an abbreviation no brief writes', () => {
    const expansions = { ft: 'Financial Times' };
    expect(suggestQuery(queryTokens('FT'), new Set(['ft']), vocabulary, expansions)).toBe('Financial Times');
    expect(suggestQuery(queryTokens('FT interview'), new Set(['ft']), vocabulary, expansions)).toBe('Financial Times interview');
    // Held by a brief: nothing to offer.
    expect(suggestQuery(queryTokens('FT'), new Set(), vocabulary, expansions)).toBeUndefined();
  });

  it('corrects to a word of the pages Pagefind answered a missing word with, the registry\'s spelling first', () => {
    const texts = ['The summit, in Samarkand on 4 April.', 'Leaders met in samarkand and Kazakhstan; Samarkant is no word.'];
    expect(wordsNear(texts, 'samarkland')).toEqual(['Samarkand', 'Samarkant']);
    expect(wordsNear(texts, 'summit')).toEqual([]);
    expect(wordsNear(['in parts of the region'], 'paris')).toEqual([]);
    const words = withWords(vocabulary, [...wordsNear(texts, 'kazakstan'), 'kazakhstan']);
    expect(words.filter((w) => w.toLowerCase() === 'kazakhstan')).toEqual(['Kazakhstan']);
    expect(suggestQuery(queryTokens('Samarkland summit'), new Set(['samarkland']), withWords(vocabulary, wordsNear(texts, 'samarkland')))).toBe('Samarkand summit');
    expect(suggestQuery(queryTokens('Samarkland'), new Set(['samarkland']), vocabulary)).toBeUndefined();
  });
});
