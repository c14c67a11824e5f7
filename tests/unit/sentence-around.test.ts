import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/plugins/rehype-entity-links.ts';

describe('the excerpt around a mention', () => {
  it('is the sentence that holds it', () => {
    const text = 'First one. The EU met Japan in May. Last one.';
    expect(sentenceAround(text, text.indexOf('Japan'), text.indexOf('Japan') + 5)).toBe('The EU met Japan in May.');
  });
  it('cut from a long sentence between words, never inside one, and marked as cut on each side', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} Japan ${words}.`;
    const start = text.indexOf('Japan');
    const excerpt = sentenceAround(text, start, start + 5);
    expect(excerpt).toMatch(/^…word\d+ /);
    expect(excerpt).toMatch(/ word\d+…$/);
    expect(excerpt).toContain('Japan');
    expect(excerpt.length).toBeLessThanOrEqual(262);
  });
  it('not marked as cut at its end when it ends there', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} Japan agreed.`;
    const start = text.indexOf('Japan');
    expect(sentenceAround(text, start, start + 5)).toMatch(/^….* Japan agreed\.$/);
  });
  it('keeps the closing quotation mark, and reads an ellipsis written ". . ." as no end', () => {
    const said = 'She answered: “We have our own China policy and these are the concerns we have.” Then she left.';
    expect(sentenceAround(said, said.indexOf('China'), said.indexOf('China') + 5)).toBe('She answered: “We have our own China policy and these are the concerns we have.”');
    const cut = 'First. “We are concerned about our supply chains and trade routes . . . it’s also our security.” Last.';
    expect(sentenceAround(cut, cut.indexOf('supply'), cut.indexOf('supply') + 6)).toBe('“We are concerned about our supply chains and trade routes . . . it’s also our security.”');
  });

  it('takes the sentence before one that opens by pointing back to it, when the two fit', () => {
    const text = 'President Stubb travelled to the US on 1 April. Their talks centred on closer defence cooperation with Finland.';
    const start = text.indexOf('Finland');
    expect(sentenceAround(text, start, start + 7)).toBe(text);
    // Too long together: the sentence alone.
    const long = `${'A very long sentence of words '.repeat(14)}here. This one names Finland.`;
    const at = long.indexOf('Finland');
    expect(sentenceAround(long, at, at + 7)).toBe('This one names Finland.');
    // A sentence that does not point back stands alone.
    const plain = 'The EU met Japan. Finland spoke next.';
    expect(sentenceAround(plain, plain.indexOf('Finland'), plain.indexOf('Finland') + 7)).toBe('Finland spoke next.');
  });
});

