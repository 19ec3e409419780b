/**
 * Where a term's entry lives in the search index: its files are buckets of terms by hash, so the browser finds a
 * term's bucket from the term alone, without a table of contents to download first.
 */

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so that the high bits (which pick the bucket) mix well. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The bucket of a hash among 2^`bits`: its top bits. Terms sorted by hash are then sorted by bucket for any number
 * of buckets, so an index can be cut into as many files as its size calls for in one pass.
 */
export const bucketOf = (hash: number, bits: number) => (bits === 0 ? 0 : hash >>> (32 - bits));

/** A 16-bit code of a syllable's exact form, to compare tone marks without spelling the form out in the index. */
export const variantCode = (exact: string) => termHash(exact) & 0xffff;
