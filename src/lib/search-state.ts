/** The search page's state, kept in its URL so a search can be shared, reloaded and gone back to. */
export const FILTER_KEYS = ['topic', 'country', 'kind', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export function emptyState(): SearchState {
  return { q: '', filters: { topic: [], country: [], kind: [], year: [] } };
}

/** Reads `?q=estlink&country=Finland&country=Russia` (repeated keys for several values). */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS) {
    state.filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))].sort();
  }
  return state;
}

/** Writes the state back, in a stable order so equal searches have equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasQuery(state: SearchState): boolean {
  return state.q !== '' || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/**
 * The state with each chosen filter value spelt as the index spells it, where one matches it
 * but for case, accents and hyphens ("finland", "news-report" in a hand-typed address); a value
 * that none matches is kept, so the reader sees it chosen and can untick it.
 */
export function matchFilterValues(state: SearchState, known: Partial<Record<string, Record<string, number>>>): SearchState {
  const key = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  const filters = { ...state.filters };
  for (const name of FILTER_KEYS) {
    const values = Object.keys(known[name] ?? {});
    filters[name] = [...new Set(state.filters[name].map((value) => (values.includes(value) ? value : (values.find((v) => key(v) === key(value)) ?? value))))].sort();
  }
  return { ...state, filters };
}

/** Pagefind's filter argument: any of the values within one key, all keys together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(FILTER_KEYS.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]));
}

/**
 * A result link that highlights these terms on arrival (src/lib/highlight-terms.ts), one
 * parameter each, as Pagefind's highlighter reads them; the parameters go before the #fragment.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [path = '', hash] = url.split('#', 2);
  const separator = path.includes('?') ? '&' : '?';
  const params = terms.map((term) => `pagefind-highlight=${encodeURIComponent(term)}`).join('&');
  return `${path}${separator}${params}${hash ? `#${hash}` : ''}`;
}
