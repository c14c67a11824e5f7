/**
 * English words that carry a question's grammar, not its subject ("what did Kallas say about
 * China"), with the verbs of reporting, which every brief uses to attribute what it says.
 * Pagefind matches them like any word, and they are on every page: counted when a result's
 * sections are ranked, they open the section with the most "the" and "in"; highlighted, they mark
 * hundreds of words a page. Hand-written: Pagefind keeps no such list for its users.
 */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be been before being below between both but by can could did do does
doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom whose why will with would you your yours yourself yourselves
say says said tell told`.split(/\s+/),
);

/**
 * Whether a word is typed as an abbreviation is: two or more capitals and digits, a capital among
 * them ("US", "EEAS", "G7"), or several such joined by hyphens ("UNU-CRIS").
 */
export function isAcronym(word: string): boolean {
  return word.split('-').every((part) => part.length >= 2 && /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(part));
}

/**
 * Whether a query word is one of those (case aside), or a single letter or digit ("S", "2"):
 * not when typed in capitals, as an abbreviation is ("US", "IT").
 */
export function isStopWord(word: string): boolean {
  if (isAcronym(word)) return false;
  return [...word].length === 1 || STOP_WORDS.has(word.toLowerCase());
}

/** The words of a query that say what it is about, or all of them if none does ("the who"). */
export function contentWords<T extends string>(words: readonly T[]): T[] {
  const kept = words.filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept : [...words];
}
