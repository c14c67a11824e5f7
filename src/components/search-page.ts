// The search page's behaviour, as a custom element: Pagefind's index is loaded here only, on first
// use, and the URL holds the state.
import {
  FILTER_KEYS,
  hasQuery,
  matchFilterValues,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  withHighlight,
  type FilterKey,
  type SearchState,
} from '../lib/search-state.ts';
import { missingWordsNote, quotedPhrases, queryTokens, queryWords, searchText, withoutGrammar } from '../lib/query-words.ts';
import { highlightTerms, keepMarks } from '../lib/highlight-terms.ts';
import { contentWords, isAcronym } from '../lib/stop-words.ts';
import { countOf } from '../lib/labels.ts';
import { suggestQuery, withWords, wordsNear, type Vocabulary } from '../lib/query-suggest.ts';
import { britishQuery } from '../lib/spelling.ts';
import { holdsAsTyped, holdsEvery, phraseLocations, rankByPhrases, rankSections, sectionAt, wholeIn, type PageAnchor, type SubResult } from '../lib/section-rank.ts';
import { nameKey, namedFirst, namesEntity } from '../lib/named-first.ts';
import { nameForms } from '../lib/name-forms.ts';
import { combine, coverageNote, PARTS_FILE, readParts, type PartsFile } from '../lib/search-parts.ts';

interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
  anchors?: PageAnchor[];
}
type Counts = Record<string, Record<string, number>>;
interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
  filters(): Promise<Counts>;
  preload(query: string, options: { filters?: Record<string, unknown> }): Promise<void>;
  search(query: string | null, options: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
interface PagefindSearch {
  results: SearchResult[];
  filters: Counts;
}

const LABELS: Record<FilterKey, string> = { topic: 'Topic', country: 'Country', kind: 'Kind of source', year: 'Year of the source' };
/**
 * The filter that only pages about a country, organisation, person or topic carry: counting them
 * by it loads a filter index as small as the registry. Their "kind" value, which every brief
 * also has a value of, would load one that lists the whole archive.
 */
const ENTITY_FILTER = { type: 'entity' } as const;
const PAGE = 5;
/** Pages about entities shown on their line before its "more" button. */
const ENTITIES_SHOWN = 6;
/** Pages read for the words near a word no page holds: each is a fetch, made only for such a word. */
const NEAR_PAGES = 3;
const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { termFrequency: 0.8, pageLength: 0.6 } };

