import { describe, expect, it } from 'vitest';
import { highlightTerms, keepMarks } from '../../src/lib/highlight-terms.ts';

describe('what a result link highlights', () => {
  it('each word apart, without the punctuation around it', () => {
    expect(highlightTerms('Kallas Asia')).toEqual(['Kallas', 'Asia']);
    expect(highlightTerms('  (Estlink)  G7, ')).toEqual(['Estlink', 'G7']);
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
  it('not the words of a question\'s grammar, nor single letters, unless the query holds nothing else', () => {
    expect(highlightTerms('what did Kallas say about China')).toEqual(['Kallas', 'China']);
    expect(highlightTerms('Eagle S')).toEqual(['Eagle']);
    expect(highlightTerms('3% of GDP')).toEqual(['GDP']);
    // In capitals, an abbreviation: "IT" is not "it".
    expect(highlightTerms('IT security')).toEqual(['IT', 'security']);
    expect(highlightTerms('the who')).toEqual(['the', 'who']);
    expect(highlightTerms('"the time when"')).toEqual(['the time when']);
  });
});

describe('the marks a result\'s excerpt keeps', () => {
  it('the words asked for and their forms, not longer words a short one starts, nor a question\'s grammar', () => {
    expect(keepMarks('the <mark>EU</mark> and the <mark>European</mark> <mark>Eurasian</mark> union', 'EU')).toBe('the <mark>EU</mark> and the European Eurasian union');
    expect(keepMarks('<mark>European</mark> only', 'EU')).toBe('European only');
    expect(keepMarks('<mark>the</mark> <mark>Kallas</mark> <mark>in</mark> <mark>China</mark>', 'what did Kallas say in China')).toBe('the <mark>Kallas</mark> in <mark>China</mark>');
    // A word still being typed keeps the words it starts; a phrase keeps its words.
    expect(keepMarks('<mark>Kazakhstan</mark>', 'Kazak')).toBe('<mark>Kazakhstan</mark>');
    expect(keepMarks('<mark>strategic</mark> <mark>partnership</mark>', '"strategic partnership"')).toBe('<mark>strategic</mark> <mark>partnership</mark>');
  });
});

describe('an abbreviation typed in capitals', () => {
  it('marks itself and its plural, not what the stemmer makes of it', () => {
    expect(keepMarks('the <mark>EEAS</mark> and the <mark>(EEA),</mark>', 'EEAS')).toBe('the <mark>EEAS</mark> and the (EEA),');
    expect(highlightTerms('EEAS', 'the <mark>EEAS</mark> and the <mark>EEA</mark>')).toEqual(['EEAS']);
  });
});
