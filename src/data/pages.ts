import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByName } from '../lib/text.ts';
import { paths, site } from './site.ts';
import { showDrafts } from './show-drafts.ts';

/** A standing page: Giới thiệu, Liên hệ, Chính sách sử dụng… */
export interface StandingPage {
  id: string;
  url: string;
  entry: CollectionEntry<'pages'>;
  title: string;
  description: string | undefined;
  updated: Date | undefined;
  draft: boolean;
}

export interface SitePages {
  /** every page, by title (Intl.Collator('vi')) */
  all: StandingPage[];
  /** linked in the main navigation, in the configuration's order */
  nav: StandingPage[];
  /** linked at the foot of every page, in the configuration's order */
  footer: StandingPage[];
}

let pages: Promise<SitePages> | undefined;

/** The standing pages, drafts left out of production builds; loaded once per build. */
export function getPages(): Promise<SitePages> {
  pages ??= (async () => {
    const entries = await getCollection('pages', (entry) => showDrafts || !entry.data.draft);
    const all = sortByName(
      entries.map(
        (entry): StandingPage => ({
          id: entry.id,
          url: paths.page(entry.id),
          entry,
          title: entry.data.title,
          description: entry.data.description,
          updated: entry.data.updated,
          draft: entry.data.draft,
        }),
      ),
      (page) => page.title,
    );
    const byId = new Map(all.map((page) => [page.id, page]));
    // A page the configuration names but that is a draft is not linked from a production build.
    const linked = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
    return { all, nav: linked(site.navPages), footer: linked(site.footerPages) };
  })();
  return pages;
}
