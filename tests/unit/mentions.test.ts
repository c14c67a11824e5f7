import { describe, expect, it } from 'vitest';
import { createMentionFinder, quotedRanges, singleSpaced, spacedOffsets } from '../../src/lib/mentions.ts';

const entity = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, description: 'x' });
const find = createMentionFinder({
  countries: [entity('south-korea', 'South Korea', ['Republic of Korea', 'Korea']), entity('united-states', 'United States', ['US'])],
  regions: [],
  organisations: [entity('eu', 'European Union', ['EU'])],
  people: [],
  topics: [entity('maritime-security', 'Maritime security', ['freedom of navigation'])],
});

describe('mention finder', () => {
  it('prefers the longest name and respects word boundaries', () => {
    const text = 'The Republic of Korea and the EU; EUSR is not the EU. Korea again.';
    expect(find(text).map((m) => [text.slice(m.start, m.end), m.key])).toEqual([
      ['Republic of Korea', 'countries/south-korea'],
      ['EU', 'organisations/eu'],
      ['EU', 'organisations/eu'],
      ['Korea', 'countries/south-korea'],
    ]);
  });
  it('finds a name that starts inside a longer one mid-word, and none after a letter beyond the BMP', () => {
    const text = 'xSouth Korea, 𝐀EU, ÉEU, 2EU and (EU)';
    expect(find(text).map((m) => [text.slice(m.start, m.end), m.key])).toEqual([
      ['Korea', 'countries/south-korea'],
      ['EU', 'organisations/eu'],
    ]);
  });
  it('matches names case-sensitively and topics in any case', () => {
    expect(find('let us go').length).toBe(0);
    expect(find('the US said').map((m) => m.key)).toEqual(['countries/united-states']);
    expect(find('MARITIME SECURITY and Freedom of Navigation').map((m) => m.key)).toEqual(['topics/maritime-security', 'topics/maritime-security']);
  });
  it('finds a name broken across the lines of the source, as the whole name', () => {
    const text = 'talks with the Republic of\nKorea and on freedom\n  of navigation';
    expect(find(text).map((m) => [text.slice(m.start, m.end), m.key])).toEqual([
      ['Republic of\nKorea', 'countries/south-korea'],
      ['freedom\n  of navigation', 'topics/maritime-security'],
    ]);
  });
  it('finds quoted stretches of text', () => {
    const text = 'He said “the EU acts” and "we agree" then left';
    const ranges = quotedRanges(text);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['“the EU acts”', '"we agree"']);
  });
});

describe('spacedOffsets', () => {
  it('gives, for every position, the length of the text before it single-spaced', () => {
    // Every character \s matches, and some it does not.
    const white = [...Array(0x3001).keys(), 0xfeff].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));
    expect(white).toHaveLength(25);
    const pieces = ['EU', ...white, '  ', '\u200b', '\u180e', 'Häkkänen', '.', '€12bn', '“', '🇪🇺'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: Math.floor(next() * 25) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const offsets = spacedOffsets(text);
      expect(offsets.length).toBe(text.length + 1);
      for (let i = 0; i <= text.length; i++) expect(offsets[i], `${JSON.stringify(text)} at ${i}`).toBe(singleSpaced(text.slice(0, i)).length);
    }
  });
});
