import rss from '@astrojs/rss';
import type { Article } from './articles.ts';
import { site } from './site.ts';
import { feedItems } from '../lib/feed-items.ts';

/** An RSS response for `articles` (already newest first). */
export function feedResponse(title: string, description: string, articles: readonly Article[]) {
  return rss({
    title,
    description,
    site: site.url,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>vi</language>',
    items: feedItems(
      articles.map((article) => ({
        title: article.title,
        url: article.url,
        lede: article.lede,
        date: article.date,
        authorNames: article.authors.map((author) => author.name),
        unitName: article.unit.name,
        tags: article.tags,
      })),
    ),
  });
}
