/**
 * Map over many items with at most `size` of `fn` under way at once, results in order: reading or writing tens of
 * thousands of files all at once runs out of file descriptors (EMFILE at 20,000 articles).
 */
export async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  }
  return results;
}
