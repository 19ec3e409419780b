import type { APIRoute } from 'astro';
import { getArticles } from '@/data/articles.ts';
import { feedResponse } from '@/data/feeds.ts';
import { site } from '@/data/site.ts';

export const GET: APIRoute = async () => feedResponse(site.name, site.description, await getArticles());
