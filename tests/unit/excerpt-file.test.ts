import { describe, expect, it } from 'vitest';
import { excerptsOf, formatExcerpts } from '../../src/lib/excerpt-file.ts';

describe('excerpt files', () => {
  const excerpts = {
    'countries/japan': { asia: 'Japan and the EU signed "a partnership".\nA second line.' },
    'organisations/eu': { asia: 'The EU\tsigned.', europe: 'Brussels.' },
    'countries/japan-sea': { sea: 'A key that starts like another.' },
  };
  const file = formatExcerpts(excerpts);
  it('reads back every entity exactly, whatever its text holds', () => {
    for (const [key, sections] of Object.entries(excerpts)) expect(excerptsOf(file, key)).toEqual(sections);
  });
  it('puts one entity on a line, so a page reads only its own', () => {
    expect(file.split('\n').filter(Boolean)).toHaveLength(3);
  });
  it('has nothing for an entity the brief does not mention', () => {
    expect(excerptsOf(file, 'countries/japa')).toEqual({});
    expect(excerptsOf(file, 'countries/peru')).toEqual({});
    expect(excerptsOf('', 'countries/peru')).toEqual({});
  });
});
