/** The parts of Pagefind's browser API the site uses, loaded on demand from /pagefind/. */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  preload(term: string): Promise<void>;
}

const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

let filtersLoading: Promise<Record<string, Record<string, number>>> | undefined;

/**
 * Pagefind's filter index (all values with their counts). Search results carry filter counts only once it is
 * loaded; it is large on a big archive, so the first results are shown without waiting for it.
 */
export function loadFilters(pagefind: Pagefind): Promise<Record<string, Record<string, number>>> {
  filtersLoading ??= pagefind.filters();
  return filtersLoading;
}

/** Pagefind, configured for bantin: folded-đ keywords weigh less than the text itself. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
    await pagefind.options({ excerptLength: 30, ranking: { metaWeights: { kw: 0.5 } } });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
