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
