import { describe, expect, it } from 'vitest';
import { planShards, planTiers, searchLimits } from '../../../src/search-index/shard-plan.ts';

const VN = 'Asia/Ho_Chi_Minh';
/** `n` pages dated in the given Vietnam-time month */
const pagesIn = (yearMonth: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `/${yearMonth}/${i}/`, date: new Date(`${yearMonth}-10T08:00:00+07:00`) }));
const plan = (pages: { date: Date }[], maxPages = 2000) =>
  planShards(pages, (p) => p.date, VN, { maxPages, firstTierPages: 1000 }).map((s) => [s.id, s.from, s.to, s.pages.length]);

describe('search shards', () => {
  it('are calendar years in Vietnam time, newest first', () => {
    // 31 Dec 2020 20:00 UTC is already 2021 in Vietnam.
    const newYear = { url: '/x/', date: new Date('2020-12-31T20:00:00Z') };
    expect(plan([...pagesIn('2019-03', 2), ...pagesIn('2020-11', 3), newYear])).toEqual([
      ['2021', '2021-01', '2021-12', 1],
      ['2020', '2020-01', '2020-12', 3],
      ['2019', '2019-01', '2019-12', 2],
    ]);
  });

  it('cut a year that is too large into halves, quarters or months, the coarsest that fits', () => {
    const year = [...pagesIn('2024-02', 3), ...pagesIn('2024-05', 3), ...pagesIn('2024-08', 3), ...pagesIn('2024-11', 3)];
    expect(plan(year, 12).map((s) => s[0])).toEqual(['2024']);
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

  it('an edit or a new article changes only its own period', () => {
    const before = plan([...pagesIn('2022-04', 4), ...pagesIn('2023-06', 4)]);
    const after = plan([...pagesIn('2022-04', 4), ...pagesIn('2023-06', 5)]);
    expect(after[1]).toEqual(before[1]);
  });
});

describe('search tiers', () => {
  it('the first covers at least the first-tier pages, each next one four times more', () => {
    expect(planTiers([600, 600, 600, 600, 600, 600, 600, 600, 600, 600], 1000)).toEqual([[0, 1], [2, 3, 4, 5, 6, 7, 8], [9]]);
    expect(planTiers([5], 1000)).toEqual([[0]]);
    expect(planTiers([2, 1], 1)).toEqual([[0], [1]]);
  });

  it('take their limits from the environment, checked', () => {
    expect(searchLimits({})).toEqual({ maxPages: 2000, firstTierPages: 1000 });
    expect(searchLimits({ BANTIN_SEARCH_FIRST_TIER_PAGES: '1', BANTIN_SEARCH_SHARD_PAGES: '500' })).toEqual({ maxPages: 500, firstTierPages: 1 });
    expect(() => searchLimits({ BANTIN_SEARCH_SHARD_PAGES: 'nhiều' })).toThrow('BANTIN_SEARCH_SHARD_PAGES must be a whole number of pages, got "nhiều"');
  });
});
