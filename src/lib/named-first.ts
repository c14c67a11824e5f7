/**
 * A name as a reader may type it: case, accents, quotes and runs of spaces aside
 * ("Organisation  for Security" and "organisation for security", "Häkkänen" and "Hakkanen").
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/["“”‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Pages about entities in the order a reader expects: first those of which the query is a name
 * (its own or another it goes by), then the rest in the order given. Pagefind ranks by the words a
 * page holds, so for "EU" the page of the "EU Special Representative", whose name holds the word,
 * came before the European Union's, which the registry also calls "EU". Stable.
 */
export function namedFirst<T>(items: readonly T[], names: (item: T) => readonly string[], query: string): T[] {
  const key = nameKey(query);
  if (!key) return [...items];
  const named = items.filter((item) => names(item).some((name) => nameKey(name) === key));
  return [...named, ...items.filter((item) => !named.includes(item))];
}

/**
 * Whether a query names an entity: a word of one of its names is a word of the query, or starts
 * with one of three letters or more, as a reader types it ("Kallas" names Kaja Kallas, "maritime"
 * Maritime security, "Kazakh" Kazakhstan). A page that only mentions what was searched ("Kallas"
 * on the page about supply chains) is not named by it.
 */
export function namesEntity(names: readonly string[], queryWords: readonly string[]): boolean {
  // A word typed with hyphens is its parts, as a name's words are ("UNU-CRIS").
  const typed = queryWords.flatMap((word) => nameKey(word).split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  return names.some((name) =>
    nameKey(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => typed.some((t) => word === t || (t.length >= 3 && word.startsWith(t)))),
  );
}
