import { groupByKeys } from '../lib/order-and-group.ts';
import { createRelatedFinder } from '../lib/related.ts';
import { slugify } from '../lib/slug.ts';
import { compareVi } from '../lib/text.ts';
import { monthKey } from '../lib/dates.ts';
import { getArticles, type Article } from './articles.ts';
import { getRegistry } from './registry.ts';

export interface Listings {
  all: Article[];
  /** A unit's articles, including its sub-units' */
  byUnit: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  byYear: Map<number, Article[]>;
  /** key `yyyy-mm` */
  byMonth: Map<string, Article[]>;
  /** key: tag slug */
  byTag: Map<string, Article[]>;
  /** tag slug → tag as written, tags sorted by name */
  tags: { slug: string; name: string; count: number }[];
  related(article: Article, limit?: number): Article[];
}

let listings: Promise<Listings> | undefined;

/** Every grouping of the published articles, computed once per build in one pass each. */
export function getListings(): Promise<Listings> {
  listings ??= (async () => {
    const [all, registry] = await Promise.all([getArticles(), getRegistry()]);
    const byTag = groupByKeys(all, (a) => a.tags.map(slugify));
    const tagNames = new Map<string, string>();
    for (const article of all) {
      for (const tag of article.tags) {
        const slug = slugify(tag);
        if (!tagNames.has(slug)) tagNames.set(slug, tag);
      }
    }
    const related = createRelatedFinder(all, (a) => ({ unit: a.unit.id, tags: a.tags }));
    return {
      all,
      byUnit: groupByKeys(all, (a) => [a.unit.id, ...registry.units.ancestors(a.unit.id).map((u) => u.id)]),
      byAuthor: groupByKeys(all, (a) => a.authors.map((author) => author.id)),
      byYear: new Map([...groupByKeys(all, (a) => [String(a.year)])].map(([k, v]) => [Number(k), v])),
      byMonth: groupByKeys(all, (a) => [monthKey(a.year, a.month)]),
      byTag,
      tags: [...tagNames]
        .map(([slug, name]) => ({ slug, name, count: byTag.get(slug)!.length }))
        .sort((a, b) => compareVi(a.name, b.name)),
      related: (article, limit = 4) => related(article, limit),
    };
  })();
  return listings;
}
