import { loadFilters, loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { filterFieldset, resultItem } from './search-render.ts';
import { searchUi } from '../i18n/search.ts';
import { FILTER_KEYS, PARAMS, pagefindFilters, parseSearchState, searchParams, type SearchState } from '../lib/search-state.ts';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const collator = new Intl.Collator('vi', { numeric: true });
const compareValues = (key: string) => (key === 'year' ? (a: string, b: string) => collator.compare(b, a) : collator.compare);

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

async function showMore() {
  const batch = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), currentQuery)));
  list.append(...items);
  more.hidden = pending.length === 0;
}

function renderFilters(state: SearchState, counts: Record<string, Record<string, number>>) {
  const hadFocus = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : undefined;
  filtersBox.replaceChildren(
    ...FILTER_KEYS.map((key) => filterFieldset(searchUi.filters[key], PARAMS[key], counts[key] ?? {}, state.filters[key], compareValues(key))),
  );
  if (hadFocus) filtersBox.querySelector<HTMLInputElement>(`input[name="${hadFocus.name}"][value="${CSS.escape(hadFocus.value)}"]`)?.focus();
}

async function run(pagefind: Pagefind, state: SearchState) {
  const mine = ++generation;
  const filters = pagefindFilters(state);
  const hasFilters = Object.keys(filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = searchUi.empty;
    renderFilters(state, await loadFilters(pagefind));
    return;
  }
  status.textContent = searchUi.searching(state.q);
  // Filtering needs the filter index; a plain query shows its results first and the filter counts after.
  if (hasFilters) await loadFilters(pagefind);
  const options = { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
  const search = await pagefind.search(state.q || null, options);
  if (mine !== generation) return;
  currentQuery = state.q;
  pending = [...search.results];
  list.replaceChildren();
  await showMore();
  status.textContent = search.results.length ? searchUi.count(search.results.length, state.q) : searchUi.none(state.q);
  if (hasFilters) {
    renderFilters(state, search.filters);
    return;
  }
  // Let the results paint before fetching the filter index.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (mine !== generation) return;
  await loadFilters(pagefind);
  // The same search again only reads index chunks already loaded, now with the counts per filter value.
  const counted = await pagefind.search(state.q || null, options);
  if (mine === generation) renderFilters(state, counted.filters);
}

async function start() {
  status.textContent = searchUi.loading;
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = import.meta.env.DEV ? searchUi.noIndex : searchUi.failed;
    return;
  }
  const initial = parseSearchState(new URLSearchParams(location.search));
  stateToForm(initial);
  // On a phone the filters would push the results below the fold: fold them away unless some are chosen.
  const filterBox = document.querySelector<HTMLDetailsElement>('#search-filter-box');
  if (filterBox && matchMedia('(max-width: 40rem)').matches && !Object.values(initial.filters).some((v) => v.length)) {
    filterBox.open = false;
  }
  await run(pagefind, initial);

  const navigate = (push: boolean) => {
    const state = stateFromForm();
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(pagefind, state);
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
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    stateToForm(state);
    void run(pagefind, state);
  });
}

void start();
