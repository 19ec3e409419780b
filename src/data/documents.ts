import { statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { attachmentName, attachmentType } from '../lib/attachments.ts';
import { startOfDay } from '../lib/dates.ts';
import { DOCUMENT_FACETS, type DocumentFacet } from '../lib/document-id.ts';
import { findKind } from '../lib/document-kinds.ts';
import { checkNumber } from '../lib/document-number.ts';
import { compareVi } from '../lib/text.ts';
import { slugify } from '../lib/slug.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../schemas/document.ts';
import type { Unit } from '../schemas/unit.ts';
import { contentDir } from '../node/project-dirs.ts';
import { hasMarkdownFiles } from '../node/files.ts';
import { getArticles, type Article } from './articles.ts';
import { getRegistry } from './registry.ts';
import { paths, site } from './site.ts';
import { ui } from '../i18n/vi.ts';

export interface Attachment {
  /** the published file name, ASCII: `toan-van.pdf` */
  name: string;
  url: string;
  /** what the editor called it, else the file name as written */
  title: string;
  /** `PDF`, `DOCX`, … */
  type: string;
  bytes: number;
  /** the file in the content folder */
  source: string;
}

export interface Document {
  id: string;
  url: string;
  entry: CollectionEntry<'documents'>;
  number: string;
  kind: string;
  /** `Chỉ thị số 35-CT/TW` */
  title: string;
  summary: string;
  issuer: { name: string; slug: string; unit: Unit | undefined };
  signer: string | undefined;
  /** `YYYY-MM-DD` */
  issued: string;
  /** the first instant of the day of issue in the site's zone: feeds and search sort by it */
  issuedAt: Date;
  year: number;
  effective: string | undefined;
  status: DocumentStatus;
  /** a State legal normative document (văn bản quy phạm pháp luật): its number carries its year */
  normative: boolean;
  replacedBy: Document | undefined;
  /** the documents this one replaces */
  replaces: Document[];
  tags: string[];
  files: Attachment[];
  /** published articles linking to it, newest first */
  citedBy: Article[];
}

/** One value of a filter of the list: a kind, an issuer, a year, a status, with its documents, newest first. */
export interface FacetValue {
  slug: string;
  name: string;
  documents: Document[];
}

export interface Documents {
  /** newest first */
  all: Document[];
  byId: ReadonlyMap<string, Document>;
  /** each filter's values, in the order the list shows them */
  facets: Record<DocumentFacet, FacetValue[]>;
}

/** Newest issued first; the same day, by number. */
const newestFirst = (a: Document, b: Document) => (a.issued === b.issued ? compareVi(a.number, b.number) : a.issued < b.issued ? 1 : -1);

function attachments(entry: CollectionEntry<'documents'>, id: string): Attachment[] {
  const dir = join(contentDir(), 'documents');
  return entry.data.files.map((file) => {
    const source = join(dir, posix.normalize(file.src));
    const name = attachmentName(file.src);
    return { name, url: paths.attachment(id, name), title: file.title ?? file.src.split('/').pop()!, type: attachmentType(file.src)!, bytes: statSync(source).size, source };
  });
}

function facet(documents: readonly Document[], key: (d: Document) => { slug: string; name: string }, order: (a: FacetValue, b: FacetValue) => number): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const document of documents) {
    const { slug, name } = key(document);
    const value = values.get(slug) ?? { slug, name, documents: [] };
    value.documents.push(document);
    values.set(slug, value);
  }
  return [...values.values()].sort(order);
}

let documents: Promise<Documents> | undefined;

/** Every document, with what replaces what and the published articles citing each: loaded once per build. */
export function getDocuments(): Promise<Documents> {
  documents ??= (async () => {
    // Asked only when there are documents: Astro warns about an empty collection in every build.
    const stored = hasMarkdownFiles(join(contentDir(), 'documents')) ? getCollection('documents') : Promise.resolve([]);
    const [entries, registry, articles] = await Promise.all([stored, getRegistry(), getArticles()]);
    const list = entries.map((entry): Document => {
      const { data } = entry;
      const unit = registry.units.byId.get(data.issuer);
      const parsed = checkNumber(data.number, findKind(data.kind)!);
      return {
        id: entry.id,
        url: paths.document(entry.id),
        entry,
        number: data.number,
        kind: data.kind,
        title: ui.documentTitle(data.kind, data.number),
        summary: data.summary,
        issuer: { name: unit?.name ?? data.issuer, slug: unit?.id ?? slugify(data.issuer), unit },
        signer: data.signer,
        issued: data.issued,
        issuedAt: startOfDay(data.issued, site.timeZone),
        year: Number(data.issued.slice(0, 4)),
        effective: data.effective,
        status: data.status ?? (data.replacedBy ? 'bi-thay-the' : 'con-hieu-luc'),
        normative: parsed.ok && parsed.number.year !== undefined,
        replacedBy: undefined,
        replaces: [],
        tags: data.tags,
        files: attachments(entry, entry.id),
        citedBy: [],
      };
    });
    list.sort(newestFirst);
    const byId = new Map(list.map((document) => [document.id, document]));
    for (const document of list) {
      const by = document.entry.data.replacedBy;
      if (!by) continue;
      document.replacedBy = byId.get(by);
      document.replacedBy?.replaces.push(document);
    }
    for (const article of articles) for (const id of article.cites) byId.get(id)?.citedBy.push(article);
    const byName = (a: FacetValue, b: FacetValue) => compareVi(a.name, b.name);
    return {
      all: list,
      byId,
      facets: {
        kind: facet(list, (d) => ({ slug: slugify(d.kind), name: d.kind }), byName),
        issuer: facet(list, (d) => ({ slug: d.issuer.slug, name: d.issuer.name }), byName),
        year: facet(list, (d) => ({ slug: String(d.year), name: String(d.year) }), (a, b) => Number(b.slug) - Number(a.slug)),
        status: facet(list, (d) => ({ slug: d.status, name: ui.documentStatus[d.status] }), (a, b) => DOCUMENT_STATUSES.indexOf(a.slug as DocumentStatus) - DOCUMENT_STATUSES.indexOf(b.slug as DocumentStatus)),
      },
    };
  })();
  return documents;
}

/** The filters in the order the list shows them, with their URL segments. */
export const FACETS = Object.keys(DOCUMENT_FACETS) as DocumentFacet[];
