import { isAcronym } from './stop-words.ts';

/** A section of a search result, as Pagefind gives it (its `sub_results`). */
export interface SubResult {
  title: string;
  url: string;
  /** Escaped text with <mark> around the matched words. */
  excerpt: string;
  anchor?: { id: string; element: string };
  weighted_locations?: { weight: number; balanced_score: number }[];
  locations?: number[];
}

/** A section's score: the summed weights of its matching words (Pagefind's own weighting). */
function sectionScore(sub: SubResult): number {
  return sub.weighted_locations?.reduce((n, l) => n + (l.balanced_score || l.weight), 0) ?? sub.locations?.length ?? 0;
}

const MARK = /<mark>([^<]*)<\/mark>/g;

/**
 * Whether a word marked in an excerpt is a query word whole: the word itself, its plural in "s"
 * ("sanctions" for "sanction"; not "UNU" for "UN"), or a form of it that Pagefind's stemmer matched
 * ("policies" for "policy"); not a longer word that merely starts with it ("brief" for "BRI").
 */
function holdsWhole(marked: string, word: string): boolean {
  if (marked.startsWith(word)) return marked === word || marked === `${word}s`;
  let common = 0;
  while (common < marked.length && marked[common] === word[common]) common++;
  return common >= Math.max(3, word.length - 2);
}

/**
 * How many words of the query a section's excerpt holds whole (see holdsWhole): Pagefind matches
 * every word of a query as the start of a word and weighs "brief" as it weighs "BRI" for the
 * query "BRI", so its weights alone would open the section about the brief's sources first.
 */
export function wholeWords(excerpt: string, words: readonly string[]): number {
  return heldWhole(markedWords(excerpt), words);
}

/**
 * How many of `words` the matched words of a text hold whole (see holdsWhole). A word typed as an
 * abbreviation ("EEAS") is held only as itself or its plural, not as what the stemmer makes of it
 * ("EEA", another body).
 */
function heldWhole(matched: readonly string[], words: readonly string[]): number {
  // A match may hold a word with others ("EU-China", "Kazakhstan’s"); accents aside, as Pagefind matches.
  return words.filter((typed) => {
    const word = plain(typed);
    return matched.some(isAcronym(typed) ? (m) => m === word || m === `${word}s` : (m) => holdsWhole(m, word));
  }).length;
}

/**
 * Whether a page's text (a result's `content`) holds every one of `words` whole (see heldWhole):
 * Pagefind's quoted search for "EEAS" finds the page about the EEA too, as its stemmer makes one
 * word of both.
 */
export function holdsEvery(content: string, words: readonly string[]): boolean {
  // Each part of "UNU-CRIS" alone, as the text's words are taken apart; the case kept.
  const parts = words.flatMap((word) => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return heldWhole(pieces(content), parts) === parts.length;
}

/**
 * Whether a result holds a word of the query as the reader typed it: a word its excerpts mark
 * starts with it (a word still being typed, "Kazak"), or holds it whole. Pagefind answers a word
 * that no page holds with the longest start of it that some page holds ("sentencez" finds
 * "S"), which this refuses.
 */
export function holdsAsTyped(data: { excerpt: string; sub_results: readonly SubResult[] }, word: string): boolean {
  // "Shangri-La" is marked as two words, as Pagefind indexes it.
  const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].flatMap(markedWords);
  return pieces(word).every((piece) => marked.some((m) => m.startsWith(piece) || holdsWhole(m, piece)));
}

/**
 * Of the texts an excerpt marks, those that are a word of the query whole (holdsWhole), or, for a
 * word of four letters or more that no mark holds whole, that start with it (a word still being typed, "Kazak"): the
 * forms of the query's words a page holds ("Häkkänen’s" for "Hakkanen"), not the longer words
 * Pagefind also matched ("bridge" for "BRI").
 */
export function matchedForms(marks: readonly string[], words: readonly string[]): string[] {
  const key = (text: string) => plain(text).replace(/[^\p{L}\p{N}]+/gu, '');
  const keyed = marks.map((mark) => ({ mark, key: key(mark) }));
  const kept = new Set<string>();
  // Typed in capitals, an abbreviation: itself or its plural, not what the stemmer makes of it
  // ("EEAS" is not "EEA").
  const acronyms = new Set(words.filter(isAcronym).map(key));
  for (const word of words.map(key).filter(Boolean)) {
    const whole = keyed.filter((m) => (acronyms.has(word) ? m.key === word || m.key === `${word}s` : holdsWhole(m.key, word)));
    // A word of up to three letters is an abbreviation ("EU"), never the start of "European".
    const started = word.length > 3 ? keyed.filter((m) => m.key.startsWith(word)) : [];
    for (const { mark } of whole.length > 0 ? whole : started) kept.add(mark);
  }
  return marks.filter((mark) => kept.has(mark));
}

/** The texts an excerpt marks, as Pagefind escapes them. */
export function markedTexts(excerpt: string): string[] {
  return [...excerpt.matchAll(MARK)].map(([, text]) => text!);
}

