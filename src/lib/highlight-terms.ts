import { withoutEdgePunctuation } from './query-words.ts';
import { markedTexts, matchedForms } from './section-rank.ts';

/**
 * What a search result's link asks its page to highlight. Pagefind's highlighter marks each
 * `pagefind-highlight` value of the address as one phrase, so the whole query as one value marks
 * nothing when its words are apart ("Kallas Asia") or quoted ("\"strategic partnership\"").
 * The terms: a quoted phrase without its quotes; every other word without the punctuation around
 * it ("Kallas's" stays whole); and, of the words Pagefind marked in the result's excerpt, the
 * forms of those words it matched ("partnerships", "Häkkänen" for "Hakkanen", "US" for "U.S.";
 * not "bridge" for "BRI": src/lib/section-rank.ts, matchedForms). Each term once, whatever its
 * case.
 */
export function highlightTerms(query: string, excerpt = ''): string[] {
  const phrases = [...query.matchAll(/["“”]([^"“”]+)["“”]/g)].map(([, phrase]) => phrase!.trim().replace(/\s+/g, ' '));
  const words = query.replace(/["“”][^"“”]*["“”]/g, ' ').split(/\s+/).map(withoutEdgePunctuation);
  // A phrase's words are marked one by one in the excerpt: only the other words' forms are taken.
  const marked = matchedForms(markedTexts(excerpt).map((text) => withoutEdgePunctuation(unescape(text))), words);
  const seen = new Set<string>();
  return [...phrases, ...words, ...marked].filter((term) => {
    const key = term.toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An excerpt's text: Pagefind escapes the page's text around its marks. */
function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
}
