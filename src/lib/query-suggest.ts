import { editDistance } from './nearest.ts';
import { plain } from './section-rank.ts';

/**
 * "Did you mean": Pagefind matches words exactly (and by prefix), so a misspelt name
 * ("Kazakstan") finds nothing. The words a reader most often needs spelt right are the names the
 * site knows (its entities and glossary); a missing word within one or two letters of one of them
 * is replaced by it. Hand-written: Pagefind has no fuzzy matching, and the vocabulary is small.
 */

/**
 * The words of a list of names that are long enough to be worth correcting to, once each: as a
 * name writes it where every name that has it capitalises it ("Kazakhstan", "PESCO"), in lower
 * case otherwise ("cooperation"), so a correction is spelt as the site spells it.
 */
export function vocabularyOf(names: Iterable<string>): string[] {
  const forms = new Map<string, string>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 4) continue;
      const key = word.toLowerCase();
      const seen = forms.get(key);
      const form = /^\p{Lu}/u.test(word) ? word : key;
      forms.set(key, seen === undefined || seen === form ? form : key);
    }
  }
  return [...forms.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

/** How far a word may be from a known one: one letter in short words, two from eight letters. */
function tolerance(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * How far `known` (lower case) is from `word`, if near enough to correct `word` to; else
 * undefined. Accents aside, as a reader without them types ("Hakanen" is one letter from Häkkänen).
 */
function nearness(word: string, known: string): number | undefined {
  const [typed, name] = [word, known].map(plain);
  if (Math.abs(name!.length - typed!.length) > tolerance(typed!)) return undefined;
  const distance = editDistance(typed!, name!);
  return distance <= tolerance(typed!) ? distance : undefined;
}

/**
 * The query, as typed (`tokens`, see queryTokens), with each of its `missing` words (lower case:
 * those no page holds) replaced by the closest known word, spelt as the site spells it
 * (capitalised if typed so); undefined when none is close enough, or when the word is itself a
 * known one (an alias no brief uses: nothing to correct). The closest wins; among equals, the
 * first in order. A word that is one of `expansions`' abbreviations or aliases (lower case) is
 * replaced by the name in full ("FT": Financial Times, "Chinese": China).
 */
export function suggestQuery(tokens: readonly string[], missing: ReadonlySet<string>, vocabulary: readonly string[], expansions: Readonly<Record<string, string>> = {}): string | undefined {
  let changed = false;
  const forms = new Map(vocabulary.map((form) => [form.toLowerCase(), form]));
  const suggested = tokens.map((token) => {
    const word = token.toLowerCase();
    if (!missing.has(word)) return token;
    // An abbreviation no brief writes ("FT"), where the briefs write the name in full.
    if (Object.hasOwn(expansions, word)) {
      changed = true;
      return expansions[word]!;
    }
    // Written as one word, or with a hyphen, where the site writes two ("cybersecurity",
    // "cyber-security" for "cyber security"): two known words, before any near spelling.
    const split = apart(word, forms);
    if (split) {
      changed = true;
      return split;
    }
    let best: { form: string; distance: number } | undefined;
    for (const form of vocabulary) {
      const distance = nearness(word, form.toLowerCase());
      if (distance !== undefined && (!best || distance < best.distance)) best = { form, distance };
    }
    if (!best || best.distance === 0) return token;
    changed = true;
    return /^\p{Lu}/u.test(token) ? best.form[0]!.toUpperCase() + best.form.slice(1) : best.form;
  });
  return changed ? suggested.join(' ') : undefined;
}

/** A word as two known words, spelt as the site spells them ("cyber security"), if it is one. */
function apart(word: string, forms: ReadonlyMap<string, string>): string | undefined {
  const parts = word.split('-').filter(Boolean);
  if (parts.length > 1) return parts.every((part) => forms.has(part)) ? parts.map((part) => forms.get(part)!).join(' ') : undefined;
  for (let at = 4; at <= word.length - 4; at++) {
    const left = forms.get(word.slice(0, at));
    const right = forms.get(word.slice(at));
    if (left && right) return `${left} ${right}`;
  }
  return undefined;
}

/** The site's vocabulary and other words besides (see wordsNear), each once, as the vocabulary spells it. */
export function withWords(vocabulary: readonly string[], others: readonly string[]): string[] {
  const known = new Set(vocabulary.map((word) => word.toLowerCase()));
  const words = [...vocabulary];
  for (const other of others) {
    if (known.has(other.toLowerCase())) continue;
    known.add(other.toLowerCase());
    words.push(other);
  }
  return words;
}

/**
 * The names (capitalised words) of some texts close enough to `word` (lower case) to correct it
 * to, each once, as first written: a name the registry does not list ("Samarkand"), from the pages
 * Pagefind answered the misspelt word with. Not other words: "Paris", which no brief names, is not
 * "parts".
 */
export function wordsNear(texts: readonly string[], word: string): string[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const form of text.split(/[^\p{L}\p{N}]+/u)) {
      const key = form.toLowerCase();
      if (/^\p{Lu}/u.test(form) && !found.has(key) && key !== word && nearness(word, key) !== undefined) found.set(key, form);
    }
  }
  return [...found.values()];
}

/** What the search page corrects a query with (src/pages/search/words.json.ts). */
export interface Vocabulary {
  /** Words of the site's names, as vocabularyOf gives them. */
  words: string[];
  /** Abbreviations (lower case) to the names they stand for. */
  expansions: Record<string, string>;
}

