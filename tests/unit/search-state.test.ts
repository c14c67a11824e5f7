import { describe, expect, it } from 'vitest';
import { emptyState, hasQuery, matchFilterValues, pagefindFilters, parseSearchState, serializeSearchState, withHighlight } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filter values', () => {
    const state = parseSearchState('?q=%20estlink%20&country=Russia&country=Finland&country=Finland&year=2025&unknown=1');
    expect(state).toEqual({ q: 'estlink', filters: { topic: [], country: ['Finland', 'Russia'], kind: [], year: ['2025'] } });
  });
  it('round-trips through the URL in a stable order', () => {
    const state = parseSearchState('?year=2025&q=selective+engagement&kind=Policy+brief&topic=Water&topic=Energy+and+climate');
    const url = serializeSearchState(state);
    expect(url).toBe('?q=selective+engagement&topic=Energy+and+climate&topic=Water&kind=Policy+brief&year=2025');
    expect(parseSearchState(url)).toEqual(state);
  });
  it('writes nothing for an empty search', () => {
    expect(serializeSearchState(emptyState())).toBe('');
    expect(hasQuery(emptyState())).toBe(false);
    expect(hasQuery(parseSearchState('?kind=Blog+post'))).toBe(true);
  });
  it('turns filters into Pagefind filters', () => {
    expect(pagefindFilters(parseSearchState('?country=Japan&country=India&kind=News+report'))).toEqual({
      country: { any: ['India', 'Japan'] },
      kind: { any: ['News report'] },
    });
  });
  it('spells a chosen filter value as the index does, keeping one it lacks', () => {
    const known = { country: { Finland: 3, 'South Korea': 1 }, kind: { 'News report': 2 }, year: { '2025': 4 } };
    const state = parseSearchState('?q=x&country=finland&country=south-korea&kind=news-report&year=1999&topic=Water');
    expect(matchFilterValues(state, known).filters).toEqual({ topic: ['Water'], country: ['Finland', 'South Korea'], kind: ['News report'], year: ['1999'] });
  });
  it('puts one highlight parameter a term before the fragment', () => {
    expect(withHighlight('/briefs/a/#finland', ['Estlink', '2'])).toBe('/briefs/a/?pagefind-highlight=Estlink&pagefind-highlight=2#finland');
    expect(withHighlight('/briefs/a/', ['strategic partnership'])).toBe('/briefs/a/?pagefind-highlight=strategic%20partnership');
    expect(withHighlight('/briefs/a/', [])).toBe('/briefs/a/');
  });
});
