/** Ordering and grouping of article listings, decided once per build. */

export interface Listable {
  id: string;
  date: Date;
}

/** Newest first; equal instants fall back to the id so every build orders them the same way. */
export function compareNewestFirst(a: Listable, b: Listable): number {
  return b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Group items by one or more keys each; groups keep the input order of items and of first appearance. */
export function groupByKeys<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
