/**
 * The names the site's pages write that the registry does not list (places such as "Samarkand",
 * events, programmes), for the search page's "did you mean": search/words.json holds the registry's
 * names, this the rest. Read from the text Pagefind indexed, as the search index is written, and
 * published beside it (NAMES_FILE), fetched only when a search finds nothing for a word.
 */

/** The file, in the search index's folder (pagefind/). */
export const NAMES_FILE = 'names.json';

/** At most this many, those on the most pages first: an archive's names, not its every one. */
export const MAX_NAMES = 5000;

/** A capital, then three or more small letters: a name, not an abbreviation ("EU") or a short word. */
const NAME = /^[^\p{L}\p{N}]*(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}])/u;
/** A word in small letters (its first, of "defence’s" or "cyber-security"). */
const SMALL = /^[^\p{L}\p{N}]*(\p{Ll}+)(?![\p{L}\p{N}])/u;
/** A word that ends a sentence (or a heading: Pagefind ends each block's text with a full stop). */
const ENDS_SENTENCE = /[.!?:;…][^\p{L}\p{N}]*$/u;

/**
 * Counts, over pages, the words written with a capital in the middle of a sentence, and never in
 * small letters: a capital that only opens a sentence ("However") or a heading's word that the
 * text also writes small ("Security") is not a name. Hand-written: Pagefind keeps no word list.
 */
export class NameTally {
  /** A name's key (lower case) to its spelling and the number of pages that write it. */
  readonly #names = new Map<string, { form: string; pages: number }>();
  /** Words seen in small letters, on any page. */
  readonly #small = new Set<string>();

  /** Adds one page's text, as Pagefind indexed it. */
  add(content: string): void {
    const seen = new Set<string>();
    const tokens = content.split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const small = SMALL.exec(token)?.[1];
      if (small) {
        this.#small.add(small);
        continue;
      }
      const name = NAME.exec(token)?.[1];
      if (!name || i === 0 || ENDS_SENTENCE.test(tokens[i - 1]!)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const known = this.#names.get(key);
      if (known) known.pages++;
      else this.#names.set(key, { form: name, pages: 1 });
    }
  }

  /** The names, those on the most pages first (then in alphabetical order), at most `max`. */
  names(max = MAX_NAMES): string[] {
    return [...this.#names]
      .filter(([key]) => !this.#small.has(key))
      .sort(([a, x], [b, y]) => y.pages - x.pages || a.localeCompare(b))
      .slice(0, max)
      .map(([, { form }]) => form);
  }
}
