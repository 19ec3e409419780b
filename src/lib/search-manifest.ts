/**
 * The search index's files, as the build writes them under `chi-muc/` and the search page reads them. Every file
 * but the manifest lives in a folder named by a digest of its contents, so it never changes under its name.
 *
 * Articles are numbered newest first within a tier (0 is the newest), and tiers are listed newest first: the
 * archive's order by date is (tier, article).
 *
 * A term is a folded syllable (`dang`) or a pair of neighbouring folded syllables (`dang uy`). Its entry lists the
 * articles holding it as postings, flat arrays of numbers: the gap from the article before (the first: the article
 * itself), then flags. A term's exact forms are listed as 16-bit codes of each syllable's exact form
 * (search-hash.ts), and a posting's variant mask says which of those forms the article uses (bit i: the i-th
 * form listed; the last bit: any form past the seventh).
 */

export const INDEX_DIR = 'chi-muc';
export const MANIFEST_PATH = `${INDEX_DIR}/manifest.json`;

/** Fields, as bits of a posting's flags in a small tier's list (the variant mask follows, shifted by 3). */
export const FIELD_BITS = { title: 1, lede: 2, body: 4 } as const;
export const VARIANT_SHIFT = 3;

export interface TierEntry {
  /** the periods of publication it covers, e.g. `2024-h2` or `2016-2023` */
  id: string;
  /** its folder, relative to the manifest */
  dir: string;
  /** its number in the directory: its place among the article tiers, or DOCUMENTS_KEY */
  key: number;
  docs: number;
  /** first and last month it covers, `YYYY-MM`, in the site's time zone */
  from: string;
  to: string;
  /** the articles of each year: `[year, first, end]`, newest year first */
  years: [number, number, number][];
  /**
   * A large tier's file of the rest of each list, cut into 2^r buckets by term hash (search-hash.ts): the articles
   * holding a pair in their lede or body but not their title (its title lists are in the directory), or a single
   * syllable anywhere, `{ term: postings of (gap, mask << 2 | best field: 0 title, 1 lede, 2 body) }`. A small tier (no `r`) has its every list in the directory, but for
   * the documents' single syllables:
   * - `w`: the documents' lists of single syllables, `{ term: [codes, postings of (gap, fields | mask << 3)]}`.
   */
  bits: { r?: number; w?: number };
}

/** The documents' key in the directory. */
export const DOCUMENTS_KEY = -1;

/**
 * What every tier holds of a term, in one file for all of them, so that a search reads one file per term to start
 * and learns which tiers can still hold a better result than it has: `{ term: [entry for each tier holding it] }`.
 * - a small tier (the newest articles, the documents but for their single syllables): `[key, codes, postings of
 *   (gap, fields | mask << 3)]`, its whole list;
 * - a large tier: `[key, codes, counts, masks, title postings of (gap, mask)]`, with counts and variant masks of the
 *   articles whose best field is the title, the lede, the body; the rest of its list is in the tier's `r` files. A
 *   single syllable's title postings are there too (empty here): common syllables are in thousands of titles, and
 *   their directory entries are read for their counts (to find a query's rarest word).
 */
export type DirectoryEntry = ([key: number, codes: number[], postings: number[]] | [key: number, codes: number[], counts: [number, number, number], masks: [number, number, number], title: number[]])[];

export interface SearchManifest {
  version: 3;
  /** newest first */
  tiers: TierEntry[];
  directory: { dir: string; bits: number };
  /** every filter value of the archive with its number of articles, loaded only when the filters are opened */
  facets: string;
  /** the documents (văn bản): a small index of their own, listed apart from the articles */
  documents?: TierEntry | undefined;
}

/**
 * A tier's filters, `facets.json` in its folder: for each filter and value, the articles that have it, as a
 * posting list of gaps.
 */
export type FilterPostings = Record<string, Record<string, number[]>>;

/** Filter values with their number of articles, by filter name (`unit`, `author`, `year`, `tag`, `kind`). */
export type FilterCounts = Record<string, Record<string, number>>;

/** A result's fragment, `f/<article>.json` in its tier's folder: what the result list shows, and the text to excerpt. */
export interface Fragment {
  /** URL path */
  u: string;
  t: string;
  /** dateline */
  d: string;
  /** unit, or a document's issuer */
  n: string;
  l: string;
  b: string[];
  /** words the page is found by without showing them (a document's number run together: `35cttw`) */
  k?: string[];
}

/** A tier's own file of `kind` (`r`, `w`: see TierEntry's `bits`) holding `bucket`. */
export const tierFile = (tierDir: string, kind: 'r' | 'w', bucket: number) => `${tierDir}${kind}/${bucket}.json`;
