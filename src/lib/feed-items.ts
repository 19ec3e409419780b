import { escapeHtml } from './text.ts';

/** RSS items for a list of articles, newest first, capped: a feed is for what is new, not the archive. */
export const FEED_SIZE = 50;

export interface FeedArticle {
  title: string;
  url: string;
  lede: string;
  date: Date;
  authorNames: string[];
  unitName: string;
  tags: readonly string[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData: string;
}


export function feedItems(articles: readonly FeedArticle[], limit = FEED_SIZE): FeedItem[] {
  return articles.slice(0, limit).map((article) => ({
    title: article.title,
    link: article.url,
    pubDate: article.date,
    description: article.lede,
    categories: [article.unitName, ...article.tags],
    customData: article.authorNames.map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`).join(''),
  }));
}
