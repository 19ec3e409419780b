import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeedItem, feedResponse } from '@/data/feeds.ts';
import { getListings } from '@/data/listings.ts';
import { getRegistry } from '@/data/registry.ts';
import type { Unit } from '@/schemas/unit.ts';
import { site } from '@/data/site.ts';
import { ui } from '@/i18n/vi.ts';
import { getCacheKeys } from '@/data/cache-keys.ts';
import { FEED_SIZE } from '@/lib/feed-items.ts';

export const getStaticPaths = (async () => {
  const [registry, { byUnit }, keys] = await Promise.all([getRegistry(), getListings(), getCacheKeys()]);
  return [...registry.units.byId.values()].map((unit) => ({
    params: { unit: unit.id },
    props: { unit },
    cacheKey: keys.list((byUnit.get(unit.id) ?? []).slice(0, FEED_SIZE), unit.id),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = async ({ props }) => {
  const { byUnit } = await getListings();
  const { unit } = props;
  return feedResponse(`${unit.name} — ${site.name}`, ui.unitArticles(unit.name), (byUnit.get(unit.id) ?? []).map(articleFeedItem));
};
