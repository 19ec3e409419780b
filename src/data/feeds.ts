import rss from '@astrojs/rss';
import type { Article } from './articles.ts';
import { site } from './site.ts';
import { feedItems, type FeedArticle } from '../lib/feed-items.ts';

/** What a feed says of an article. */
export const articleFeedItem = (article: Article): FeedArticle => ({
  title: article.title,
  url: article.url,
  lede: article.lede,
  date: article.date,
  authorNames: article.authors.map((author) => author.name),
  unitName: article.unit.name,
  tags: article.tags,
});

/** An RSS response for `items` (already newest first): articles (see articleFeedItem) or documents. */
export function feedResponse(title: string, description: string, items: readonly FeedArticle[]) {
  return rss({
    title,
    description,
    site: site.url,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>vi</language>',
    items: feedItems(items),
  });
}
