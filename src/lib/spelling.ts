/**
 * The British spellings of an American-spelt word ("defense" → "defence", "organization" →
 * "organisation"), which the briefs, written in British English, use: Pagefind matches words as
 * spelt, so "defense" finds only the Department of Defense. The search page offers a variant that
 * the site holds more often than the word typed ("did you mean"). Rules, not a dictionary: a
 * variant that is no word ("sise" from "size") is never held, so never offered. Hand-written: no
 * maintained package maps American to British spelling in a few hundred bytes.
 */

/** Words the rules below get wrong or miss, to their British spelling. */
const WORDS: Record<string, string> = {
  program: 'programme',
  programs: 'programmes',
  gray: 'grey',
  aging: 'ageing',
  fulfill: 'fulfil',
  enroll: 'enrol',
  skeptical: 'sceptical',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  catalog: 'catalogue',
  dialog: 'dialogue',
};

const RULES: [RegExp, string][] = [
  // defense, offense, license, pretense
  [/(?<=\p{L}{2})ense(s?)$/u, 'ence$1'],
  // organize, organization, prioritizing, militarized
  [/(?<=\p{L}{2})iz(e|es|ed|ing|ation|ations|er|ers)$/u, 'is$1'],
  // analyze, paralyzed
  [/(?<=\p{L}{2})yz(e|es|ed|ing)$/u, 'ys$1'],
  // labor, neighbors, behavior, favorable, honored
  [/(lab|neighb|behavi|fav|hon|col|hum|rum|vig|harb|endeav|sav)or(s|ed|ing|able|ite|ites|al)?$/u, '$1our$2'],
  // center, theaters, fiber, meter
  [/^(cent|theat|fib|calib|lit|somb|met|spect)er(s|ed)?$/u, '$1re$2'],
  // traveled, canceling, modeler, labeled
  [/(?<=\p{L}[aeiou][^aeiouyl])el(ed|ing|er|ers)$/u, 'ell$1'],
];

/** The British spellings of `word` (lower case), other than itself; none for a word spelt alike. */
export function britishSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  if (Object.hasOwn(WORDS, lower)) found.add(WORDS[lower]!);
  for (const [pattern, replacement] of RULES) if (pattern.test(lower)) found.add(lower.replace(pattern, replacement));
  found.delete(lower);
  return [...found];
}

/**
 * The query's words (as typed, see queryTokens) with each American-spelt one in the British
 * spelling the site holds more often, capitalised if typed so; undefined when no word changes.
 * `held` counts the pages that hold a word exactly.
 */
export async function britishQuery(tokens: readonly string[], held: (word: string) => Promise<number>): Promise<string | undefined> {
  let changed = false;
  const respelt: string[] = [];
  for (const token of tokens) {
    let best = { word: token, pages: -1 };
    for (const variant of britishSpellings(token)) {
      if (best.pages < 0) best.pages = await held(token.toLowerCase());
      const pages = await held(variant);
      if (pages > best.pages) best = { word: /^\p{Lu}/u.test(token) ? variant[0]!.toUpperCase() + variant.slice(1) : variant, pages };
    }
    changed ||= best.word !== token;
    respelt.push(best.word);
  }
  return changed ? respelt.join(' ') : undefined;
}
