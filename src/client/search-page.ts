import type { FilterCounts, PagefindResult } from './pagefind.ts';
import { filterFieldset, resultItem } from './search-render.ts';
import { ShardedSearch, addCounts } from './sharded-search.ts';
import { searchUi } from '../i18n/search.ts';
import { FILTER_KEYS, PARAMS, pagefindFilters, parseSearchState, searchParams, type SearchState } from '../lib/search-state.ts';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select')!;
const filterBox = document.querySelector<HTMLDetailsElement>('#search-filter-box')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const documentsBox = document.querySelector<HTMLElement>('#search-documents')!;
const documentList = document.querySelector<HTMLOListElement>('#search-document-results')!;

const collator = new Intl.Collator('vi', { numeric: true });
const compareValues = (key: string) => (key === 'year' ? (a: string, b: string) => collator.compare(b, a) : collator.compare);

/** Results found but not shown yet, in the order they will be shown. */
let pending: PagefindResult[] = [];
let currentQuery = '';
let generation = 0;

function stateFromForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));
}

function stateToForm(state: SearchState) {
  input.value = state.q;
  sort.value = state.sort === 'newest' ? 'moi-nhat' : '';
}

async function show(count: number) {
  const batch = pending.splice(0, count);
  const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), currentQuery)));
  list.append(...items);
  more.hidden = pending.length === 0;
}

/** Documents found, above the articles: all of them (a site has few), by relevance. */
async function showDocuments(results: PagefindResult[], query: string) {
  const items = await Promise.all(results.map(async (result) => resultItem(await result.data(), query, 'search-document')));
  documentList.replaceChildren(...items);
  documentsBox.hidden = items.length === 0;
}

function renderFilters(state: SearchState, values: FilterCounts, counts: FilterCounts) {
  const hadFocus = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : undefined;
  filtersBox.replaceChildren(
    ...FILTER_KEYS.map((key) => {
      const all = Object.fromEntries(Object.keys(values[key] ?? {}).map((value) => [value, counts[key]?.[value] ?? 0]));
      return filterFieldset(searchUi.filters[key], PARAMS[key], all, state.filters[key], compareValues(key));
    }),
  );
  if (hadFocus) filtersBox.querySelector<HTMLInputElement>(`input[name="${hadFocus.name}"][value="${CSS.escape(hadFocus.value)}"]`)?.focus();
}

/**
 * Run a search: the newest shards first, their results shown at once, older shards merged in as they answer.
 * `countsOnly` (the reader opened the filters): the results stay as they are, only the filter counts are made.
 */
async function run(search: ShardedSearch, state: SearchState, countsOnly = false) {
  const mine = countsOnly ? generation : ++generation;
  const filters = pagefindFilters(state);
  const withCounts = filterBox.open;
  const facets = withCounts ? search.facets() : undefined;
  if (!state.q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    void showDocuments([], '');
    more.hidden = true;
    status.textContent = searchUi.empty;
    if (facets) renderFilters(state, await facets, await facets);
    return;
  }
  if (!countsOnly) status.textContent = searchUi.searching(state.q);
  const newest = state.sort === 'newest';
  let total = 0;
  let first = true;
  const counts: FilterCounts = {};
  for await (const tier of search.search({ term: state.q || null, filters, newest, counts: withCounts })) {
    if (mine !== generation) return;
    if (countsOnly) {
      addCounts(counts, tier.filterCounts);
      renderFilters(state, await facets!, counts);
      continue;
    }
    if (first) {
      list.replaceChildren();
      pending = [];
      currentQuery = state.q;
      first = false;
      await showDocuments(tier.documents, state.q);
      if (mine !== generation) return;
      total += tier.documents.length;
    }
    total += tier.results.length;
    // Newest first, each tier is older than the one before; by relevance, a tier's results merge by score.
    pending = newest ? [...pending, ...tier.results] : [...pending, ...tier.results].sort((a, b) => b.score - a.score);
    addCounts(counts, tier.filterCounts);
    await show(Math.max(0, PAGE_SIZE - list.children.length));
    if (mine !== generation) return;
    const oldest = tier.searched.at(-1)!;
    status.textContent = tier.done
      ? total
        ? searchUi.count(total, state.q)
        : searchUi.none(state.q)
      : searchUi.partial(total, state.q, oldest.from, tier.searched[0]!.to);
    if (facets) renderFilters(state, await facets, counts);
  }
  if (first && !countsOnly && mine === generation) {
    list.replaceChildren();
    void showDocuments([], '');
    more.hidden = true;
    status.textContent = searchUi.none(state.q);
  }
}

async function start() {
  status.textContent = searchUi.loading;
  let search: ShardedSearch;
  try {
    search = await ShardedSearch.load(import.meta.env.BASE_URL);
  } catch {
    status.textContent = import.meta.env.DEV ? searchUi.noIndex : searchUi.failed;
    return;
  }
  search.prepare();
  const initial = parseSearchState(new URLSearchParams(location.search));
  stateToForm(initial);
  // The filters (and the index of their values) are loaded only when the reader opens them or the URL has some.
  if (Object.values(initial.filters).some((values) => values.length)) filterBox.open = true;
  await run(search, initial);

  const navigate = (push: boolean) => {
    const state = stateFromForm();
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(search, state);
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    navigate(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) navigate(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => navigate(false), 250);
  });
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open && filtersBox.childElementCount === 0) void run(search, stateFromForm(), true);
  });
  more.addEventListener('click', () => void show(PAGE_SIZE));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    stateToForm(state);
    void run(search, state);
  });
}

void start();
