import { queryTerms } from '../lib/search-fold.ts';
import { PARAMS } from '../lib/search-state.ts';
import { markTerms } from './mark-terms.ts';

/**
 * Opened from a search result (`?tu-khoa=chu duc nhuan`), the article marks the query's words, matching
 * them the way search does: without tone marks and with d for đ.
 */
const query = new URLSearchParams(location.search).get(PARAMS.highlight);
const body = document.querySelector('[data-search-body]');
if (query && body) {
  markTerms(body, queryTerms(query));
  document.querySelector('.prose mark.search-hit')?.scrollIntoView({ block: 'center' });
}
