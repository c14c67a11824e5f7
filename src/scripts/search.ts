// The search page: Pagefind's index is loaded here only, on first use, and the URL holds the state.
import {
  FILTER_KEYS,
  hasQuery,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  withHighlight,
  type FilterKey,
  type SearchState,
} from '../lib/search-state.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const LABELS: Record<FilterKey, string> = { topic: 'Topic', country: 'Country', kind: 'Kind of source', year: 'Year of the source' };

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const filtersBox = document.getElementById('search-filters') as HTMLDivElement;
const status = document.getElementById('search-status') as HTMLParagraphElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const entityLine = document.getElementById('search-entities') as HTMLParagraphElement;
const base = form.dataset['base'] ?? '/';

let pagefind: Promise<Pagefind> | undefined;
let allFilters: Record<string, Record<string, number>> = {};
let state: SearchState = parseSearchState(location.search);
let generation = 0;
let filtersOpen: boolean | undefined;
const PAGE = 5;
let shown = PAGE;
const more = document.getElementById('search-more') as HTMLButtonElement;
more.addEventListener('click', () => {
  shown += PAGE;
  void render();
});

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // No web worker: it would download Pagefind's code a second time (11 KB) for a search that
    // takes milliseconds on the main thread.
    await pf.options({ baseUrl: base, noWorker: true, excerptLength: 24, ranking: { termFrequency: 0.8, pageLength: 0.6 } });
    await pf.init();
    allFilters = await pf.filters();
    return pf;
  });
  return pagefind;
}

function element(tag: string, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are escaped text with <mark> around the matched words. */
function excerpt(html: string, className = 'excerpt'): HTMLElement {
  const span = element('span', { className });
  span.innerHTML = html;
  return span;
}

function renderFilters(counts: Record<string, Record<string, number>>): void {
  const active = FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
  // Values no result has are left out, unless chosen, so the filters stay short.
  const fieldsets = FILTER_KEYS.map((key) => {
    const values = Object.keys(allFilters[key] ?? {})
      .filter((value) => (counts[key]?.[value] ?? 0) > 0 || state.filters[key].includes(value))
      .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (values.length === 0) return undefined;
    return element(
      'fieldset',
      {},
      element('legend', {}, LABELS[key]),
      ...values.map((value) => {
        const box = element('input', { type: 'checkbox', name: key, value, checked: state.filters[key].includes(value) });
        return element('label', {}, box, value, element('span', { className: 'count' }, ` (${counts[key]?.[value] ?? 0})`));
      }),
    );
  }).filter((f): f is HTMLElement => f !== undefined);
  const details = element(
    'details',
    // Open on wide screens or while filters are in use; one line on a phone otherwise. Once the
    // reader opens or closes it, that choice holds across searches.
    { open: filtersOpen ?? (active > 0 || matchMedia('(min-width: 60rem)').matches) },
    element('summary', {}, active > 0 ? `Filters (${active} in use)` : 'Filter by topic, country, kind or year'),
    ...fieldsets,
  );
  details.addEventListener('toggle', () => (filtersOpen = (details as HTMLDetailsElement).open));
  filtersBox.replaceChildren(details);
  filtersBox.hidden = false;
}

async function render(): Promise<void> {
  const mine = ++generation;
  input.value = state.q;
  if (!hasQuery(state)) {
    list.replaceChildren();
    entityLine.hidden = true;
    status.textContent = 'Type a word or pick a filter to search every brief.';
    loadPagefind().then(() => renderFilters(allFilters));
    return;
  }
  status.textContent = 'Searching…';
  const pf = await loadPagefind();
  const search = await pf.search(state.q || null, { filters: pagefindFilters(state) });
  if (!search || mine !== generation) return;
  // Each result's data is a separate fetch: load until a page of briefs is in, more on request.
  // Pages about a country, person or topic answer "where is X discussed?"; they are offered on one
  // line above the briefs, so the list itself ranks briefs and their sections.
  const entities: ResultData[] = [];
  const results: ResultData[] = [];
  for (let i = 0; i < search.results.length && results.length < shown; i += PAGE) {
    for (const data of await Promise.all(search.results.slice(i, i + PAGE).map((r) => r.data()))) {
      if (data.meta['type'] === 'entity') entities.push(data);
      else if (results.length < shown) results.push(data);
    }
    if (mine !== generation) return;
  }
  entities.splice(6);
  renderFilters(search.filters);
  entityLine.hidden = entities.length === 0;
  entityLine.replaceChildren(
    'Pages about: ',
    ...entities.flatMap((d, i) => [
      ...(i > 0 ? [', '] : []),
      element('a', { href: d.url }, d.meta['title'] ?? d.url),
      ` (${(d.meta['entityKind'] ?? '').toLowerCase()})`,
    ]),
  );
  list.replaceChildren(
    ...results.map((data) => {
      // Section links lead into the text: the page's own parts (key points, source, contents…,
      // whose ids end in "-heading") are left out.
      const sections = data.sub_results.filter((s) => s.anchor?.id && !s.anchor.id.endsWith('-heading') && s.url.includes('#')).slice(0, 3);
      const meta = [data.meta['kind'], data.meta['date']].filter(Boolean).join(' · ');
      return element(
        'li',
        { className: 'result' },
        element('a', { className: 'result-title', href: withHighlight(data.url, state.q) }, data.meta['title'] ?? data.url),
        ...(meta ? [element('p', { className: 'meta' }, meta)] : []),
        element('p', {}, excerpt(data.excerpt)),
        ...(sections.length > 0
          ? [
              element(
                'ul',
                { className: 'sections' },
                ...sections.map((s) =>
                  element('li', {}, element('a', { className: 'section-link', href: withHighlight(s.url, state.q) }, s.title), excerpt(s.excerpt)),
                ),
              ),
            ]
          : []),
      );
    }),
  );
  const total = search.results.length;
  more.hidden = results.length < shown || results.length + entities.length >= total;
  status.textContent =
    total === 0
      ? `No results${state.q ? ` for “${state.q}”` : ''}. Try fewer words or fewer filters.`
      : `${total} ${total === 1 ? 'page' : 'pages'} found${state.q ? ` for “${state.q}”` : ''}.`;
}

function update(next: SearchState, push: boolean): void {
  state = next;
  shown = PAGE;
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void render();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update({ ...state, q: input.value.trim() }, false), 150);
});
input.addEventListener('focus', () => void loadPagefind(), { once: true });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update({ ...state, q: input.value.trim() }, true);
});

filtersBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const key = box.name as FilterKey;
  const values = new Set(state.filters[key]);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  update({ ...state, filters: { ...state.filters, [key]: [...values].sort() } }, true);
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

window.addEventListener('popstate', () => {
  state = parseSearchState(location.search);
  void render();
});

void render();
