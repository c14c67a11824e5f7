import { plain } from './section-rank.ts';

/**
 * The forms of a query word that is one of the site's names ("Stubb", "Japan"): the names of the
 * site's vocabulary (its capitalised words, src/lib/query-suggest.ts) that start with it, itself
 * first, lower case as the vocabulary spells them ("häkkänen" for "Hakkanen"). Undefined for a word
 * that is no name, or still being typed ("Kazak"). Pagefind matches a word as the start of longer
 * ones, so "Stubb" would find "stubborn"; a name matches only the names the site knows, as its
 * entity links do ("Japanese" for "Japan", not "Korean" for "Korea", which no entity lists).
 */
export function nameForms(word: string, vocabulary: readonly string[]): string[] | undefined {
  const typed = plain(word);
  const names = vocabulary.filter((name) => /^\p{Lu}/u.test(name));
  const self = names.find((name) => plain(name) === typed);
  if (self === undefined) return undefined;
  const longer = names.filter((name) => name !== self && plain(name).startsWith(typed));
  return [self, ...longer].map((name) => name.toLowerCase());
}
