const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a text uses an abbreviation as a word of its own ("EU" in "the EU's", not in "EUSR"). */
export function usesAbbreviation(text: string, abbr: string): boolean {
  return abbreviationsUsed(text, [abbr]).has(abbr);
}

/** Every abbreviation of the list that a text uses, in one pass over the text. */
export function abbreviationsUsed(text: string, abbrs: readonly string[]): Set<string> {
  if (abbrs.length === 0) return new Set();
  const alternation = [...abbrs].sort((a, b) => b.length - a.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation})(?![\\p{L}\\p{N}-])`, 'gu');
  return new Set(text.match(pattern) ?? []);
}
