/** The search page's state, kept in the URL so a search can be shared and the back button works. */

/** `kind` is the documents' own filter (their kind: Chỉ thị, Nghị định…); the others are the articles'. */
export const FILTER_KEYS = ['unit', 'author', 'year', 'tag', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** URL parameter names, in Vietnamese like the rest of the site's URLs. */
export const PARAMS = { q: 'q', unit: 'don-vi', author: 'tac-gia', year: 'nam', tag: 'chu-de', kind: 'loai-van-ban', sort: 'sap-xep', highlight: 'tu-khoa' } as const;

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const values = (name: string) => [...new Set(params.getAll(name).map((v) => v.normalize('NFC')).filter(Boolean))];
  return {
    q: (params.get(PARAMS.q) ?? '').normalize('NFC').trim(),
    filters: { unit: values(PARAMS.unit), author: values(PARAMS.author), year: values(PARAMS.year), tag: values(PARAMS.tag), kind: values(PARAMS.kind) },
    sort: params.get(PARAMS.sort) === 'moi-nhat' ? 'newest' : 'relevance',
  };
}

export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(PARAMS.q, state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(PARAMS[key], value);
  if (state.sort === 'newest') params.set(PARAMS.sort, 'moi-nhat');
  return params;
}

/** Link to a result that asks the article page to highlight the query's words. */
export function resultLink(url: string, query: string): string {
  if (!query) return url;
  const params = new URLSearchParams();
  params.set(PARAMS.highlight, query);
  return `${url}${url.includes('?') ? '&' : '?'}${params}`;
}
