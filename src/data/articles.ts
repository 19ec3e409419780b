import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from '../lib/order-and-group.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { bodySummaryOf } from '../loaders/with-body-summary.ts';
import { citedDocumentIds } from '../loaders/with-citations.ts';
import { zonedParts } from '../lib/dates.ts';
import { buildInstant, publicationState, type PublicationState } from '../lib/publication.ts';
import { paths, site } from './site.ts';
import { showDrafts } from './show-drafts.ts';
import { getRegistry } from './registry.ts';
import type { Author, Unit } from '../schemas/unit.ts';

export interface Article {
  id: string;
  url: string;
  entry: CollectionEntry<'articles'>;
  title: string;
  lede: string;
  date: Date;
  updated: Date | undefined;
  year: number;
  month: number;
  authors: Author[];
  unit: Unit;
  /** The unit's ancestors, top-level first */
  unitPath: Unit[];
  location: string | undefined;
  source: CollectionEntry<'articles'>['data']['source'];
  cover: CollectionEntry<'articles'>['data']['cover'];
  tags: string[];
  /** `published` in production builds; `npm run dev` also shows drafts and scheduled articles, marked */
  state: PublicationState;
  readingMinutes: number;
  /** Ids of the documents the body links to (its citations, see src/markdown/citation-links.ts) */
  cites: string[];
}

let articles: Promise<Article[]> | undefined;

/**
 * Every published article, newest first: the one place that decides what is published and in which
 * order. Loaded once per build and shared by all pages.
 */
export function getArticles(): Promise<Article[]> {
  articles ??= (async () => {
    const now = buildInstant(process.env.SOURCE_DATE_EPOCH);
    const [entries, registry] = await Promise.all([
      getCollection('articles', (entry) => showDrafts || publicationState(entry.data, now) === 'published'),
      getRegistry(),
    ]);
    const list = entries.map((entry): Article => {
      const { data } = entry;
      const summary = bodySummaryOf(data);
      const unit = registry.units.byId.get(data.unit);
      if (!unit) throw new Error(`${entry.filePath}: unit: mã đơn vị "${data.unit}" chưa có trong content/units.yaml`);
      const authors = data.author.map((id) => {
        const author = registry.authors.get(id);
        if (!author) throw new Error(`${entry.filePath}: author: mã tác giả "${id}" chưa có trong content/authors.yaml`);
        return author;
      });
      const local = zonedParts(data.date, site.timeZone);
      return {
        id: entry.id,
        url: paths.article(entry.id),
        entry,
        title: data.title,
        lede: data.lede,
        date: data.date,
        updated: data.updated,
        year: local.year,
        month: local.month,
        authors,
        unit,
        unitPath: registry.units.ancestors(unit.id),
        location: data.location,
        source: data.source,
        cover: data.cover,
        tags: data.tags,
        state: publicationState(data, now),
        readingMinutes: readingMinutes(summary?.words ?? 0),
        cites: citedDocumentIds(data),
      };
    });
    return list.sort(compareNewestFirst);
  })();
  return articles;
}
