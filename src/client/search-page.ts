/**
 * The search page: reads the query, filters and order from the URL (and keeps them there), searches bantin's index
 * (src/lib/search-engine.ts) and shows the documents found, then the articles, ten at a time. The status line says
 * when the results are final (`data-state="done"`).
 */
import { filterFieldset, resultItem } from './search-render.ts';
import { searchUi } from '../i18n/search.ts';
import { IndexFiles, Search, type Filters, type Hit, type ResultPage } from '../lib/search-engine.ts';
import { MANIFEST_PATH, type FilterCounts, type SearchManifest } from '../lib/search-manifest.ts';
import { parseQuery, type Query } from '../lib/search-query.ts';
import { FILTER_KEYS, PARAMS, parseSearchState, searchParams, type SearchState } from '../lib/search-state.ts';

const PAGE_SIZE = 10;
const DOCUMENTS_SHOWN = 10;
/** The filter only documents carry: narrowing to a kind leaves the articles out, and any other filter the documents. */
const DOCUMENT_FILTER = 'kind';

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
const base = import.meta.env.BASE_URL;

const collator = new Intl.Collator('vi', { numeric: true });
const compareValues = (key: string) => (key === 'year' ? (a: string, b: string) => collator.compare(b, a) : collator.compare);

interface Index {
  files: IndexFiles;
  manifest: SearchManifest;
}

/** Read the manifest (always fresh: it names the current files); every other file is read when a search needs it. */
async function openIndex(): Promise<Index> {
  const url = new URL(`${base}${MANIFEST_PATH}`, location.href);
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`no search index at ${url.pathname}`);
  const manifest = (await response.json()) as SearchManifest;
  const files = new IndexFiles(manifest, async (path, later) => {
    const file = await fetch(new URL(path, url), { priority: later ? 'low' : 'high' });
    if (!file.ok) throw new Error(`${path}: ${file.status}`);
    return file.json();
  });
  return { files, manifest };
}

/** The searches of one state of the page: the articles', and the documents' when the filters allow them. */
function searches(index: Index, state: SearchState, query: Query) {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = state.filters[key];
  const { kind, ...articleFilters } = filters;
  const articleOnly = Object.keys(articleFilters).length > 0;
  const articles = kind ? undefined : new Search(index.files, query, articleFilters, index.manifest.tiers);
  const documents =
    index.manifest.documents && !articleOnly && (query.words.length || kind)
      ? new Search(index.files, query, kind ? { kind } : {}, [index.manifest.documents])
      : undefined;
  return { articles, documents };
}

let generation = 0;
/** The article search on screen, and how many of its results are shown, for "more". */
let shown: { search: Search; newest: boolean; query: Query; count: number; documents: ResultPage | undefined } | undefined;

function stateFromForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));
}

function stateToForm(state: SearchState) {
  input.value = state.q;
  sort.value = state.sort === 'newest' ? 'moi-nhat' : '';
}

function setStatus(text: string, done: boolean) {
  status.textContent = text;
  if (done) status.dataset.state = 'done';
  else delete status.dataset.state;
}

async function items(index: Index, hits: readonly Hit[], query: Query, tiers: SearchManifest['tiers'], block?: string) {
  return Promise.all(hits.map(async (hit) => resultItem(await index.files.fragment(tiers[hit.tier]!, hit.doc), query, base, block)));
}

/** Articles and documents found together. */
const total = (articles: ResultPage | undefined, documents: ResultPage | undefined): ResultPage => ({
  hits: [],
  found: (articles?.found ?? 0) + (documents?.found ?? 0),
  complete: (articles?.complete ?? true) && (documents?.complete ?? true),
});

/**
 * A file of the index that could not be read mid-search (a new version of the site replaced it, the connection
 * dropped): the reader is told so in place of results that will not come, and nothing waits for ever.
 */
function tellFailure(mine: number) {
  if (mine !== generation) return;
  more.hidden = true;
  setStatus(searchUi.failedFile, true);
}

function describe(page: ResultPage, q: string): string {
  if (page.found === 0) return searchUi.none(q);
  return page.complete ? searchUi.count(page.found, q) : searchUi.atLeast(page.found, q);
}

async function renderFilters(index: Index, state: SearchState, query: Query) {
  const mine = generation;
  const facets = (await index.files.read<FilterCounts>(index.manifest.facets)) ?? {};
  const { articles, documents } = searches(index, state, query);
  const [articleCounts, documentCounts] = await Promise.all([
    articles?.countByFilter(['unit', 'author', 'year', 'tag']) ?? {},
    documents?.countByFilter([DOCUMENT_FILTER]) ?? {},
  ]);
  if (mine !== generation) return;
  const counts: FilterCounts = { ...articleCounts, ...documentCounts };
  const hadFocus = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : undefined;
  filtersBox.replaceChildren(
    ...FILTER_KEYS.map((key) => {
      const all = Object.fromEntries(Object.keys(facets[key] ?? {}).map((value) => [value, counts[key]?.[value] ?? 0]));
      return filterFieldset(searchUi.filters[key], PARAMS[key], all, state.filters[key], compareValues(key));
    }),
  );
  if (hadFocus) filtersBox.querySelector<HTMLInputElement>(`input[name="${hadFocus.name}"][value="${CSS.escape(hadFocus.value)}"]`)?.focus();
}

