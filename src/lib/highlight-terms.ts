import { withoutEdgePunctuation } from './query-words.ts';
import { markedTexts, matchedForms } from './section-rank.ts';
import { contentWords } from './stop-words.ts';

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
  const phrases = quotedPhrases(query);
  // Not "the", "in" or the "S" of "Eagle S", which would mark hundreds of words (src/lib/stop-words.ts).
  const words = contentWords(unquotedWords(query));
  // A phrase's words are marked one by one in the excerpt: only the other words' forms are taken.
  const marked = matchedForms(markedTexts(excerpt).map(markKey), words);
  const seen = new Set<string>();
  return [...phrases, ...words, ...marked].filter((term) => {
    const key = term.toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A marked text as a term: unescaped, without the punctuation around it. */
function markKey(text: string): string {
  return withoutEdgePunctuation(unescape(text));
}

/** An excerpt's text: Pagefind escapes the page's text around its marks. */
function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
}

/** A query's quoted phrases, without their quotes. */
function quotedPhrases(query: string): string[] {
  return [...query.matchAll(/["“”]([^"“”]+)["“”]/g)].map(([, phrase]) => phrase!.trim().replace(/\s+/g, ' '));
}

/** A query's words outside quotes, without the punctuation around them. */
function unquotedWords(query: string): string[] {
  return query.replace(/["“”][^"“”]*["“”]/g, ' ').split(/\s+/).map(withoutEdgePunctuation).filter(Boolean);
}

/**
 * An excerpt with only the marks a reader asked for: Pagefind also marks the longer words a short
 * one starts ("European" for "EU", "bridge" for "BRI") and every "the" of a question. The marks
 * kept are the forms highlightTerms takes (matchedForms), of the query's words and its phrases'.
 */
export function keepMarks(excerpt: string, query: string): string {
  const words = contentWords([...quotedPhrases(query).flatMap((phrase) => phrase.split(' ')), ...unquotedWords(query)].map(withoutEdgePunctuation).filter(Boolean));
  if (words.length === 0) return excerpt;
  const kept = new Set(matchedForms(markedTexts(excerpt).map(markKey), words));
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, text: string) => (kept.has(markKey(text)) ? whole : text));
}
