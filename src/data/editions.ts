import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { startOfDay } from '../lib/dates.ts';
import { buildInstant } from '../lib/publication.ts';
import { editionPdfName } from '../lib/paths.ts';
import { contentDir } from '../node/project-dirs.ts';
import { hasMarkdownFiles } from '../node/files.ts';
import { editionUi } from '../i18n/editions.ts';
import { getArticles, type Article } from './articles.ts';
import { paths, site } from './site.ts';
import { showDrafts } from './show-drafts.ts';

export interface EditionSection {
  title: string;
  /** in print order */
  articles: Article[];
}

/** A printed edition (số bản tin) with its articles. */
export interface Edition {
  id: string;
  url: string;
  entry: CollectionEntry<'editions'>;
  number: number;
  /** day of publication, `YYYY-MM-DD` */
  date: string;
  /** the first instant of that day in the site's zone: feeds sort by it */
  publishedAt: Date;
  period: string | undefined;
  /** `Số 12 – Tháng 6/2024` */
  title: string;
  sections: EditionSection[];
  /** every article, in print order */
  articles: Article[];
  printRun: number;
  printer: string;
  cover: CollectionEntry<'editions'>['data']['cover'];
  draft: boolean;
  pdf: { name: string; url: string };
  printUrl: string;
}

export interface Editions {
  /** newest first (highest number first) */
  all: Edition[];
  /** the editions carrying an article, by its id, oldest first */
  byArticle: ReadonlyMap<string, Edition[]>;
}

let editions: Promise<Editions> | undefined;

/**
 * The published editions (drafts and editions dated after the build's instant only under `npm run dev`), with their
 * articles: loaded once per build. The content check has made sure every article they name is published.
 */
export function getEditions(): Promise<Editions> {
  editions ??= (async () => {
    // Asked only when there are editions: Astro warns about an empty collection in every build.
    const stored = hasMarkdownFiles(join(contentDir(), 'editions')) ? getCollection('editions') : Promise.resolve([]);
    const [entries, articles] = await Promise.all([stored, getArticles()]);
    const now = buildInstant(process.env.SOURCE_DATE_EPOCH).getTime();
    const byId = new Map(articles.map((article) => [article.id, article]));
    const list = entries
      .map((entry): Edition => {
        const { data } = entry;
        const sections = data.sections.map((section) => ({ title: section.title, articles: section.articles.flatMap((id) => byId.get(id) ?? []) }));
        const name = editionPdfName(site.name, data.number);
        return {
          id: entry.id,
          url: paths.edition(entry.id),
          entry,
          number: data.number,
          date: data.date,
          publishedAt: startOfDay(data.date, site.timeZone),
          period: data.period,
          title: editionUi.title(data.number, data.period),
          sections,
          articles: sections.flatMap((section) => section.articles),
          printRun: data.printRun,
          printer: data.printer,
          cover: data.cover,
          draft: data.draft,
          pdf: { name, url: paths.editionPdf(entry.id, name) },
          printUrl: paths.editionPrint(entry.id),
        };
      })
      .filter((edition) => showDrafts || (!edition.draft && edition.publishedAt.getTime() <= now))
      .sort((a, b) => b.number - a.number || (a.id < b.id ? -1 : 1));
    const byArticle = new Map<string, Edition[]>();
    for (const edition of [...list].reverse()) {
      for (const article of edition.articles) byArticle.set(article.id, [...(byArticle.get(article.id) ?? []), edition]);
    }
    return { all: list, byArticle };
  })();
  return editions;
}

/** What an article page says of the editions carrying it, for its cache key. */
export const editionsShown = (list: readonly Edition[] | undefined) => (list ?? []).map((edition) => [edition.id, edition.title]);
