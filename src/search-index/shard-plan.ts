/**
 * How the archive is cut into search shards. A shard is a period of publication: a year, or, for a year with more
 * articles than a shard may hold, its halves, quarters or months (the coarsest that fits). Periods are calendar
 * periods in the site's time zone, so an edit changes one shard and a new year adds one.
 */
import { zonedParts } from '../lib/dates.ts';

export interface ShardLimits {
  /** most pages in one shard: a year above it is split */
  maxPages: number;
  /** pages the first tier (the first search) covers at least, newest first */
  firstTierPages: number;
}

export const DEFAULT_LIMITS: ShardLimits = { maxPages: 2000, firstTierPages: 1000 };

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

const pad = (n: number) => String(n).padStart(2, '0');

/** Ways to cut a year, coarsest first: the number of parts, and the id suffix of the part holding a month. */
const CUTS: { parts: number; name: (part: number) => string }[] = [
  { parts: 1, name: () => '' },
  { parts: 2, name: (p) => `-h${p + 1}` },
  { parts: 4, name: (p) => `-q${p + 1}` },
  { parts: 12, name: (p) => `-${pad(p + 1)}` },
];

/** Group pages into shards, newest first. Pages within a shard keep their given order. */
export function planShards<T>(pages: readonly T[], dateOf: (page: T) => Date, timeZone: string, limits: ShardLimits = DEFAULT_LIMITS): PlannedShard<T>[] {
  const byYear = new Map<number, { month: number; page: T }[]>();
  for (const page of pages) {
    const { year, month } = zonedParts(dateOf(page), timeZone);
    const list = byYear.get(year) ?? [];
    list.push({ month, page });
    byYear.set(year, list);
  }
  const shards: PlannedShard<T>[] = [];
  for (const [year, list] of [...byYear].sort(([a], [b]) => b - a)) {
    for (const cut of CUTS) {
      const months = 12 / cut.parts;
      const parts = new Map<number, T[]>();
      for (const { month, page } of list) {
        const part = Math.floor((month - 1) / months);
        const partPages = parts.get(part) ?? [];
        partPages.push(page);
        parts.set(part, partPages);
      }
      const fits = [...parts.values()].every((p) => p.length <= limits.maxPages);
      if (!fits && cut.parts < 12) continue;
      for (const [part, partPages] of [...parts].sort(([a], [b]) => b - a)) {
        shards.push({
          id: `${year}${cut.name(part)}`,
          from: `${year}-${pad(part * months + 1)}`,
          to: `${year}-${pad((part + 1) * months)}`,
          years: [year],
          pages: partPages,
        });
      }
      break;
    }
  }
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
