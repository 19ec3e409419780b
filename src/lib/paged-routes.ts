import { paginate, type ListingPage } from './pagination.ts';

export interface PagedRoutesOptions<K, T, P extends Record<string, string>, Extra extends object> {
  /** each group (a unit, an author, a year…) with its items, newest first */
  groups: Iterable<readonly [K, T[]]>;
  /** items per page */
  size: number;
  /** the group's own route params; the page goes in the rest parameter `page` */
  params: (key: K) => P;
  /** props every page of the group gets */
  props: (key: K, items: T[]) => Extra;
  /** identifies what a page shows, so an incremental build can reuse it when that is unchanged */
  cacheKey: (page: ListingPage<T>, key: K) => string;
}

/** `getStaticPaths` entries for paginated listings: one route per page of each group. */
export function pagedRoutes<K, T, P extends Record<string, string>, Extra extends object>({
  groups,
  size,
  params,
  props,
  cacheKey,
}: PagedRoutesOptions<K, T, P, Extra>): { params: P & { page: string | undefined }; props: Extra & { page: ListingPage<T> }; cacheKey: string }[] {
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
