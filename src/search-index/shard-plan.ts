/**
 * How the archive is cut into search shards: periods of publication (in the site's time zone) of at most
 * `maxPages` articles, as large as that allows. Periods are aligned blocks of years, like a binary calendar: a block
 * of 16 years (2016–2031) if it holds few enough articles, else its halves (2016–2023, 2024–2031), and so on down
 * to a single year, and a year too large is cut into halves, quarters or months. Whether a block is cut depends
 * only on the articles inside it, so an edit or a new article changes one shard, and an old shard keeps its name
 * and contents as the archive grows.
 */
import { twoDigits, zonedParts } from '../lib/dates.ts';

export interface ShardLimits {
  /** most pages in one shard: a year above it is split */
  maxPages: number;
  /** pages the first tier (the first search) covers at least, newest first */
  firstTierPages: number;
}

/**
 * Pagefind's search time grows faster than a shard's pages (it scores every result against every matching word
 * position of the shard), so the first search looks at one shard of at most 500 articles (about 250 ms from Enter to
 * results at 10,000 articles, against 350 ms for one of 1,000), and a shard at most 500 re-indexes fast after an edit.
 */
export const DEFAULT_LIMITS: ShardLimits = { maxPages: 500, firstTierPages: 300 };

/**
 * The limits, with the operator's overrides from the environment: `BANTIN_SEARCH_SHARD_PAGES` (most pages in a
 * shard) and `BANTIN_SEARCH_FIRST_TIER_PAGES` (pages the first search covers).
 */
export function searchLimits(env: Record<string, string | undefined>): ShardLimits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of pages, got "${raw}"`);
    return value;
  };
  return {
    maxPages: read('BANTIN_SEARCH_SHARD_PAGES', DEFAULT_LIMITS.maxPages),
    firstTierPages: read('BANTIN_SEARCH_FIRST_TIER_PAGES', DEFAULT_LIMITS.firstTierPages),
  };
}

export interface PlannedShard<T> {
  id: string;
  from: string;
  to: string;
  years: number[];
  pages: T[];
}


/** The largest block of years: 16. */
const TOP_BLOCK = 16;

/** Ways to cut a year, coarsest first: the number of parts, and the id suffix of the part holding a month. */
const CUTS: { parts: number; name: (part: number) => string }[] = [
  { parts: 2, name: (p) => `-h${p + 1}` },
  { parts: 4, name: (p) => `-q${p + 1}` },
  { parts: 12, name: (p) => `-${twoDigits(p + 1)}` },
];

interface Dated<T> {
  year: number;
  month: number;
  page: T;
}

/** A year too large for one shard, cut into the coarsest parts that fit (months at the finest), newest first. */
function cutYear<T>(year: number, list: readonly Dated<T>[], maxPages: number): PlannedShard<T>[] {
  for (const cut of CUTS) {
    const months = 12 / cut.parts;
    const parts = new Map<number, T[]>();
    for (const { month, page } of list) {
      const part = Math.floor((month - 1) / months);
      const partPages = parts.get(part) ?? [];
      partPages.push(page);
      parts.set(part, partPages);
    }
    if (cut.parts < 12 && [...parts.values()].some((p) => p.length > maxPages)) continue;
    return [...parts]
      .sort(([a], [b]) => b - a)
      .map(([part, pages]) => ({
        id: `${year}${cut.name(part)}`,
        from: `${year}-${twoDigits(part * months + 1)}`,
        to: `${year}-${twoDigits((part + 1) * months)}`,
        years: [year],
        pages,
      }));
  }
  return [];
}

/**
 * Group pages into shards, newest first; pages keep their given order within a shard. With `completeAfter`, only
 * the years after it are complete (pages of that year and older may still come): only shards that no later page can
 * change are returned, so a build can index them while older pages are still being written.
 */
export function planShards<T>(
  pages: readonly T[],
  dateOf: (page: T) => Date,
  timeZone: string,
  limits: Pick<ShardLimits, 'maxPages'> = DEFAULT_LIMITS,
  completeAfter = -Infinity,
): PlannedShard<T>[] {
  const byYear = new Map<number, Dated<T>[]>();
  for (const page of pages) {
    const { year, month } = zonedParts(dateOf(page), timeZone);
    const list = byYear.get(year) ?? [];
    list.push({ year, month, page });
    byYear.set(year, list);
  }
  const count = (first: number, size: number) => {
    let total = 0;
    for (let year = first; year < first + size; year++) total += byYear.get(year)?.length ?? 0;
    return total;
  };
  // The shards of a block whose parent is cut (or that has none), newest first.
  const within = (first: number, size: number): PlannedShard<T>[] => {
    const total = count(first, size);
    if (total === 0) return [];
    const complete = first > completeAfter;
    if (size === 1) {
      if (!complete) return [];
      const list = byYear.get(first)!;
      if (list.length > limits.maxPages) return cutYear(first, list, limits.maxPages);
      return [{ id: String(first), from: `${first}-01`, to: `${first}-12`, years: [first], pages: list.map((d) => d.page) }];
    }
    if (complete && total <= limits.maxPages) {
      const years = [...byYear.keys()].filter((year) => year >= first && year < first + size).sort((a, b) => a - b);
      return [
        {
          id: `${first}-${first + size - 1}`,
          from: `${years[0]}-01`,
          to: `${years.at(-1)}-12`,
          years,
          pages: years.flatMap((year) => byYear.get(year)!.map((d) => d.page)),
        },
      ];
    }
    // Cut in two, unless it is not yet known whether this block will be cut at all.
    if (total <= limits.maxPages) return [];
    const half = size / 2;
    return [...within(first + half, half), ...within(first, half)];
  };
  const years = [...byYear.keys()];
  const shards: PlannedShard<T>[] = [];
  if (years.length === 0) return shards;
  const newestBlock = Math.max(...years) - (Math.max(...years) % TOP_BLOCK);
  for (let first = newestBlock; first >= Math.min(...years) - TOP_BLOCK + 1; first -= TOP_BLOCK) shards.push(...within(first, TOP_BLOCK));
  return shards;
}

/**
 * Tiers of shards, newest first: the first covers at least `firstTierPages` pages (or everything), each later
 * tier at least four times the pages of the one before, so a search of any archive takes a few steps.
 */
export function planTiers(pageCounts: readonly number[], firstTierPages: number): number[][] {
  const tiers: number[][] = [];
  let tier: number[] = [];
  let pages = 0;
  let target = firstTierPages;
  pageCounts.forEach((count, i) => {
    tier.push(i);
    pages += count;
    if (pages >= target) {
      tiers.push(tier);
      tier = [];
      pages = 0;
      target *= 4;
    }
  });
  if (tier.length) tiers.push(tier);
  return tiers;
}
