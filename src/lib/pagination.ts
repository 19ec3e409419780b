/** Page-numbered listings: `/don-vi/x/`, `/don-vi/x/trang/2/`, … */

/** One page of a listing (a unit's articles, a year, the documents…), not a standing page (`StandingPage`). */
export interface ListingPage<T> {
  items: T[];
  /** 1-based */
  number: number;
  total: number;
  /** Path segment after the listing's base, `undefined` for page 1 (a rest parameter) */
  param: string | undefined;
}

export const PAGE_SEGMENT = 'trang';

/** Split `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
    param: i === 0 ? undefined : `${PAGE_SEGMENT}/${i + 1}`,
  }));
}

/** URL of page `n` of a listing whose first page is `base` (ending in `/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}
