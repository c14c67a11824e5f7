import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/lib/alternation.ts';
import { splitText } from '../../src/plugins/split-text.ts';

describe('text splitting for the plugins', () => {
  it('wraps ranges and keeps the text around them', () => {
    const em = (value: string) => ({ type: 'element' as const, tagName: 'em', properties: {}, children: [{ type: 'text' as const, value }] });
    expect(splitText('the EU and the UN', [{ start: 4, end: 6, wrap: em }, { start: 15, end: 17, wrap: em }])).toEqual([
      { type: 'text', value: 'the ' },
      em('EU'),
      { type: 'text', value: ' and the ' },
      em('UN'),
    ]);
    expect(splitText('nothing', [])).toBeUndefined();
  });
  it('builds an alternation of escaped words, shaped as a trie, in which the longest match wins', () => {
    expect(alternation(['EU', 'Caliber.az', 'European Union', 'EU-China'])).toBe('E(?:U(?:-China)?|uropean Union)|Caliber\\.az');
    expect(alternation([])).toBe('');
    const first = (words: string[], text: string) => new RegExp(`(?:${alternation(words)})(?![a-z])`, 'g').exec(text)?.[0];
    expect(first(['Korea', 'South Korea', 'South'], 'South Korea')).toBe('South Korea');
    // A longer word that what follows refuses gives way to a shorter one, as in a flat list.
    expect(first(['EU', 'EUR'], 'EURx EU')).toBe('EU');
    expect(first(['ab', 'abc'], 'abcd ab')).toBe('ab');
  });
  it('finds what a flat, longest-first list of the same words finds, in random texts', () => {
    // A small alphabet makes words share prefixes and texts hold many candidates.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pick = (length: number) => Array.from({ length }, () => 'ab .-'[random(5)]).join('');
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 1 + random(12) }, () => pick(1 + random(6)));
      const flat = words.toSorted((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const text = pick(80);
      const all = (source: string) => [...text.matchAll(new RegExp(`(?:${source})(?![a-z])`, 'g'))].map((m) => `${m.index}:${m[0]}`);
      expect(all(alternation(words)), JSON.stringify({ words, text })).toEqual(all(flat));
    }
  });
});
