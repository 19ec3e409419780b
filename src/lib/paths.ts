/** Every reader URL of the site, in one place. Paths end in `/` (directory-style pages). */
import { slugify } from './slug.ts';

export const paths = {
  home: () => '/',
  article: (id: string) => `/bai-viet/${id}/`,
  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  unitFeed: (id: string) => `/don-vi/${id}/rss.xml`,
  authors: () => '/tac-gia/',
  author: (id: string) => `/tac-gia/${id}/`,
  archive: () => '/luu-tru/',
  year: (year: number) => `/luu-tru/${year}/`,
  month: (year: number, month: number) => `/luu-tru/${year}/${String(month).padStart(2, '0')}/`,
  tags: () => '/chu-de/',
  tag: (tag: string) => `/chu-de/${slugify(tag)}/`,
  search: () => '/tim-kiem/',
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  siteMap: () => '/so-do-trang/',
} as const;

/** Absolute URL on the site's origin (and base path, if the site lives under one). */
export function absoluteUrl(path: string, site: string | URL): string {
  const base = new URL(site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\//, ''), base).href;
}
