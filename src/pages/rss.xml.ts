import type { APIRoute } from 'astro';
import { getArticles } from '@/data/articles.ts';
import { articleFeedItem, feedResponse } from '@/data/feeds.ts';
import { site } from '@/data/site.ts';

export const GET: APIRoute = async () => feedResponse(site.name, site.description, (await getArticles()).map(articleFeedItem));