/** The words of a query that may name an entity: quoted ("\"Central Asia\"") or not, a name all the same. */
function nameWords(query: string): string[] {
  return contentWords(queryTokens(query.replace(/["“”]/g, ' ')));
}

/** The names an entity's page gives for search (its "names" metadata, a JSON list). */
function entityNames(data: ResultData): string[] {
  try {
    const names: unknown = JSON.parse(data.meta['names'] ?? '[]');
    return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A result's line on its source: the source's kind, and its date as its brief shows it ("April
 * 2025 (inferred)"), in a <time>; none when the page gives neither.
 */
function sourceLine(data: ResultData): HTMLElement[] {
  const { kind, date, published } = data.meta;
  const when = date ? [element('time', { dateTime: date }, published ?? date)] : [];
  const meta = [...(kind ? [kind] : []), ...(kind && date ? [' · '] : []), ...when];
  return meta.length > 0 ? [element('p', { className: 'meta' }, ...meta)] : [];
}

/** The pages a query names, then the others found, each once. */
function namedThenOthers(named: readonly ResultData[], others: readonly ResultData[]): ResultData[] {
  return [...named, ...others.filter((e) => !named.some((d) => d.url === e.url))];
}

function element(tag: string, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are escaped text with <mark> around the matched words. */
function excerpt(html: string): HTMLElement {
  const span = element('span', { className: 'excerpt' });
  span.innerHTML = html;
  return span;
}

class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  /** What each part of the index holds, and the places in that list of those the search has merged. */
  private parts: PartsFile | undefined;
  private readonly merged = new Set<number>();
  /** The parts that hold the words of the last search and that it did not need: "Search all" merges them. */
  private pending: number[] = [];
  private merging: Promise<void> = Promise.resolve();
  /** The preparation for the words typed so far that is running, and the words typed since. */
  private preparing: Promise<void> | undefined;
  private nextPartial: string | undefined;
  private vocabulary: Promise<Vocabulary> | undefined;
  /** The query as typed and its correction, while the correction's results are shown. */
  private correction: { from: string; to: string } | undefined;
  /** A query the reader asked to search as typed, not corrected. */
  private asTyped: string | undefined;
  /** Whether a query that finds nothing may be corrected: one opened or submitted, not one being typed. */
  private correctable = true;
  private allFilters: Counts = {};
  private filtersReady: Promise<void> | undefined;
  private state: SearchState = parseSearchState(location.search);
  private generation = 0;
  private filtersOpen: boolean | undefined;
  private shown = PAGE;
  /** Set while the reader is typing: the search that will follow makes the current one moot. */
  private typing: ReturnType<typeof setTimeout> | undefined;

  /** The site's base path, from the page. */
  private get base(): string {
    return this.dataset['base'] ?? '/';
  }

  private find<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-search-${name}]`)!;
  }

  connectedCallback(): void {
    const form = this.find<HTMLFormElement>('form');
    const input = this.find<HTMLInputElement>('input');
    const filtersBox = this.find<HTMLDivElement>('filters');
    const list = this.find<HTMLOListElement>('results');
    // The keys it names work only with this script: without it the page says how to browse instead.
    this.find('help').hidden = false;
    // Come to search (the header's link, a bookmark), the reader's next step is to type. Not when
    // the address holds a search: the results are what to read then.
    if (!new URLSearchParams(location.search).has('q')) input.focus();
    this.find<HTMLButtonElement>('more').addEventListener('click', () => {
      const before = this.shown;
      this.shown += PAGE;
      // Focus goes to the first result the button added, where reading goes on (the button may
      // be gone, and focus with it, once every result is shown).
      void this.render().then(() => this.find('results').querySelectorAll('li.result')[before]?.querySelector<HTMLAnchorElement>('a.result-title')?.focus());
    });
    // Every part that holds the words at once, ranked together, for a reader who wants the whole
    // archive's best matches rather than the newest first.
    this.find<HTMLButtonElement>('all').addEventListener('click', () => {
      void this.load()
        .then((pf) => this.mergeParts(pf, this.pending))
        .then(
          () => this.render(),
          () => this.failed(),
        );
    });

    input.addEventListener('input', () => {
      // While the reader types, Pagefind fetches the index chunks the words so far need, so the
      // search that runs when typing stops has them already; not for one or two letters, whose
      // words span much of an archive's index.
      const partial = input.value.trim();
      if ((partial.split(/\s+/).at(-1)?.length ?? 0) >= 3) this.prepareLatest(partial);
      clearTimeout(this.typing);
      this.typing = setTimeout(() => {
        this.typing = undefined;
        this.correctable = false;
        this.update({ ...this.state, q: input.value.trim() }, false);
      }, 100);
    });
    // A failure shows when the reader searches.
    input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typing);
      this.typing = undefined;
      this.correctable = true;
      this.asTyped = undefined;
      this.update({ ...this.state, q: input.value.trim() }, true);
    });
    filtersBox.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const key = box.name as FilterKey;
      const values = new Set(this.state.filters[key]);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.update({ ...this.state, filters: { ...this.state.filters, [key]: [...values].sort() } }, true);
    });
    // Arrow keys move between the search box and result links; Enter follows the focused link.
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
      if (links.length === 0) return;
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (current === -1 && document.activeElement !== input) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    });
    addEventListener('popstate', () => {
      this.state = parseSearchState(location.search);
      void this.render();
    });
    void this.render();
  }

  private load(): Promise<Pagefind> {
    if (this.pagefind) return this.pagefind;
    const { base } = this;
    // Revalidated, as Pagefind does its own entry file: a list from before the last publication
    // would leave out new parts, or name gone ones.
    const parts = fetch(`${base}pagefind/${PARTS_FILE}`, { cache: 'no-cache' }).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} fetching the search index's ${PARTS_FILE}`);
      return readParts(await response.json());
    });
    // Handled below, once Pagefind's code is in; unhandled if that fails first.
    parts.catch(() => undefined);
    // Every search reads the site's names (see update); fetched beside Pagefind's code, not after it.
    void this.loadVocabulary();
    this.pagefind = (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      try {
        // No web worker: it would download Pagefind's code a second time (11 KB) for a search that
        // takes milliseconds on the main thread.
        await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: base, noWorker: true });
        await pf.init();
        this.parts = await parts;
        return pf;
      } catch (error) {
        await this.reset(pf);
        throw error;
      }
    });
    // A failed load (offline, say) is tried again by the next search.
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /**
   * Merges parts of an archive's index (src/integrations/search-index.ts), by their place in
   * parts.json, into the one search: each adds only its list of pages and the chunks a query
   * needs, sharing the main index's code. A search merges only the parts that hold its words,
   * newest first, and only as many as it needs (see render).
   */
  private mergeParts(pf: Pagefind, places: number[]): Promise<void> {
    // One merge at a time, so a part asked for while typing and by the search is merged once.
    const turn = this.merging.then(() => this.merge(pf, places));
    this.merging = turn.catch(() => undefined);
    return turn;
  }

  private async merge(pf: Pagefind, places: number[]): Promise<void> {
    const { base } = this;
    const parts = this.parts?.parts ?? [];
    try {
      for (const place of places) {
        if (this.merged.has(place)) continue;
        await pf.mergeIndex(`${base}pagefind/${parts[place]!.folder}`, { ...PAGEFIND_OPTIONS, baseUrl: base });
        this.merged.add(place);
        // Filter values the reader has asked for include the briefs just added.
        if (this.filtersReady) {
          this.filtersReady = pf.filters().then((counts) => void (this.allFilters = counts));
          await this.filtersReady;
        }
      }
    } catch (error) {
      await this.reset(pf);
      throw error;
    }
  }

  /**
   * The places of the parts that hold every word of `query` (a phrase's words, in any order),
   * newest first, from their records in the main index's directory. Without words, a search by
   * filters alone may need any part.
   */
  private async holding(pf: Pagefind, query: string): Promise<number[]> {
    const parts = this.parts?.parts ?? [];
    if (!query || parts.length === 0) return parts.map((_, place) => place);
    const routed = new Set((await pf.search(query.replace(/["“”]/g, ' '), {}))?.results.map((r) => r.id));
    return parts.flatMap((part, place) => (routed.has(part.key) ? [place] : []));
  }

  /**
   * Prepares for the words typed so far, one preparation at a time: keys come faster than a
   * preparation ends, and the search that runs when typing stops would wait behind a queue of
   * them. Only the latest words wait their turn.
   */
  private prepareLatest(partial: string): void {
    this.nextPartial = partial;
    this.preparing ??= (async () => {
      for (let next = this.nextPartial; next !== undefined; next = this.nextPartial) {
        this.nextPartial = undefined;
        await this.prepare(next).catch(() => undefined);
      }
      this.preparing = undefined;
    })();
  }

  /**
   * While the reader types: the index chunks the words so far need, from the main index and from
   * the newest part that holds them, so the search that runs when typing stops has them already.
   */
  private async prepare(typed: string): Promise<void> {
    const pf = await this.load();
    const filters = pagefindFilters(this.state);
    const partial = searchText(typed);
    await pf.preload(partial, { filters });
    const [newest] = await this.holding(pf, partial);
    if (newest === undefined || this.merged.has(newest)) return;
    await this.mergeParts(pf, [newest]);
    await pf.preload(partial, { filters });
  }

  /** After a failed load: whatever was merged goes, and the next search starts from a fresh instance. */
  private async reset(pf: Pagefind): Promise<void> {
    this.pagefind = undefined;
    this.filtersReady = undefined;
    this.merged.clear();
    await pf.destroy();
  }

  /** The site's names, which a search holds whole and a misspelt query is corrected to (src/pages/search/words.json.ts). */
  private loadVocabulary(): Promise<Vocabulary> {
    const none: Vocabulary = { words: [], expansions: {} };
    this.vocabulary ??= fetch(`${this.base}search/words.json`)
      .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : none))
      .catch(() => none);
    return this.vocabulary;
  }

  /**
   * Words the pages write close to each of `words`, which no page holds: Pagefind answers such a
   * word with the pages holding its longest start ("Samarkland": "Samark…"), and the first few of
   * them may write the word meant ("Samarkand"), a name the registry need not list. Not the
   * directory's records (`directory`), which hold a part's every word.
   */
  private async wordsNear(pf: Pagefind, words: ReadonlySet<string>, directory: ReadonlySet<string>): Promise<string[]> {
    const found: string[] = [];
    for (const word of words) {
      const results = ((await pf.search(word, {}))?.results ?? []).filter((r) => !directory.has(r.id)).slice(0, NEAR_PAGES);
      found.push(...wordsNear((await Promise.all(results.map((r) => r.data()))).map((data) => data.content), word));
    }
    return found;
  }

  /**
   * Every filter value, loaded only when the reader opens the filters or arrives with one chosen:
   * on an archive the filter indexes are the largest part of a first search, which needs none.
   */
  private loadFilters(): Promise<void> {
    this.filtersReady ??= this.load().then(async (pf) => {
      this.allFilters = await pf.filters();
    });
    return this.filtersReady;
  }

  private update(next: SearchState, push: boolean): void {
    if (next.q !== this.correction?.to) this.correction = undefined;
    this.state = next;
    this.shown = PAGE;
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.render();
  }

  /** The filters, with how many results have each value; `counts` is undefined where the search cannot say. */
  private renderFilters(counts: Counts | undefined): void {
    const { state } = this;
    const active = FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
    // Values no result has are left out, unless chosen, so the filters stay short.
    const fieldsets = FILTER_KEYS.map((key) => {
      // A chosen value the index lacks (an address typed by hand) is shown too, to be unticked.
      const values = [...new Set([...Object.keys(this.allFilters[key] ?? {}), ...state.filters[key]])]
        .filter((value) => !counts || (counts[key]?.[value] ?? 0) > 0 || state.filters[key].includes(value))
        .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      if (values.length === 0) return undefined;
      return element(
        'fieldset',
        {},
        element('legend', {}, LABELS[key]),
        ...values.map((value) => {
          const box = element('input', { type: 'checkbox', name: key, value, checked: state.filters[key].includes(value) });
          return element('label', {}, box, value, ...(counts ? [element('span', { className: 'count' }, ` (${counts[key]?.[value] ?? 0})`)] : []));
        }),
      );
    }).filter((f): f is HTMLElement => f !== undefined);
    // One line until the reader opens it, so the first result stays in the first screen; once
    // opened or closed, that choice holds across searches.
    const details = element(
      'details',
      { open: this.filtersOpen ?? false },
      element('summary', {}, active > 0 ? `Filters (${active} in use)` : 'Filter by topic, country, kind or year'),
      ...fieldsets,
    ) as HTMLDetailsElement;
    details.addEventListener('toggle', () => {
      this.filtersOpen = details.open;
      // The values come with the first opening; the search runs again to count them.
      if (details.open && !this.filtersReady) void this.loadFilters().then(() => this.render());
    });
    const box = this.find<HTMLDivElement>('filters');
    // A reader ticking boxes by keyboard stays on the box just ticked: the filters are drawn anew.
    const focused = box.contains(document.activeElement) && document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
    box.replaceChildren(details);
    box.hidden = false;
    if (focused) [...box.querySelectorAll<HTMLInputElement>('input')].find((input) => input.name === focused.name && input.value === focused.value)?.focus();
  }

  private async render(): Promise<void> {
    const mine = ++this.generation;
    const { state } = this;
    const status = this.find<HTMLParagraphElement>('status');
    const list = this.find<HTMLOListElement>('results');
    const entityLine = this.find<HTMLParagraphElement>('entities');
    const more = this.find<HTMLButtonElement>('more');
    const suggest = this.find<HTMLParagraphElement>('suggest');
    // The box shows the query of an address opened or gone back to; what the reader is typing
    // stays as typed (a space typed before a pause is still there when typing goes on).
    const input = this.find<HTMLInputElement>('input');
    if (input.value.trim() !== state.q) input.value = state.q;
    if (!hasQuery(state)) {
      suggest.hidden = true;
      list.replaceChildren();
      entityLine.hidden = true;
      more.hidden = true;
      this.find('all').hidden = true;
      status.textContent = 'Type a word or pick a filter to search every brief.';
      this.renderFilters(this.allFilters);
      if (this.filtersOpen) this.loadFilters().then(() => this.renderFilters(this.allFilters));
      return;
    }
    status.textContent = 'Searching…';
    let pf: Pagefind;
    try {
      pf = await this.load();
    } catch {
      if (mine !== this.generation) return;
      return this.failed();
    }
    if (FILTER_KEYS.some((key) => state.filters[key].length > 0)) {
      await this.loadFilters();
      if (mine !== this.generation) return;
      const matched = matchFilterValues(state, this.allFilters);
      if (serializeSearchState(matched) !== serializeSearchState(state)) return this.update(matched, false);
    }
    // A search overtaken by another, or by more typing, loads no more: each step is a fetch.
    const moot = () => mine !== this.generation || this.typing !== undefined;
    // What Pagefind is asked: the query with its shorthand amounts spelt out ("€12bn"), without
    // the words of its grammar ("who is Kallas": "Kallas").
    const query = withoutGrammar(searchText(state.q));
    if (query === undefined) {
      list.replaceChildren();
      for (const part of [entityLine, more, suggest, this.find('all')]) part.hidden = true;
      this.renderFilters(this.allFilters);
      status.textContent = `“${state.q}” is on nearly every page: add a word that says what you are looking for.`;
      return;
    }
    // An archive's parts are merged only while the search needs them, newest first, and only
    // those that hold its words (the directory in the main index says which): until a page of
    // briefs is found, or no such part is left.
    const parts = this.parts?.parts ?? [];
    const keys = new Set(parts.map((p) => p.key));
    const holding = await this.holding(pf, query);
    /** How many pages hold a word exactly (a quoted search: no prefix, no other word's start). */
    const pagesHolding = async (word: string, filters: Record<string, unknown> = {}) => (await pf.search(`"${word}"`, { filters }))?.results.length ?? 0;
    // Pagefind drops a word no page holds. The main index holds every word of the site (the pages
    // about entities, the glossary, and the directory of the briefs'), so a word that a search of
    // its own does not find is one to name.
    const alone = async (words: string[]) => {
      const found: Set<string>[] = [];
      for (const word of words.length > 1 ? words : []) {
        const results = (await pf.search(word, {}))?.results ?? [];
        // Pagefind answers a word that no page holds with the longest start of it that one does
        // ("strange" finds the "S" of "Eagle S"): the first result says whether it holds the word
        // as typed, or, held only in metadata (a date), a search for it exactly.
        const first = await results[0]?.data();
        const held = first !== undefined && (holdsAsTyped(first, word) || (await pagesHolding(word)) > 0);
        found.push(held ? new Set(results.map((r) => r.id)) : new Set());
      }
      return found;
    };
    const words = queryWords(query);
    const held = await alone(words);
    const missing = words.filter((_, i) => held[i]?.size === 0);
    // A word of up to three letters or digits ("BRI", "US") is an abbreviation, not the start of a
    // longer word: Pagefind's prefix match would add every page with "brief" or "uses". Only the
    // pages that hold each such word exactly (a quoted search, which Pagefind does not rank) are
    // kept, in the order of the ranked search, unless none does (a word still being typed).
    // So is a word typed in capitals ("EEAS"), which Pagefind's stemmer would take for another
    // ("EEA"), and one of several in capitals ("UNU-CRIS"), whose parts alone match "crisis".
    const shortWords = [...new Set(queryTokens(query).filter((token) => /^[\p{L}\p{N}]{1,3}$/u.test(token) || isAcronym(token)).map((token) => token.toLowerCase()))];
    // A name of the site's ("Stubb") likewise: Pagefind would add the pages with "stubborn". It is
    // held as itself or as a longer name the site knows ("Japanese" for "Japan"): src/lib/name-forms.ts.
    const { words: names } = await this.loadVocabulary();
    if (moot()) return;
    const nameGroups = queryTokens(query)
      .filter((token) => !shortWords.includes(token.toLowerCase()))
      .map((token) => nameForms(token, names))
      .filter((forms) => forms !== undefined);
    const exactly = async (filters: Record<string, unknown>) => {
      const held: { ids: Set<string>; filters: Counts | undefined }[] = [];
      for (const forms of [...shortWords.map((word) => [word]), ...nameGroups]) {
        const searches: (PagefindSearch | null)[] = [];
        for (const form of forms) searches.push(await pf.search(`"${form}"`, { filters }));
        const ids = new Set(searches.flatMap((search) => search?.results.map((r) => r.id) ?? []));
        if ([...ids].some((id) => !keys.has(id))) held.push({ ids, filters: searches.length === 1 ? searches[0]?.filters : undefined });
      }
      return held;
    };
    // The pages about entities, all in the main index, counted by a search of their own: it loads a
    // filter index as small as the registry.
    const entityIds = new Set((await pf.search(query || null, { filters: { ...pagefindFilters(state), ...ENTITY_FILTER } }))?.results.map((r) => r.id));
    // A result must hold every word down to the pieces Pagefind takes a word apart into
    // ("2018-05-28" is three): see the loop.
    const pieces = [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
    let matches: SearchResult[];
    let counts: Counts | undefined;
    let entityTotal: number;
    for (;;) {
      const search = await pf.search(query || null, { filters: pagefindFilters(state) });
      const exact = await exactly(pagefindFilters(state));
      if (!search || moot()) return;
      const exactIds = exact.map((found) => found.ids);
      const all = search.results.filter((r) => !keys.has(r.id));
      const found = all.filter((r) => exactIds.every((ids) => ids.has(r.id)));
      // A part drops the words it lacks too: one without "Estlink", merged for an earlier search,
      // answers "security Estlink" with its pages about security. A result must then hold every
      // piece of the query that some page holds, as one index would have it.
      const stray = [...this.merged].some((place) => !holding.includes(place));
      const sets = stray ? (await alone(pieces)).filter((ids) => ids.size > 0) : [];
      matches = found.filter((r) => sets.every((ids) => ids.has(r.id)));
      // Pagefind counts filter values over what it found, which is then more than the matches;
      // for a lone short word, the quoted search found exactly them.
      counts = matches.length !== found.length ? undefined : found.length === all.length ? search.filters : words.length === 1 ? exact[0]?.filters : undefined;
      entityTotal = matches.filter((r) => entityIds.has(r.id)).length;
      if (moot()) return;
      const next = holding.find((place) => !this.merged.has(place));
      if (matches.length - entityTotal >= this.shown || next === undefined) break;
      try {
        await this.mergeParts(pf, [next]);
      } catch {
        if (moot()) return;
        return this.failed();
      }
      if (moot()) return;
    }
    // Each result's data is a separate fetch: a page of briefs, more on request. Pages about a
    // country, person or topic answer "where is X discussed?"; they are offered on one line above
    // the briefs, so the list itself ranks briefs and their sections.
    // Six are shown, of the first twelve: the one the query names, if any, first.
    const shownEntities = matches.filter((r) => entityIds.has(r.id)).slice(0, 12);
    const shownBriefs = matches.filter((r) => !entityIds.has(r.id)).slice(0, this.shown);
    const load = (list: SearchResult[]) => Promise.all(list.map((r) => r.data()));
    let [entities, results] = await Promise.all([load(shownEntities), load(shownBriefs)]);
    if (moot()) return;
    // A page about an entity must hold an abbreviation as typed, which only its text tells: those
    // loaded are checked, and the count goes down by those they drop.
    const acronyms = queryTokens(query).filter(isAcronym);
    const holdsAcronyms = (data: ResultData) => holdsEvery(data.content, acronyms);
    if (acronyms.length > 0) {
      const stray = new Set(shownEntities.filter((_, i) => !holdsAcronyms(entities[i]!)).map((r) => r.id));
      entities = entities.filter((_, i) => !stray.has(shownEntities[i]!.id));
      matches = matches.filter((r) => !stray.has(r.id));
      entityTotal -= stray.size;
    }
    entities = namedFirst(entities, entityNames, query);
    // Pagefind answers a word that no page holds with the longest start of it that some page
    // holds ("sentencez" finds the "S" of "Eagle S", "finlnd" Finland's ISO code "FI"). A word
    // searched alone is marked in its results' excerpts, unless only their metadata holds it (a
    // date): if none of the results shown marks it as typed, and no page holds it exactly,
    // nothing matched. (An excerpt of a longer query may show only some of its words.)
    // Of several words, if none is held, the results only hold starts of them.
    const noneHeld = words.length > 1 && missing.length === words.length;
    if (noneHeld || (words.length === 1 && matches.length > 0 && ![...entities, ...results].some((data) => holdsAsTyped(data, words[0]!)) && (await pagesHolding(words[0]!)) === 0)) {
      if (moot()) return;
      [entities, results, matches, entityTotal, counts] = [[], [], [], 0, undefined];
    }
    // A query of several names ("Japan South Korea") matches pages holding all its words, which
    // the pages about each of them do not: those pages come first.
    const filtered = FILTER_KEYS.some((key) => state.filters[key].length > 0);
    const named = !noneHeld && !filtered ? await this.namedEntities(pf, query) : [];
    if (moot()) return;
    const namedOnly = named.filter((d) => !entities.some((e) => e.url === d.url));
    entities = namedThenOthers(named, entities);
    const entityCount = entityTotal + namedOnly.length;
    // With no brief found, every word no brief holds is one to correct ("did you mean"): a near
    // miss can still match a page about an entity, whose names Pagefind weights highly.
    const unmatched = new Set(missing);
    if (results.length === 0) {
      // Searched exactly: a word no page holds is otherwise answered with the start of another ("Samarkland", "Samarkand").
      for (const word of queryWords(query)) {
        const all = await pagesHolding(word);
        if (all === 0 || all === (await pagesHolding(word, ENTITY_FILTER))) unmatched.add(word);
      }
    }
    const vocabulary = unmatched.size > 0 ? await this.loadVocabulary() : undefined;
    // A correction from the site's own names and abbreviations, then from the words near a
    // missing one on the pages Pagefind answered it with (fetched only then); else a word spelt
    // the American way that the briefs, in British English, spell otherwise ("defense").
    const fromNames = vocabulary ? suggestQuery(queryTokens(query), unmatched, vocabulary.words, vocabulary.expansions) : undefined;
    const near = vocabulary && fromNames === undefined ? await this.wordsNear(pf, unmatched, keys) : [];
    if (moot()) return;
    const guess = near.length > 0 ? suggestQuery(queryTokens(query), unmatched, withWords(vocabulary!.words, near), vocabulary!.expansions) : undefined;
    const british = (fromNames ?? guess) !== undefined ? undefined : await britishQuery(queryTokens(query), (word) => pagesHolding(word));
    if (moot()) return;
    const suggestion = fromNames ?? guess ?? british;
    // No brief as typed, and a correction from the site's names ("Kazakstan", "cybersecurity",
    // "FT") or its spelling ("defense spending"): its results are shown instead, saying so, as a
    // web search does. Not while the reader types, not for a guess from the pages' words, and not
    // for a query the reader asked for as typed.
    const corrected = fromNames ?? british;
    if (matches.length === entityTotal && corrected !== undefined && this.correctable && state.q !== this.asTyped) {
      this.correction = { from: state.q, to: corrected };
      return this.update({ ...state, q: corrected }, false);
    }
    const total = matches.length;
    this.renderFilters(counts);
    entityLine.hidden = entities.length === 0;
    this.renderEntities(entities.slice(0, ENTITIES_SHOWN), entityCount, query, async () => {
      // All of them, on request: each is a fetch.
      const rest = (await load(matches.filter((r) => entityIds.has(r.id)).slice(0, 200))).filter(holdsAcronyms);
      return namedThenOthers(named, namedFirst(rest, entityNames, query));
    });
    // A query of phrases only: Pagefind leaves their matches unranked; ranked here when every brief
    // found is on the page, as a later page could otherwise hold a better one.
    const quoted = quotedPhrases(query);
    if (quoted.only && results.length >= matches.length - entityTotal) results = rankByPhrases(results, quoted.phrases);
    list.replaceChildren(...results.map((data) => this.result(data, query)));
    const correction = this.correction?.to === state.q ? this.correction : undefined;
    suggest.hidden = suggestion === undefined && correction === undefined;
    if (correction) {
      const typed = { ...state, q: correction.from };
      const link = element('a', { href: `${location.pathname}${serializeSearchState(typed)}` }, correction.from);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.asTyped = correction.from;
        this.update(typed, true);
      });
      suggest.replaceChildren('Showing results for ', element('strong', {}, correction.to), '. Search instead for ', link, '.');
    } else if (suggestion !== undefined) {
      const next = { ...state, q: suggestion };
      const link = element('a', { href: `${location.pathname}${serializeSearchState(next)}` }, suggestion);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.update(next, true);
      });
      suggest.replaceChildren('Did you mean ', link, '?');
    }
    const briefTotal = total - entityTotal;
    // Older parts that hold the words, not yet searched, hold more.
    this.pending = holding.filter((place) => !this.merged.has(place));
    const searched = holding.filter((place) => this.merged.has(place)).at(-1);
    const coverage = coverageNote(searched === undefined ? undefined : parts[searched], this.pending.length);
    more.hidden = results.length < this.shown || (results.length >= briefTotal && coverage === undefined);
    const all = this.find<HTMLButtonElement>('all');
    all.hidden = coverage === undefined;
    if (coverage !== undefined && this.parts) all.textContent = `Search all ${countOf(combine([this.parts.main, ...parts]).pages, 'brief', 'briefs')}`;
    // A query with its own quotation marks is shown as typed, not wrapped in more.
    // The filters in use are said with the count: the line that lists them is folded.
    const inUse = FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
    const forQuery = (state.q ? (/["“”]/.test(state.q) ? ` for ${state.q}` : ` for “${state.q}”`) : '') + (inUse > 0 ? ` with ${countOf(inUse, 'filter', 'filters')}` : '');
    const aboutEntities = `${countOf(entityCount, 'page', 'pages')} about countries, organisations, people or topics`;
    status.textContent =
      (total === 0 && entityCount === 0
        ? `No results${forQuery}. ${filtered ? 'Try fewer filters.' : queryWords(query).length > 1 ? 'Try fewer words.' : 'Check the spelling, or try another word.'}`
        : briefTotal === 0
          ? `No briefs found${forQuery}, only ${aboutEntities}.`
          : `${countOf(briefTotal, 'brief', 'briefs')} found${forQuery}${entityCount > 0 ? `, and ${aboutEntities}` : ''}.${missing.length > 0 ? ` ${missingWordsNote(missing)}` : ''}`) +
      (coverage ? ` ${coverage}` : '');
  }

  /**
   * The line of pages about entities: those given, and, when there are more, a button that shows
   * them all (`more` loads them).
   */
  private renderEntities(shown: ResultData[], total: number, query: string, more: () => Promise<ResultData[]>): void {
    const line = this.find('entities');
    const links = (list: ResultData[]) =>
      list.flatMap((d, i) => [...(i > 0 ? [', '] : []), element('a', { href: d.url }, d.meta['title'] ?? d.url), ` (${(d.meta['entityKind'] ?? '').toLowerCase()})`]);
    // The pages about what the query names, then those that only mention it, said as such: the
    // page about supply chains is not a page about Kallas because it quotes her.
    const words = nameWords(query);
    const grouped = (list: ResultData[]): (Node | string)[] => {
      const named = list.filter((d) => namesEntity(entityNames(d), words));
      const mentioned = list.filter((d) => !named.includes(d));
      return [
        ...(named.length > 0 ? ['Pages about: ', ...links(named)] : []),
        ...(mentioned.length > 0 ? [named.length > 0 ? '; also mentioned on the pages about: ' : 'Mentioned on the pages about: ', ...links(mentioned)] : []),
      ];
    };
    const children = grouped(shown);
    if (total > shown.length) {
      const button = element('button', { type: 'button', className: 'all-entities' }, `and ${(total - shown.length).toLocaleString('en-GB')} more`);
      button.addEventListener('click', () => {
        const generation = this.generation;
        void more().then((all) => {
          if (generation !== this.generation) return;
          line.replaceChildren(...grouped(all));
          line.querySelectorAll('a')[shown.length]?.focus();
        });
      });
      children.push(' ', button);
    }
    line.replaceChildren(...children);
  }

  /**
   * Pages about what a query of several words names whole ("Japan South Korea": Japan, South
   * Korea), found by each of its words: at most three pages a word, kept if a name they go by is
   * in the query as typed.
   */
  private async namedEntities(pf: Pagefind, query: string): Promise<ResultData[]> {
    const words = nameWords(query);
    if (words.length < 2) return [];
    const plain = (text: string) => ` ${nameKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    const typed = plain(query);
    const found = new Map<string, ResultData>();
    for (const word of words.slice(0, 6)) {
      for (const result of ((await pf.search(word, { filters: ENTITY_FILTER }))?.results ?? []).slice(0, 3)) {
        if (found.has(result.id)) continue;
        const data = await result.data();
        if (entityNames(data).some((name) => typed.includes(plain(name)))) found.set(result.id, data);
      }
    }
    return [...found.values()];
  }

  /** The index could not be loaded, or a part of it. */
  private failed(): void {
    this.find<HTMLOListElement>('results').replaceChildren();
    for (const name of ['entities', 'more', 'suggest', 'all']) this.find(name).hidden = true;
    this.find('status').textContent = 'Search could not load its index. Check your connection, then search again.';
  }

  /** A brief found by filters alone: its title, source and summary. */
  private listed(data: ResultData): HTMLElement {
    const { summary } = data.meta;
    return element(
      'li',
      { className: 'result' },
      element('h2', { className: 'result-heading' }, element('a', { className: 'result-title', href: data.url }, data.meta['title'] ?? data.url)),
      ...sourceLine(data),
      ...(summary ? [element('p', {}, element('span', { className: 'excerpt' }, summary))] : []),
    );
  }

  /**
   * One brief: its main link opens the best-matching section, the other matching ones follow.
   * `query` is what Pagefind was asked (searchText).
   */
  private result(data: ResultData, query: string): HTMLElement {
    // Filters alone ("the briefs about Japan"): the brief itself, told by its summary, since no
    // words point to a section, and Pagefind's excerpt is then the page's first words.
    if (!query.trim()) return this.listed(data);
    // The words the query is about rank the sections: "what did Kallas say about China" opens the
    // section on China, not the one with the most "the" (src/lib/stop-words.ts). Case counts there
    // ("IT" is not "it"), and then only for an abbreviation, which must be held as typed ("EEAS", not "EEA").
    const about = contentWords(queryTokens(query)).map((word) => (isAcronym(word) ? word : word.toLowerCase()));
    const ranked = rankSections(data.sub_results, about, data.content, new Set(data.meta['furniture']?.split(' ')));
    // The page's own parts (its summary, its source and the notes and paragraphs that open the
    // text, before any section) may hold more of the words whole than any section: "European
    // Union" is in the opening, only "European" in a section. The page then opens at that part,
    // the first that holds the most, and its sections are listed under it.
    const holdsAny = wholeIn(about, data.content);
    const own = data.sub_results.filter((s) => !s.url.includes('#') || s.anchor?.id.endsWith('-heading'));
    const most = own.reduce<SubResult | undefined>((found, s) => (found === undefined || holdsAny(s) > holdsAny(found) ? s : found), undefined);
    const opening = most && ranked[0] && holdsAny(most) > holdsAny(ranked[0]) ? most : undefined;
    const best = opening ? undefined : ranked[0];
    const others = opening ? ranked : ranked.slice(1);
    const mainExcerpt = (opening ?? best)?.excerpt || data.excerpt;
    // A quoted phrase's matches come without a section: the one that holds the first of them,
    // of Pagefind's (its first match) and of those the page's text holds further on.
    const quoted = quotedPhrases(query).phrases.flatMap((phrase) => phraseLocations(data.content, phrase));
    const phrase = best || opening ? undefined : sectionAt(data.anchors ?? [], [...data.sub_results.flatMap((s) => s.locations ?? []), ...quoted]);
    const target = best?.url ?? opening?.url ?? (phrase ? `${data.url}#${phrase.id}` : data.url);
    const targetTitle = best?.title ?? phrase?.text;
    // A section is listed for a word of the query it holds whole, and for every abbreviation: not
    // for "bridge" or "brief" when "BRI" was asked, nor for its words in "s" when "Eagle S" was.
    const short = about.filter((word) => /^[\p{L}\p{N}]{1,3}$/u.test(word));
    const holdsShort = wholeIn(short, data.content);
    const rest = others.filter((s) => holdsShort(s) === short.length && (about.length === 0 || holdsAny(s) > 0)).slice(0, 3);
    return element(
      'li',
      { className: 'result' },
      // A heading each, so a screen reader's list of headings is the list of results.
      element(
        'h2',
        { className: 'result-heading' },
        element(
          'a',
          { className: 'result-title', href: withHighlight(target, highlightTerms(query, mainExcerpt)) },
          data.meta['title'] ?? data.url,
          ...(targetTitle ? [element('span', { className: 'result-section' }, targetTitle)] : []),
        ),
      ),
      ...sourceLine(data),
      element('p', {}, excerpt(keepMarks(mainExcerpt, query))),
      ...(rest.length > 0
        ? [
            element(
              'ul',
              { className: 'sections', ariaLabel: 'Other matching sections' },
              ...rest.map((s) =>
                element(
                  'li',
                  {},
                  element('a', { className: 'section-link', href: withHighlight(s.url, highlightTerms(query, s.excerpt)) }, s.title),
                  // The same words twice would say nothing new.
                  ...(s.excerpt && s.excerpt !== mainExcerpt ? [excerpt(keepMarks(s.excerpt, query))] : []),
                ),
              ),
            ),
          ]
        : []),
    );
  }
}

customElements.define('search-page', SearchPage);
