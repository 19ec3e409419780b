/** Every reader URL of the site, in one place. Paths end in `/` (directory-style pages). */
import { slugify } from './slug.ts';
import { DOCUMENT_FACETS, type DocumentFacet } from './document-id.ts';

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
  documents: () => '/van-ban/',
  /** A document's page; `id` is its file name (document-id.ts) */
  document: (id: string) => `/van-ban/${id}/`,
  /** The documents of one kind, issuer, year or status: `/van-ban/loai/chi-thi/`; `value` is already a URL segment */
  documentFacet: (facet: DocumentFacet, value: string) => `/van-ban/${DOCUMENT_FACETS[facet]}/${value}/`,
  /** An attachment, published beside its document's page under an ASCII name (attachments.ts) */
  attachment: (id: string, name: string) => `/van-ban/${id}/${name}`,
  documentsFeed: () => '/van-ban/rss.xml',
} as const;

/** Absolute URL on the site's origin (and base path, if the site lives under one). */
export function absoluteUrl(path: string, site: string | URL): string {
  const base = new URL(site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\//, ''), base).href;
}
