import { editDistance } from './nearest.ts';

/**
 * "Did you mean": Pagefind matches words exactly (and by prefix), so a misspelt name
 * ("Kazakstan") finds nothing. The words a reader most often needs spelt right are the names the
 * site knows (its entities and glossary); a missing word within one or two letters of one of them
 * is replaced by it. Hand-written: Pagefind has no fuzzy matching, and the vocabulary is small.
 */

/** The words of a list of names, lower case, that are long enough to be worth correcting to. */
export function vocabularyOf(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) words.add(word);
  }
  return [...words].sort();
}

/** How far a word may be from a known one: one letter in short words, two from eight letters. */
function tolerance(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * The query, as typed (`tokens`, see queryTokens), with each of its `missing` words (lower case:
 * those no page holds) replaced by the closest known word, capitalised as typed; undefined when
 * none is close enough. The closest wins; among equals, the first in order.
 */
export function suggestQuery(tokens: readonly string[], missing: ReadonlySet<string>, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const suggested = tokens.map((token) => {
    const word = token.toLowerCase();
    if (!missing.has(word)) return token;
    let best: { word: string; distance: number } | undefined;
    for (const known of vocabulary) {
      if (Math.abs(known.length - word.length) > tolerance(word)) continue;
      const distance = editDistance(word, known);
      if (distance <= tolerance(word) && (!best || distance < best.distance)) best = { word: known, distance };
    }
    if (!best) return token;
    changed = true;
    return /^\p{Lu}/u.test(token) ? best.word[0]!.toUpperCase() + best.word.slice(1) : best.word;
  });
  return changed ? suggested.join(' ') : undefined;
}
