import type { APIRoute } from 'astro';
import { paths, site } from '@/data/site.ts';
import { absoluteUrl } from '@/lib/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap(), site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
