import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../src/lib/highlight-terms.ts';

describe('what a result link highlights', () => {
  it('each word apart, without the punctuation around it', () => {
    expect(highlightTerms('Kallas Asia')).toEqual(['Kallas', 'Asia']);
    expect(highlightTerms('  (Estlink)  2, ')).toEqual(['Estlink', '2']);
    expect(highlightTerms("Kallas's U.S.")).toEqual(["Kallas's", 'U.S']);
  });
  it('a quoted phrase as one term, without its quotes, beside the other words', () => {
    expect(highlightTerms('"strategic  partnership" EU')).toEqual(['strategic partnership', 'EU']);
    expect(highlightTerms('“December 2025”')).toEqual(['December 2025']);
  });
  it('the forms Pagefind matched, from the excerpt, each term once whatever its case', () => {
    const excerpt = 'the <mark>partnerships</mark> of the <mark>US</mark> &amp; <mark>Häkkänen’s</mark> and <mark>Partnership</mark>';
    expect(highlightTerms('partnership u.s. hakkanen', excerpt)).toEqual(['partnership', 'u.s', 'hakkanen', 'partnerships', 'US', 'Häkkänen’s']);
    expect(highlightTerms('R&D', '<mark>R&amp;D</mark>')).toEqual(['R&D']);
  });
  it('not the longer words Pagefind also matched, nor a phrase\'s words one by one', () => {
    expect(highlightTerms('BRI', 'the <mark>BRI</mark> and a <mark>bridge</mark>')).toEqual(['BRI']);
    // A word still being typed: the words that start with it, when none holds it whole.
    expect(highlightTerms('Kazak', 'in <mark>Kazakhstan</mark>')).toEqual(['Kazak', 'Kazakhstan']);
    expect(highlightTerms('"strategic partnership" EU', 'a <mark>strategic</mark> <mark>partnership</mark> of the <mark>EU</mark>')).toEqual(['strategic partnership', 'EU']);
  });
  it('nothing for an empty query', () => {
    expect(highlightTerms('   ')).toEqual([]);
  });
});
