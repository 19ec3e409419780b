/** The parts of Pagefind's browser API the site uses, and its options for bantin. */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  /** relevance, or with a sort the page's rank within its own index */
  score: number;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

export type PagefindFilter = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilter;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One Pagefind instance: an index, and the indexes merged into it, searched together in Pagefind's Web Worker. */
export interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Excerpts of 30 words; the đ-folded keywords (`kw`, see SearchMeta.astro) weigh less than the text itself. */
export const PAGEFIND_OPTIONS = { excerptLength: 30, ranking: { metaWeights: { kw: 0.5 } } };

/** Pagefind's script, from the bundle folder that also holds its Web Worker and WebAssembly. */
export async function loadPagefind(bundleUrl: string): Promise<PagefindModule> {
  return (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
}
