import type { Listable } from './order-and-group.ts';

/** What relates articles: the unit they belong to and their tags. */
export interface RelationKeys {
  unit: string;
  tags: readonly string[];
}

/** How many neighbours in time to consider per shared unit or tag: keeps the work per article constant. */
const WINDOW = 8;

/**
 * Related articles: same unit or shared tags, nearest in time. Candidates come from a window around the
 * article in each of its (newest-first) unit and tag lists, so the cost per article does not grow with the
 * archive. Shared tags weigh more than a shared unit.
 */
export function createRelatedFinder<T extends Listable>(sorted: readonly T[], relationKeys: (item: T) => RelationKeys) {
  const lists = new Map<string, T[]>();
  const positions = new Map<string, Map<string, number>>();
  const keysOf = (item: T) => {
    const { unit, tags } = relationKeys(item);
    return [`u:${unit}`, ...tags.map((tag) => `t:${tag}`)];
  };
  for (const item of sorted) {
    for (const key of new Set(keysOf(item))) {
      const list = lists.get(key) ?? [];
      let index = positions.get(key);
      if (!index) positions.set(key, (index = new Map()));
      index.set(item.id, list.length);
      list.push(item);
      lists.set(key, list);
    }
  }
  return (article: T, limit: number): T[] => {
    const scores = new Map<string, { item: T; score: number }>();
    for (const key of new Set(keysOf(article))) {
      const list = lists.get(key);
      const at = positions.get(key)?.get(article.id);
      if (!list || at === undefined) continue;
      const weight = key.startsWith('t:') ? 2 : 1;
      for (let i = Math.max(0, at - WINDOW); i <= Math.min(list.length - 1, at + WINDOW); i++) {
        const item = list[i]!;
        if (item.id === article.id) continue;
        const entry = scores.get(item.id);
        if (entry) entry.score += weight;
        else scores.set(item.id, { item, score: weight });
      }
    }
    const t = article.date.getTime();
    return [...scores.values()]
      .sort(
        (a, b) =>
          b.score - a.score ||
          Math.abs(a.item.date.getTime() - t) - Math.abs(b.item.date.getTime() - t) ||
          (a.item.id < b.item.id ? -1 : 1),
      )
      .slice(0, limit)
      .map((entry) => entry.item);
  };
}
