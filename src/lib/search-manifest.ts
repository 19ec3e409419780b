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

/** Fields, as bits of a posting's flags in a tier whose lists are inline (the variant mask follows, shifted by 3). */
export const FIELD_BITS = { title: 1, lede: 2, body: 4 } as const;
export const VARIANT_SHIFT = 3;

export interface TierEntry {
  /** the periods of publication it covers, e.g. `2024-h2` or `2016-2023` */
  id: string;
  /** its folder, relative to the manifest */
  dir: string;
  docs: number;
  /** first and last month it covers, `YYYY-MM`, in the site's time zone */
  from: string;
  to: string;
  /** the articles of each year: `[year, first, end]`, newest year first */
  years: [number, number, number][];
  /**
   * Its term files, each cut into 2^bits buckets by term hash (search-hash.ts):
   * - `t`: a small tier's every list, inline: `{ term: [codes, postings of (gap, fields | mask << 3)] }`;
   * - `r`: a large tier's lists of the articles holding a term in their lede or body but not their title:
   *   `{ term: postings of (gap, mask << 1 | 1 for a lede) }` (title lists are in the directory).
   */
  bits: { t?: number; r?: number };
}

/**
 * What every large tier holds of a term, in one file for all of them, so a search learns from one file per term
 * which tiers can still hold a better result than it has: `{ term: [[tier, codes, counts, masks, title postings]] }`
 * with counts and variant masks of the articles whose best field is the title, the lede, the body, and the title
 * postings themselves `(gap, mask)`.
 */
export type DirectoryEntry = [tier: number, codes: number[], counts: [number, number, number], masks: [number, number, number], title: number[]][];

export interface SearchManifest {
  version: 2;
  /** newest first */
  tiers: TierEntry[];
  directory?: { dir: string; bits: number } | undefined;
  /** every filter value of the archive with its number of articles, loaded only when the filters are opened */
  facets: string;
  /** the documents (văn bản): a small index of their own, listed apart from the articles */
  documents?: TierEntry | undefined;
}

/**
 * A tier's filters, `facets.json` in its folder: for each filter and value, the articles that have it, as a
 * posting list of gaps.
 */
export type TierFacets = Record<string, Record<string, number[]>>;

/** Filter values with their number of articles, by filter name (`unit`, `author`, `year`, `tag`, `kind`). */
export type Facets = Record<string, Record<string, number>>;

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

/** The folder of a tier's file of `kind` holding `bucket`. */
export const bucketFile = (tierDir: string, kind: 't' | 'r', bucket: number) => `${tierDir}${kind}/${bucket}.json`;
