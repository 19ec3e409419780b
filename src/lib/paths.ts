/**
 * Every reader URL of the site, in one place. Paths end in `/` (directory-style pages) and start with the site's
 * base path: `/` for a site at the root of its domain, `/ban-tin/` for one published inside a portal or on a
 * project page of GitHub or GitLab Pages. `src/data/site.ts` holds the site's own set.
 */
import { slugify } from './slug.ts';
import { DOCUMENT_FACETS, type DocumentFacet } from './document-id.ts';
import { twoDigits } from './dates.ts';

export type SitePaths = ReturnType<typeof sitePaths>;

/** The section of articles (`/bai-viet/<id>/`) and of documents (`/van-ban/<id>/`): code that reads `dist/` finds pages by them. */
export const ARTICLES_SEGMENT = 'bai-viet';
export const DOCUMENTS_SEGMENT = 'van-ban';

/** The paths of a site whose pages live under `base` (`/`, or `/ban-tin/`). */
export function sitePaths(base: string) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base path must start and end with /: ${base}`);
  const at = (path: string) => `${base}${path}`;
  return {
    /** the site's base path itself: the front page */
    home: () => base,
    article: (id: string) => at(`${ARTICLES_SEGMENT}/${id}/`),
    units: () => at('don-vi/'),
    unit: (id: string) => at(`don-vi/${id}/`),
    unitFeed: (id: string) => at(`don-vi/${id}/rss.xml`),
    authors: () => at('tac-gia/'),
    author: (id: string) => at(`tac-gia/${id}/`),
    archive: () => at('luu-tru/'),
    year: (year: number) => at(`luu-tru/${year}/`),
    month: (year: number, month: number) => at(`luu-tru/${year}/${twoDigits(month)}/`),
    tags: () => at('chu-de/'),
    tag: (tag: string) => at(`chu-de/${slugify(tag)}/`),
    search: () => at('tim-kiem/'),
    feed: () => at('rss.xml'),
    sitemap: () => at('sitemap-index.xml'),
    siteMap: () => at('so-do-trang/'),
    documents: () => at(`${DOCUMENTS_SEGMENT}/`),
    /** A document's page; `id` is its file name (document-id.ts) */
    document: (id: string) => at(`${DOCUMENTS_SEGMENT}/${id}/`),
    /** The documents of one kind, issuer, year or status: `/van-ban/loai/chi-thi/`; `value` is already a URL segment */
    documentFacet: (facet: DocumentFacet, value: string) => at(`${DOCUMENTS_SEGMENT}/${DOCUMENT_FACETS[facet]}/${value}/`),
    /** An attachment, published beside its document's page under an ASCII name (attachments.ts) */
    attachment: (id: string, name: string) => at(`${DOCUMENTS_SEGMENT}/${id}/${name}`),
    documentsFeed: () => at(`${DOCUMENTS_SEGMENT}/rss.xml`),
    /** the printed editions (số bản tin), newest first */
    editions: () => at('so/'),
    /** an edition's page; `id` is its file name: `content/editions/12.md` → `/so/12/` */
    edition: (id: string) => at(`so/${id}/`),
    /** an edition's PDF, beside its page; `name` from editionPdfName */
    editionPdf: (id: string, name: string) => at(`so/${id}/${name}`),
    /** the page the PDF is printed from: built for the PDF and removed from the published site once it is made */
    editionPrint: (id: string) => at(`so/${id}/${EDITION_PRINT_SEGMENT}/`),
    editionsFeed: () => at('so/rss.xml'),
    /** the web editor (Decap CMS), published only when the site configuration names a git host */
    admin: () => at('admin/'),
    /** a standing page (Giới thiệu, Liên hệ…), at the top of the site: `/gioi-thieu/` */
    page: (id: string) => at(`${id}/`),
    /** a share picture made at build time (src/data/share-cards.ts): `/anh-chia-se/don-vi-vpcp-3kX9aQ.png` */
    shareCard: (file: string) => at(`anh-chia-se/${file}`),
    /** the web app manifest and its icons, made from the logo at build time */
    manifest: () => at('manifest.webmanifest'),
    icon: (file: string) => at(`bieu-tuong/${file}`),
    /** where iOS looks for the home-screen icon when a page names none: the site's root */
    appleTouchIcon: () => at('apple-touch-icon.png'),
    /** a file of `public/` named from the site's root folder, e.g. `/logo.svg` */
    file: (path: string) => at(path.replace(/^\//, '')),
  } as const;
}

/** The paths of a site at the root of its domain: the addresses messages to editors name (`/bai-viet/2020/x/`). */
export const rootPaths = sitePaths('/');

/** The id of the article a root-relative link points to (`/bai-viet/2020/x/#y` → `2020/x`), or undefined. */
export function articleIdOfUrl(url: string): string | undefined {
  const prefix = `/${ARTICLES_SEGMENT}/`;
  if (!url.startsWith(prefix)) return undefined;
  return url.split(/[?#]/)[0]!.slice(prefix.length).replace(/\/+$/, '');
}

/** The page file in the built site of a site path: `/bai-viet/2020/x/` → `bai-viet/2020/x/index.html`. */
export const pageFileOf = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** The article id of a page file in the built site: `bai-viet/2020/x/index.html` → `2020/x`; other files → undefined. */
export function articleIdOfPageFile(file: string): string | undefined {
  return new RegExp(`^${ARTICLES_SEGMENT}/(.+)/index\\.html$`).exec(file)?.[1];
}

/** The last segment of an edition's print page (see `editionPrint`). */
export const EDITION_PRINT_SEGMENT = 'ban-in';

/** The file name of an edition's PDF: the bulletin's name and the number, `ban-tin-cong-tac-van-phong-so-12.pdf`. */
export function editionPdfName(siteName: string, number: number): string {
  return `${slugify(siteName)}-so-${number}.pdf`;
}

/**
 * The first segment of every path the site gives a section, a file or a tool (the search index, Astro's files, the
 * web editor, the documents): a standing page's id must be none of them.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'bai-viet', 'don-vi', 'tac-gia', 'luu-tru', 'chu-de', 'tim-kiem', 'so-do-trang', 'van-ban', 'trang',
  'so', 'rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt', '404', 'chi-muc', '_astro', 'admin',
  'anh-chia-se', 'bieu-tuong', 'manifest.webmanifest', 'apple-touch-icon.png',
]);

/** The base path of a site published at `url`: `https://x.vn/ban-tin` → `/ban-tin/`. */
export function basePath(url: string | URL): string {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** The absolute URL of a site path (base path included, as `sitePaths` gives it) on the site's origin. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
