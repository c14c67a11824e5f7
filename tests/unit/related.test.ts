import { describe, expect, it } from 'vitest';
import { relatedBriefs } from '../../src/lib/related.ts';
import { declaredKeys, entityIndex } from '../../src/lib/entity-index.ts';

describe('related briefs', () => {
  const briefs = [
    { id: 'a', keys: ['countries/japan', 'topics/maritime', 'organisations/eu'] },
    { id: 'b', keys: ['countries/japan', 'topics/maritime', 'organisations/eu'] },
    { id: 'c', keys: ['countries/japan', 'organisations/eu'] },
    { id: 'd', keys: ['countries/russia', 'organisations/eu'] },
  ];
  it('ranks by shared entities, rarer ones weighing more', () => {
    const related = relatedBriefs(briefs);
    expect(related.get('a')!.map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(related.get('a')![0]!.shared.sort()).toEqual(['countries/japan', 'organisations/eu', 'topics/maritime']);
    expect(related.get('d')!.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  it('skips entities carried by too many briefs instead of comparing every pair', () => {
    const related = relatedBriefs(briefs, 3, 2);
    expect(related.get('d')).toEqual([]);
    expect(related.get('a')!.map((r) => r.id)).toEqual(['b']);
  });
});

describe('entity index', () => {
  it('lists, per entity, the briefs and the sections mentioning it', () => {
    const index = entityIndex([
      { id: 'a', declared: ['countries/japan'], mentions: { 'countries/japan': ['intro', 'partners'], 'regions/asia': ['intro'] } },
      { id: 'b', declared: ['countries/japan', 'countries/india'], mentions: {} },
    ]);
    expect(index.get('countries/japan')).toEqual([
      { brief: 'a', sections: ['intro', 'partners'] },
      { brief: 'b', sections: [] },
    ]);
    expect(index.get('regions/asia')).toEqual([{ brief: 'a', sections: ['intro'] }]);
    expect(index.get('countries/india')).toEqual([{ brief: 'b', sections: [] }]);
  });
  it("reads a brief's tags as entity keys, from loaded data or from a frontmatter check has not validated", () => {
    expect(declaredKeys({ title: 'T', countries: ['japan', 'india'], organisations: ['eu'], topics: [] })).toEqual(['countries/japan', 'countries/india', 'organisations/eu']);
    expect(declaredKeys({ countries: 'japan', people: null })).toEqual([]);
  });
});