/** The words marked in an excerpt, each alone ("EU-China" is two), lower case, without accents. */
function markedWords(excerpt: string): string[] {
  return markedTexts(excerpt).flatMap(pieces);
}

/** The words of a text as Pagefind takes them apart, lower case, without accents. */
function pieces(text: string): string[] {
  return plain(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Lower case, without accents: how Pagefind compares words. */
export function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The sections of a result that lead into the text (a brief's own parts, whose ids end in
 * "-heading", are left out), best match first: the first opens from the result's main link.
 * A section that holds more words of the query whole goes first; then Pagefind's weights decide,
 * then the order of the text. Given the page's text (a result's `content`), every word Pagefind
 * matched in a section counts, found at its locations (positions among the text's words); an
 * excerpt shows only the densest stretch of a section, which for "Eagle S" is one of words
 * starting with "s", not the ship's name.
 */
export function rankSections(sections: readonly SubResult[], words: readonly string[], content?: string, furniture: ReadonlySet<string> = new Set()): SubResult[] {
  const whole = wholeIn(words, content);
  // Of sections holding as many words whole, one of page furniture (the source's tag list, its
  // references: the brief's `furniture`) comes after those of the text, whatever its weights.
  const aside = (s: SubResult) => (furniture.has(s.anchor!.id) ? 1 : 0);
  return sections
    .filter((s) => s.anchor?.id && !s.anchor.id.endsWith('-heading') && s.url.includes('#'))
    .map((s, order) => ({ s, order, whole: whole(s), aside: aside(s), score: sectionScore(s) }))
    .sort((a, b) => b.whole - a.whole || a.aside - b.aside || b.score - a.score || a.order - b.order)
    .map(({ s }) => s);
}

/**
 * How many of `words` a section holds whole: at the locations Pagefind matched, given the page's
 * text (a result's `content`), else in its excerpt.
 */
export function wholeIn(words: readonly string[], content?: string): (section: SubResult) => number {
  const text = content?.split(/\s+/);
  return (s) => (text && s.locations ? heldWhole(s.locations.flatMap((at) => pieces(text[at] ?? '')), words) : wholeWords(s.excerpt, words));
}

/**
 * Where a phrase stands in a page's text (a result's `content`): the position, among its words,
 * of the first word of each place its words follow one another. Pagefind gives a quoted phrase's
 * first match only, which may be in the page's own parts (its source card, before the text):
 * the section the reader wants holds a later one.
 */
export function phraseLocations(content: string, phrase: string): number[] {
  // Signs kept, as the briefs write amounts: "2%" is not every "2".
  const signed = (text: string) => plain(text).split(/[^\p{L}\p{N}%€$£]+/u).filter(Boolean);
  const wanted = signed(phrase);
  if (wanted.length === 0) return [];
  const flat: { piece: string; at: number }[] = [];
  content.split(/\s+/).forEach((word, at) => {
    for (const piece of signed(word)) flat.push({ piece, at });
  });
  const found: number[] = [];
  for (let i = 0; i + wanted.length <= flat.length; i++) {
    if (wanted.every((piece, k) => flat[i + k]!.piece === piece)) found.push(flat[i]!.at);
  }
  return found;
}

/** A heading of a page as Pagefind records it: its element, id, text and position among the page's words. */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/**
 * The section of a brief that holds the first of `locations` (positions among the page's words)
 * lying in one: for a quoted phrase, Pagefind gives the page's matches but no section of its own.
 * A section is an ## or ### of the text; the page's own parts (ids ending "-heading", before the
 * text) are not.
 */
export function sectionAt(anchors: readonly PageAnchor[], locations: readonly number[]): PageAnchor | undefined {
  const sections = anchors.filter((a) => (a.element === 'h2' || a.element === 'h3') && a.id && !a.id.endsWith('-heading')).sort((a, b) => a.location - b.location);
  for (const at of [...locations].sort((a, b) => a - b)) {
    const holding = sections.filter((a) => a.location <= at).at(-1);
    if (holding) return holding;
  }
  return undefined;
}

/**
 * Results of a query made only of quoted phrases ("May 2018", which the search page quotes
 * itself: src/lib/query-words.ts), best first. Pagefind does not rank a phrase's matches, so a
 * brief that mentions "May 2018" once came before the press release of 28 May 2018. A result
 * counts each place its text holds a phrase, and more where its title or a section's heading
 * holds one: what a page is about, it names there. Ties keep Pagefind's order.
 */
export function rankByPhrases<Result extends { content: string; meta: Record<string, string | undefined>; anchors?: readonly PageAnchor[] }>(results: readonly Result[], phrases: readonly string[]): Result[] {
  const holds = (text: string | undefined) => (text ? phrases.some((phrase) => phraseLocations(text, phrase).length > 0) : false);
  const score = (result: Result) =>
    phrases.reduce((n, phrase) => n + phraseLocations(result.content, phrase).length, 0) +
    (holds(result.meta['title']) ? 10 : 0) +
    (result.anchors?.some((anchor) => holds(anchor.text)) ? 5 : 0);
  return results
    .map((result, order) => ({ result, order, score: score(result) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result }) => result);
}
