/**
 * The search index is a set of Pagefind bundles, one per period of publication ("shards"), described by one small
 * file the browser reads first: `/pagefind/manifest.json`. The build writes it; the search page follows it.
 */

export const MANIFEST_PATH = 'pagefind/manifest.json';

export interface ShardEntry {
  /** stable name of the period: `2024`, `2024-h2`, `2024-q3` or `2024-07` */
  id: string;
  /** folder of its Pagefind bundle, relative to the manifest; named by a digest of what it indexes */
  dir: string;
  /** first and last month it covers, `YYYY-MM`, in the site's time zone */
  from: string;
  to: string;
  /** years it covers, for the year filter */
  years: number[];
  pages: number;
}

export interface SearchManifest {
  version: 1;
  /** newest first; the first shard's folder also holds Pagefind's script, worker and WebAssembly */
  shards: ShardEntry[];
  /**
   * Shards searched together, newest first, as indexes into `shards`: the first tier answers the first search,
   * later tiers are searched after its results are shown.
   */
  tiers: number[][];
  /** every filter value of the archive with its number of articles, loaded only when the filters are opened */
  facets: string;
  /** the documents' own small index (documents are listed apart from articles, with their own `kind` filter) */
  documents?: ShardEntry | undefined;
}

/** Filter values with their number of articles, by filter name (`unit`, `author`, `year`, `tag`). */
export type Facets = Record<string, Record<string, number>>;

/** The shard id of the documents' index. */
export const DOCUMENTS_SHARD = 'van-ban';

/** The synthetic filter each shard is tagged with in the browser, so a search can be narrowed to one shard. */
export const SHARD_FILTER = 'shard';
