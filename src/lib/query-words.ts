import { MONTHS } from './dates.ts';
import { isStopWord } from './stop-words.ts';

/**
 * Pagefind finds the pages that hold every word of a query, but silently drops a word that no page
 * holds: "Global Gateway" returns every page with "global". The search page says so instead of
 * presenting those pages as matches for the whole query.
 */

/** The words of a query as Pagefind takes them apart (none for a quoted phrase, searched as one). */
export function queryWords(query: string): string[] {
  return queryTokens(query).map((word) => word.toLowerCase());
}

/** The words of a query as the reader typed them (see queryWords). */
export function queryTokens(query: string): string[] {
  if (/["“”]/.test(query)) return [];
  return query.split(/\s+/).map(withoutEdgePunctuation).filter(Boolean);
}

/** The phrases a query quotes ("May 2018" in `"May 2018" EU`), and whether it is nothing else. */
export function quotedPhrases(query: string): { phrases: string[]; only: boolean } {
  const phrases = [...query.matchAll(/["“]([^"”]+)["”]/g)].map(([, words]) => words!);
  return { phrases, only: phrases.length > 0 && !query.replace(/["“][^"”]*["”]/g, '').trim() };
}

/** A word without the punctuation around it ("(Estlink)," is "Estlink"; "Kallas's" stays whole). */
export function withoutEdgePunctuation(word: string): string {
  return word.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** What the search page adds to its count when Pagefind dropped words that no page holds. */
export function missingWordsNote(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
  return `Nothing on the site contains ${list}: the results match the other words.`;
}

const AMOUNTS: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', tn: 'trillion' };

/**
 * A query as Pagefind is asked it: an amount shortened as analysts write it ("€12bn", "3.5 bn",
 * "$40m") spelt as the briefs write amounts ("€12 billion"). Pagefind matches words, and no page
 * holds "12bn". "m" and "k" only after a currency sign: "100m" may be a distance.
 */
export function searchText(query: string): string {
  const spelt = query
    .replace(/(\d+(?:[.,]\d+)*)\s?(bn|tn|mn)\b/giu, (_, amount: string, unit: string) => `${amount} ${AMOUNTS[unit.toLowerCase()]}`)
    .replace(/([€$£]\s?\d+(?:[.,]\d+)*)\s?([mk])\b/giu, (_, amount: string, unit: string) => `${amount} ${AMOUNTS[unit.toLowerCase()]}`);
  return /["“”]/.test(spelt) ? spelt : asPhrases(spelt);
}

const MONTH = `(${MONTHS.join('|')})`;
const month = (name: string) => MONTHS.find((m) => m.toLowerCase() === name.toLowerCase())!;

/**
 * Dates and percentages as phrases, written as the briefs write them ("4 April 2025", "3%").
 * Apart, their words are poor searches: Pagefind drops nothing, but a day's number or a "3" is on
 * every page, so "4 April" opened the section about 1 April, "28 May 2024" a brief of 2018, and
 * "3%" was taken for a word every page holds. A quoted phrase matches the words side by side.
 */
function asPhrases(query: string): string {
  return query
    .replace(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gi'), (_, day: string, name: string, year?: string) => `"${Number(day)} ${month(name)}${year ? ` ${year}` : ''}"`)
    .replace(new RegExp(`(?<!")\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\s*\\d)`, 'gi'), (_, name: string, day: string, year?: string) => `"${Number(day)} ${month(name)}${year ? ` ${year}` : ''}"`)
    .replace(new RegExp(`(?<![\\d"]\\s?)\\b${MONTH}\\s+(\\d{4})\\b(?!")`, 'gi'), (_, name: string, year: string) => `"${month(name)} ${year}"`)
    .replace(/(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(?:%|\s(?:per\s?cent|percent)\b)/giu, (_, amount: string) => `"${amount}%"`);
}

/**
 * A query without the words of its grammar ("who is Kallas" is searched as "Kallas"): Pagefind
 * finds the pages that hold every word, and "who" would leave out the pages that answer, the
 * page about Kallas among them. A quoted phrase is searched as typed. Undefined when nothing but
 * such words is left ("the", "a"): they are on every page, and find nothing worth showing.
 */
export function withoutGrammar(query: string): string | undefined {
  if (/["“”]/.test(query)) return query;
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => {
    const bare = withoutEdgePunctuation(word);
    return bare !== '' && !isStopWord(bare);
  });
  return kept.length > 0 ? kept.join(' ') : words.length > 0 ? undefined : query;
}
