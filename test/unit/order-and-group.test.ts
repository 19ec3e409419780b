import { describe, expect, it } from 'vitest';
import { compareNewestFirst, groupByKeys } from '../../src/lib/listing.ts';

const sortNewestFirst = <T extends { id: string; date: Date }>(items: T[]) => [...items].sort(compareNewestFirst);
import { pageUrl, paginate } from '../../src/lib/pagination.ts';
import { createRelatedFinder } from '../../src/lib/related.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

const at = (day: number) => new Date(Date.UTC(2021, 0, day));

describe('listings', () => {
  it('sorts newest first, ties by id for a stable order', () => {
    const items = [
      { id: 'b', date: at(1) },
      { id: 'c', date: at(3) },
      { id: 'a', date: at(1) },
    ];
    expect(sortNewestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups by several keys, keeping order', () => {
    const groups = groupByKeys(
      [
        { id: 1, keys: ['x', 'y'] },
        { id: 2, keys: ['y', 'y'] },
      ],
      (i) => i.keys,
    );
    expect([...groups.keys()]).toEqual(['x', 'y']);
    expect(groups.get('y')!.map((i) => i.id)).toEqual([1, 2]);
  });
});

describe('pagination', () => {
  it('splits into pages with URL segments after the first', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.param)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  it('has one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1, param: undefined }]);
  });
  it('refuses a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
  it('builds page URLs', () => {
    expect(pageUrl('/don-vi/x/', 1)).toBe('/don-vi/x/');
    expect(pageUrl('/don-vi/x/', 3)).toBe('/don-vi/x/trang/3/');
  });
});

describe('related articles', () => {
  const articles = sortNewestFirst([
    { id: 'a', date: at(10), unit: 'u1', tags: ['covid'] },
    { id: 'b', date: at(9), unit: 'u1', tags: [] },
    { id: 'c', date: at(8), unit: 'u2', tags: ['covid'] },
    { id: 'd', date: at(7), unit: 'u3', tags: [] },
  ]);
  const related = createRelatedFinder(articles, (a) => a);

  it('prefers shared tags over a shared unit, never the article itself or unrelated ones', () => {
    expect(related(articles[0]!, 5).map((a) => a.id)).toEqual(['c', 'b']);
    expect(related(articles[3]!, 5)).toEqual([]);
  });

  it('keeps the work per article bounded on a large archive', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}`, date: at(1 + (i % 28)), unit: 'u', tags: ['t'] }));
    const find = createRelatedFinder(sortNewestFirst(many), (a) => a);
    const result = find(many[2500]!, 4);
    expect(result).toHaveLength(4);
  });
});

describe('reading time', () => {
  it('counts Vietnamese words and rounds to whole minutes, at least one', () => {
    expect(countWords('Đồng chí Chu Đức Nhuận, Bí thư Chi bộ.')).toBe(9);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
