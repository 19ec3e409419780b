import { digest } from '../node/digest.ts';
import type { Article } from './articles.ts';
import type { OfficialDocument } from './documents.ts';
import { getListings } from './listings.ts';
import { getPages, type StandingPage } from './pages.ts';
import { getRegistry } from './registry.ts';
import { getEditions, type Edition } from './editions.ts';
import { getShareCards } from './share-cards.ts';
import { site } from './site.ts';

/**
 * Cache keys for Astro's incremental builds: a page is rebuilt only when the data it shows changes. Every key
 * includes the site's identity, registry and linked standing pages (shown in every header and footer) and what
 * each listed article shows; only the pages showing counts of articles include them, so that a new article renders
 * again the pages listing it, not the whole site (test/unit/data/cache-keys.test.ts holds each page to what it shows).
 */
export interface CacheKeys {
  /** An article's own content: its id (address), the file digest (frontmatter and body) and its publication state */
  article(article: Article): string;
  /** A list of articles as cards */
  list(articles: readonly Article[], ...extra: unknown[]): string;
  /** A list of articles on a page that also shows how many articles each unit and each month has */
  listWithCounts(articles: readonly Article[], ...extra: unknown[]): string;
  /** A standing page's own content */
  page(page: StandingPage): string;
  /** A document's page: its file and attachments, what replaces it or it replaces, the articles citing it */
  document(document: OfficialDocument): string;
  /** A list of documents */
  documents(documents: readonly OfficialDocument[], ...extra: unknown[]): string;
  /** A page showing an edition: its file, and what each of its articles shows */
  edition(edition: Edition, ...extra: unknown[]): string;
}

let keys: Promise<CacheKeys> | undefined;

export function getCacheKeys(): Promise<CacheKeys> {
  keys ??= (async () => {
    const [registry, listings, pages, editions, cards] = await Promise.all([getRegistry(), getListings(), getPages(), getEditions(), getShareCards()]);
    // The header and footer link standing pages by their titles, and the editions once there is one. Every page names
    // a share picture whose file name changes with the logo, the fonts or the cards' drawing.
    const shared = digest(
      editions.all.length > 0,
      site,
      cards.frameDigest,
      [...pages.nav, ...pages.footer].map((page) => [page.id, page.title]),
      [...registry.units.byId.values()],
      [...registry.authors.values()],
    );
    // Counts appear beside units and months (front page, unit trees, a year's archive): adding an article changes them.
    const counts = digest(
      [...listings.byUnit].map(([id, list]) => [id, list.length]),
      [...listings.byMonth].map(([key, list]) => [key, list.length]),
    );
    // An article's links to documents change when documents are added or removed, its file unchanged. Its id is its
    // address: a renamed file keeps its digest, and every page linking to it must link to the new address.
    const article = (a: Article) => `${a.id}:${a.entry.digest ?? ''}:${a.state}:${a.cites.join(' ')}`;
    const listed = (d: OfficialDocument) => `${d.id}:${d.entry.digest ?? ''}:${d.status}`;
    return {
      article: (a) => digest(shared, article(a)),
      list: (articles, ...extra) => digest(shared, articles.map(article), extra),
      listWithCounts: (articles, ...extra) => digest(shared, counts, articles.map(article), extra),
      page: (page) => digest(shared, page.entry.digest ?? page.id, page.draft),
      document: (d) =>
        digest(
          shared,
          listed(d),
          d.files.map((file) => [file.name, file.bytes]),
          [d.replacedBy, ...d.replaces].map((other) => other && listed(other)),
          d.citedBy.map(article),
        ),
      documents: (documents, ...extra) => digest(shared, documents.map(listed), extra),
      edition: (edition, ...extra) => digest(shared, edition.id, edition.entry.digest ?? '', edition.articles.map(article), extra),
    };
  })();
  return keys;
}
