import { describe, expect, it } from 'vitest';
import { compareNewestFirst, groupByKeys } from '../../../src/lib/order-and-group.ts';

const sortNewestFirst = <T extends { id: string; date: Date }>(items: T[]) => [...items].sort(compareNewestFirst);
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
