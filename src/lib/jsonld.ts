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

export interface DocumentInput {
  url: string;
  /** `Chỉ thị số 35-CT/TW` */
  name: string;
  number: string;
  kind: string;
  summary: string;
  issuer: { name: string; url?: string | undefined };
  /** `YYYY-MM-DD` */
  issued: string;
  effective?: string | undefined;
  inForce: boolean;
  /** a State legal normative document: schema.org `Legislation`; anything else is a `DigitalDocument` */
  legislation: boolean;
  files: readonly { url: string; type: string; bytes: number; name: string }[];
  /** URLs of the documents it replaces */
  replaces: readonly string[];
  keywords: readonly string[];
  publisher: { name: string; url: string };
}

const MEDIA_TYPES: Record<string, string> = {
  PDF: 'application/pdf',
  DOC: 'application/msword',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
};

/**
 * schema.org for a document: `Legislation` for State legal normative documents (with their identifier, type, date,
 * the body that passed them and whether they are in force), `DigitalDocument` for the rest (Party documents,
 * administrative decisions, dispatches), which schema.org's legislation vocabulary does not describe.
 */
export function documentJsonLd(input: DocumentInput): Record<string, unknown> {
  const issuer = { '@type': 'Organization', name: input.issuer.name, ...(input.issuer.url ? { url: input.issuer.url } : {}) };
  const common = {
    '@context': 'https://schema.org',
    '@id': input.url,
    url: input.url,
    name: input.name,
    abstract: input.summary,
    inLanguage: 'vi',
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    ...(input.files.length
      ? {
          associatedMedia: input.files.map((file) => ({
            '@type': 'MediaObject',
            name: file.name,
            contentUrl: file.url,
            encodingFormat: MEDIA_TYPES[file.type] ?? file.type,
            contentSize: `${file.bytes} B`,
          })),
        }
      : {}),
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
  };
  if (input.legislation) {
    return {
      ...common,
      '@type': 'Legislation',
      legislationIdentifier: input.number,
      legislationType: input.kind,
      legislationDate: input.issued,
      ...(input.effective ? { legislationDateOfApplicability: input.effective } : {}),
      legislationPassedBy: issuer,
      legislationJurisdiction: 'VN',
      legislationLegalForce: input.inForce ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce',
      ...(input.replaces.length ? { legislationRepeals: input.replaces.map((url) => ({ '@id': url })) } : {}),
    };
  }
  return {
    ...common,
    '@type': 'DigitalDocument',
    identifier: input.number,
    genre: input.kind,
    dateCreated: input.issued,
    author: issuer,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface EditionInput {
  url: string;
  /** `Bản tin Công tác Văn phòng, số 12 – Tháng 6/2024` */
  name: string;
  issueNumber: number;
  /** `YYYY-MM-DD` */
  datePublished: string;
  periodical: { name: string; url: string };
  publisher: { name: string; url: string };
  pdf: { url: string; bytes?: number | undefined } | undefined;
  /** the articles' URLs, in print order */
  articles: readonly string[];
}

/** schema.org `PublicationIssue` of a printed edition, part of the bulletin as a `Periodical`. */
export function editionJsonLd(input: EditionInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    '@id': input.url,
    url: input.url,
    name: input.name,
    issueNumber: String(input.issueNumber),
    datePublished: input.datePublished,
    inLanguage: 'vi',
    isPartOf: { '@type': 'Periodical', name: input.periodical.name, url: input.periodical.url },
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    ...(input.pdf ? { encoding: { '@type': 'MediaObject', contentUrl: input.pdf.url, encodingFormat: 'application/pdf' } } : {}),
    hasPart: input.articles.map((url) => ({ '@type': 'NewsArticle', url })),
  };
}
