import { describe, expect, it } from 'vitest';
import { nameKey, namedFirst } from '../../src/lib/named-first.ts';

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
