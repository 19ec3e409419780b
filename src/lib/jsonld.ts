import { toZonedIso } from './dates.ts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  authors: { name: string; url: string }[];
  section: string;
  publisher: { name: string; url: string; logo: string };
  image?: string | undefined;
  keywords: readonly string[];
  timeZone: string;
}

/** schema.org `NewsArticle` for search engines; instants carry the site zone's offset (`+07:00`). */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: toZonedIso(input.datePublished, input.timeZone),
    dateModified: toZonedIso(input.dateModified ?? input.datePublished, input.timeZone),
    author: input.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logo },
    },
    articleSection: input.section,
    inLanguage: 'vi',
    ...(input.image ? { image: [input.image] } : {}),
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
