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
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** What the search page adds to its count when Pagefind dropped words that no page holds. */
export function missingWordsNote(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
  return `Nothing on the site contains ${list}: the results match the other words.`;
}
