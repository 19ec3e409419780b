import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../src/lib/order-and-group.ts';
import { createRelatedFinder } from '../../../src/lib/related.ts';

const sortNewestFirst = <T extends { id: string; date: Date }>(items: T[]) => [...items].sort(compareNewestFirst);
const at = (day: number) => new Date(Date.UTC(2021, 0, day));

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

  it('looks at the same number of candidates per article, whatever the size of the archive', () => {
    /** Archive of `size` articles of one unit and tag; counts how often a candidate's date is read. */
    const candidatesLookedAt = (size: number) => {
      let reads = 0;
      const many = Array.from({ length: size }, (_, i) => {
        const date = at(1 + (i % 28));
        return { id: `x${String(i).padStart(6, '0')}`, unit: 'u', tags: ['t'], get date() { reads++; return date; } };
      });
      const find = createRelatedFinder(sortNewestFirst(many), (a) => a);
      reads = 0;
      expect(find(many[Math.floor(size / 2)]!, 4)).toHaveLength(4);
      return reads;
    };
    const small = candidatesLookedAt(1_000);
    expect(small).toBeGreaterThan(0);
    expect(candidatesLookedAt(50_000)).toBe(small);
  });
});