/** Run a search: documents and the first page of articles, shown together once final. */
async function run(index: Index, state: SearchState) {
  const mine = ++generation;
  try {
    await searchAndShow(index, state, mine);
  } catch {
    tellFailure(mine);
  }
}

async function searchAndShow(index: Index, state: SearchState, mine: number) {
  const query = parseQuery(state.q);
  const hasFilters = Object.values(state.filters).some((values) => values.length);
  shown = undefined;
  more.hidden = true;
  if (query.words.length === 0 && !hasFilters) {
    list.replaceChildren();
    documentList.replaceChildren();
    documentsBox.hidden = true;
    setStatus(searchUi.empty, true);
    if (filterBox.open) await renderFilters(index, state, query);
    return;
  }
  setStatus(searchUi.searching(state.q), false);
  const { articles, documents } = searches(index, state, query);
  const newest = state.sort === 'newest' || query.words.length === 0;
  // The documents first: they are listed above the articles, which must not move once shown.
  const documentsShown = (async () => {
    const found = documents ? await (query.words.length ? documents.relevant(DOCUMENTS_SHOWN) : documents.newest(DOCUMENTS_SHOWN)) : undefined;
    const documentItems = found ? await items(index, found.hits, query, [index.manifest.documents!], 'search-document') : [];
    return { found, documentItems };
  })();
  // The last search's results give way to the documents found, listed above where the articles will go.
  let cleared = false;
  const showDocuments = (documentItems: readonly HTMLElement[]) => {
    if (cleared || mine !== generation) return;
    documentList.replaceChildren(...documentItems);
    documentsBox.hidden = documentItems.length === 0;
    list.replaceChildren();
    cleared = true;
  };
  // Documents found are shown as soon as they are final (a document's number typed finds it before any article).
  // (A failure to read them is told where they are awaited, below.)
  documentsShown.then(
    ({ documentItems }) => {
      if (documentItems.length) showDocuments(documentItems);
    },
    () => undefined,
  );
  // Articles are shown as soon as they are sure of their place, the rest when the search is final: appended below
  // the documents, never moved.
  let revealed = 0;
  let showing = Promise.resolve();
  const reveal = (hits: readonly Hit[]) => {
    const fresh = hits.slice(revealed);
    if (fresh.length === 0) return;
    revealed = hits.length;
    showing = showing.then(async () => {
      const [articleItems, { documentItems }] = await Promise.all([items(index, fresh, query, index.manifest.tiers), documentsShown]);
      if (mine !== generation) return;
      showDocuments(documentItems);
      list.append(...articleItems);
    });
    // A failure is told where `showing` is awaited, unless the search itself failed first.
    showing.catch(() => undefined);
  };
  const page = articles ? await (newest ? articles.newest(PAGE_SIZE) : articles.relevant(PAGE_SIZE, reveal)) : undefined;
  if (page) reveal(page.hits);
  else reveal([]);
  const { found, documentItems } = await documentsShown;
  await showing;
  if (mine !== generation) return;
  showDocuments(documentItems);
  setStatus(describe(total(page, found), state.q), true);
  if (page && articles) {
    shown = { search: articles, newest, query, count: page.hits.length, documents: found };
    more.hidden = page.complete && page.found <= page.hits.length;
  }
  if (filterBox.open) await renderFilters(index, state, query);
}

/** The next ten articles of the search on screen. */
async function showMore(index: Index) {
  if (!shown) return;
  const mine = generation;
  const { search: articles, newest, query, count, documents } = shown;
  more.disabled = true;
  let page: ResultPage;
  let added: HTMLLIElement[];
  try {
    page = newest ? await articles.newest(count + PAGE_SIZE) : await articles.relevant(count + PAGE_SIZE);
    added = await items(index, page.hits.slice(count), query, index.manifest.tiers);
  } catch {
    tellFailure(mine);
    return;
  } finally {
    more.disabled = false;
  }
  if (mine !== generation) return;
  list.append(...added);
  shown.count = page.hits.length;
  setStatus(describe(total(page, documents), query.text), true);
  more.hidden = added.length === 0 || (page.complete && page.found <= page.hits.length);
}

async function start() {
  setStatus(searchUi.loading, false);
  let index: Index;
  try {
    index = await openIndex();
  } catch {
    setStatus(import.meta.env.DEV ? searchUi.noIndex : searchUi.failed, true);
    return;
  }
  const initial = parseSearchState(new URLSearchParams(location.search));
  stateToForm(initial);
  // The filters (and the index of their values) are loaded only when the reader opens them or the URL has some.
  if (Object.values(initial.filters).some((values) => values.length)) filterBox.open = true;
  await run(index, initial);

  const navigate = (push: boolean) => {
    const state = stateFromForm();
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(index, state);
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
    if (filterBox.open && filtersBox.childElementCount === 0) {
      const state = stateFromForm();
      renderFilters(index, state, parseQuery(state.q)).catch(() => tellFailure(generation));
    }
  });
  more.addEventListener('click', () => void showMore(index));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    stateToForm(state);
    void run(index, state);
  });
}

void start();
