import type { APIRoute } from 'astro';
import { getEditions } from '@/data/editions.ts';
import { feedResponse } from '@/data/feeds.ts';
import { site } from '@/data/site.ts';
import { editionUi } from '@/i18n/editions.ts';

/** New editions: the number and period as the title, the articles' titles as the description. */
export const GET: APIRoute = async () => {
  const { all } = await getEditions();
  return feedResponse(
    `${editionUi.feed} — ${site.name}`,
    editionUi.editionsIntro,
    all.map((edition) => ({
      title: editionUi.fullTitle(site.name, edition.number, edition.period),
      url: edition.url,
      lede: `${editionUi.inThisEdition}: ${edition.articles.map((article) => article.title).join('; ')}`,
      date: edition.publishedAt,
      authorNames: [site.organisation],
      unitName: editionUi.bulletin,
      tags: edition.sections.map((section) => section.title),
    })),
  );
};
