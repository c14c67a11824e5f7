import { describe, expect, it } from 'vitest';
import { britishQuery, britishSpellings } from '../../src/lib/spelling.ts';

describe('britishSpellings', () => {
  it('gives the British spelling of American-spelt words, whatever the case typed', () => {
    expect(britishSpellings('defense')).toEqual(['defence']);
    expect(britishSpellings('Defenses')).toEqual(['defences']);
    expect(britishSpellings('organization')).toEqual(['organisation']);
    expect(britishSpellings('prioritizing')).toEqual(['prioritising']);
    expect(britishSpellings('analyze')).toEqual(['analyse']);
    expect(britishSpellings('labor')).toEqual(['labour']);
    expect(britishSpellings('neighbors')).toEqual(['neighbours']);
    expect(britishSpellings('favorable')).toEqual(['favourable']);
    expect(britishSpellings('center')).toEqual(['centre']);
    expect(britishSpellings('traveled')).toEqual(['travelled']);
    expect(britishSpellings('program')).toEqual(['programme']);
    expect(britishSpellings('maneuvers')).toEqual(['manoeuvres']);
  });

  it('leaves words spelt alike, and short words the rules would break, alone', () => {
    for (const word of ['defence', 'sense', 'size', 'response', 'sector', 'feeling', 'security', 'collaborator', 'enter', 'Kazakhstan', 'EU']) {
      expect(britishSpellings(word), word).toEqual([]);
    }
  });
});

describe('britishQuery', () => {
  const pages: Record<string, number> = { defense: 1, defence: 5, centre: 2, organise: 0, organize: 0 };
  const held = async (word: string) => pages[word] ?? 0;

  it('respells a word the site holds more often the British way, keeping the case typed', async () => {
    expect(await britishQuery(['Defense', 'cooperation'], held)).toBe('Defence cooperation');
    expect(await britishQuery(['security', 'center'], held)).toBe('security centre');
  });

  it('changes nothing where the site holds neither spelling, or the American one as often', async () => {
    expect(await britishQuery(['organize'], held)).toBeUndefined();
    expect(await britishQuery(['security'], held)).toBeUndefined();
    expect(await britishQuery(['defense'], async (word) => (word === 'defense' ? 3 : 3))).toBeUndefined();
  });
});
