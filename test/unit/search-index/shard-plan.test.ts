import { describe, expect, it } from 'vitest';
import { planShards, planTiers, searchLimits } from '../../../src/search-index/shard-plan.ts';

const VN = 'Asia/Ho_Chi_Minh';
/** `n` pages dated in the given Vietnam-time month */
const pagesIn = (yearMonth: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `/${yearMonth}/${i}/`, date: new Date(`${yearMonth}-10T08:00:00+07:00`) }));
const plan = (pages: { date: Date }[], maxPages = 1000, completeAfter?: number) =>
  planShards(pages, (p) => p.date, VN, { maxPages }, completeAfter).map((s) => [s.id, s.from, s.to, s.pages.length]);

describe('search shards', () => {
  it('are aligned blocks of years as large as the limit allows, in Vietnam time, newest first', () => {
    // 31 Dec 2015 20:00 UTC is already 2016 in Vietnam: the newer block.
    const newYear = { url: '/x/', date: new Date('2015-12-31T20:00:00Z') };
    const pages = [...pagesIn('2013-03', 2), ...pagesIn('2015-11', 3), newYear, ...pagesIn('2021-05', 4), ...pagesIn('2030-01', 1)];
    expect(plan(pages)).toEqual([
      ['2016-2031', '2016-01', '2030-12', 6],
      ['2000-2015', '2013-01', '2015-12', 5],
    ]);
    // Five pages at most: 2016–2031 is cut into 2024–2031 and 2016–2023.
    expect(plan(pages, 5)).toEqual([
      ['2024-2031', '2030-01', '2030-12', 1],
      ['2016-2023', '2016-01', '2021-12', 5],
      ['2000-2015', '2013-01', '2015-12', 5],
    ]);
  });

  it('cut a year that is too large into halves, quarters or months, the coarsest that fits', () => {
    const year = [...pagesIn('2024-02', 3), ...pagesIn('2024-05', 3), ...pagesIn('2024-08', 3), ...pagesIn('2024-11', 3)];
    expect(plan(year, 12).map((s) => s[0])).toEqual(['2016-2031']);
    expect(plan(year, 6)).toEqual([
      ['2024-h2', '2024-07', '2024-12', 6],
      ['2024-h1', '2024-01', '2024-06', 6],
    ]);
    expect(plan(year, 3).map((s) => s[0])).toEqual(['2024-q4', '2024-q3', '2024-q2', '2024-q1']);
    expect(plan([...pagesIn('2024-02', 5), ...pagesIn('2024-03', 1)], 2)).toEqual([
      ['2024-03', '2024-03', '2024-03', 1],
      ['2024-02', '2024-02', '2024-02', 5],
    ]);
  });

  it('an edit or a new article changes only its own shard', () => {
    const before = plan([...pagesIn('2022-04', 4), ...pagesIn('2023-06', 4), ...pagesIn('2024-01', 4)], 4);
    const after = plan([...pagesIn('2022-04', 4), ...pagesIn('2023-06', 4), ...pagesIn('2024-01', 5)], 4);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('while newer pages are still written, gives only the shards no later page can change', () => {
    const pages = [...pagesIn('2025-03', 3), ...pagesIn('2024-07', 3), ...pagesIn('2023-01', 3), ...pagesIn('2022-05', 3)];
    const full = plan(pages, 4);
    expect(full.map((s) => s[0])).toEqual(['2025', '2024', '2023', '2022']);
    // Only 2025 and 2024 written so far, 2024 perhaps not to its end: 2024–2025 holds 6 > 4, so it is cut, and 2025 is final.
    expect(plan(pages.slice(0, 6), 4, 2024)).toEqual([full[0]]);
    // 2025 alone: whether 2024–2025 is cut is not known yet.
    expect(plan(pages.slice(0, 3), 4, 2024)).toEqual([]);
    for (const after of [2025, 2024, 2023, 2022, 2021]) {
      for (const shard of plan(pages, 4, after)) expect(full).toContainEqual(shard);
    }
  });
});

describe('search tiers', () => {
  it('the first covers at least the first-tier pages, each next one four times more', () => {
    expect(planTiers([600, 600, 600, 600, 600, 600, 600, 600, 600, 600], 1000)).toEqual([[0, 1], [2, 3, 4, 5, 6, 7, 8], [9]]);
    expect(planTiers([5], 1000)).toEqual([[0]]);
    expect(planTiers([2, 1], 1)).toEqual([[0], [1]]);
  });

  it('take their limits from the environment, checked', () => {
    expect(searchLimits({})).toEqual({ maxPages: 500, firstTierPages: 300 });
    expect(searchLimits({ BANTIN_SEARCH_FIRST_TIER_PAGES: '1', BANTIN_SEARCH_SHARD_PAGES: '500' })).toEqual({ maxPages: 500, firstTierPages: 1 });
    expect(() => searchLimits({ BANTIN_SEARCH_SHARD_PAGES: 'nhiều' })).toThrow('BANTIN_SEARCH_SHARD_PAGES must be a whole number of pages, got "nhiều"');
  });
});
