import { paginate, type Page } from './pagination.ts';

/**
 * `getStaticPaths` entries for paginated listings: one route per page of each group.
 * `params` gives the group's own route params; the page goes in the rest parameter `page`.
 */
export function pagedRoutes<K, T, P extends Record<string, string>, Extra extends object>(
  groups: Iterable<readonly [K, T[]]>,
  size: number,
  params: (key: K) => P,
  props: (key: K, items: T[]) => Extra,
  /** Identifies what a page shows, so an incremental build can reuse it when that is unchanged */
  cacheKey: (page: Page<T>, key: K) => string,
): { params: P & { page: string | undefined }; props: Extra & { page: Page<T> }; cacheKey: string }[] {
  const routes = [];
  for (const [key, items] of groups) {
    for (const page of paginate(items, size)) {
      routes.push({
        params: { ...params(key), page: page.param },
        props: { ...props(key, items), page },
        cacheKey: cacheKey(page, key),
      });
    }
  }
  return routes;
}
