import { describe, expect, it } from 'vitest';
import { nameForms } from '../../src/lib/name-forms.ts';

const vocabulary = ['Asia', 'Asian', 'crisis', 'Häkkänen', 'Japan', 'Japanese', 'Kazakhstan', 'Korea', 'Stubb'];

describe('nameForms', () => {
  it('gives a name alone when no longer name starts with it', () => {
    expect(nameForms('Stubb', vocabulary)).toEqual(['stubb']);
    expect(nameForms('stubb', vocabulary)).toEqual(['stubb']);
    expect(nameForms('Korea', vocabulary)).toEqual(['korea']);
  });
  it('adds the longer names the site knows that start with it', () => {
    expect(nameForms('Japan', vocabulary)).toEqual(['japan', 'japanese']);
    expect(nameForms('asia', vocabulary)).toEqual(['asia', 'asian']);
  });
  it('spells a name as the vocabulary does, accents and all', () => {
    expect(nameForms('Hakkanen', vocabulary)).toEqual(['häkkänen']);
  });
  it('leaves alone a word still being typed, a common word and a word no name is', () => {
    expect(nameForms('Kazak', vocabulary)).toBeUndefined();
    expect(nameForms('crisis', vocabulary)).toBeUndefined();
    expect(nameForms('stubborn', vocabulary)).toBeUndefined();
  });
});
