import { describe, expect, it } from 'vitest';
import { nameKey, namedFirst, namesEntity } from '../../src/lib/named-first.ts';

describe('pages about entities, the one the query names first', () => {
  const pages = [
    { title: 'EU Special Representative for Central Asia', names: ['EU Special Representative for Central Asia', 'EUSR'] },
    { title: 'European Union', names: ['European Union', 'EU'] },
    { title: 'Eastern Europe', names: ['Eastern Europe'] },
  ];
  const titles = (query: string) => namedFirst(pages, (p) => p.names, query).map((p) => p.title);

  it('an alias or a name typed whole moves its page first; the rest keep their order', () => {
    expect(titles('EU')).toEqual(['European Union', 'EU Special Representative for Central Asia', 'Eastern Europe']);
    expect(titles('eusr')).toEqual(['EU Special Representative for Central Asia', 'European Union', 'Eastern Europe']);
    expect(titles(' "eastern   EUROPE" ')).toEqual(['Eastern Europe', 'EU Special Representative for Central Asia', 'European Union']);
  });
  it('a word that names no page whole, or no query, changes nothing', () => {
    expect(titles('Europe')).toEqual(pages.map((p) => p.title));
    expect(titles('')).toEqual(pages.map((p) => p.title));
  });
  it('names compared without case, accents or runs of spaces', () => {
    expect(nameKey('  Antti  Häkkänen ')).toBe(nameKey('antti hakkanen'));
    expect(nameKey('Côte d’Ivoire')).toBe(nameKey("cote divoire"));
  });
});

describe('namesEntity', () => {
  it('is true of an entity a word of the query names, whole or as typed so far, and not of one that only mentions it', () => {
    expect(namesEntity(['Kaja Kallas'], ['Kallas'])).toBe(true);
    expect(namesEntity(['United Nations University Institute on Comparative Regional Integration Studies', 'UNU-CRIS'], ['UNU-CRIS'])).toBe(true);
    expect(namesEntity(['Maritime security'], ['maritime'])).toBe(true);
    expect(namesEntity(['Kazakhstan'], ['Kazakh'])).toBe(true);
    expect(namesEntity(['Antti Häkkänen'], ['Hakkanen'])).toBe(true);
    expect(namesEntity(['European External Action Service', 'EEAS'], ['EEAS'])).toBe(true);
    // "EEAS" is not the European Economic Area ("EEA"), nor is "Kallas" about supply chains.
    expect(namesEntity(['European Economic Area', 'EEA'], ['EEAS'])).toBe(false);
    expect(namesEntity(['Supply chains'], ['Kallas'])).toBe(false);
    expect(namesEntity(['Supply chains'], ['2025'])).toBe(false);
    // Two letters name only whole ("EU"), not every word they start.
    expect(namesEntity(['Eurasian Economic Union', 'EAEU'], ['EU'])).toBe(false);
    expect(namesEntity(['European Union', 'EU'], ['EU'])).toBe(true);
    expect(namesEntity(['Japan'], [])).toBe(false);
  });
});

