/** Whether a text uses an abbreviation as a word of its own ("EU" in "the EU's", not in "EUSR"). */
export function usesAbbreviation(text: string, abbr: string): boolean {
  const escaped = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'u').test(text);
}
