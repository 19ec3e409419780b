import { slugify } from './slug.ts';

/**
 * URL segments under `/van-ban/` that are listings, not documents: a document file may not take one as its name.
 * `trang` pages the list; the others are its filters (by kind, issuer, year, status).
 */
export const DOCUMENT_FACETS = { kind: 'loai', issuer: 'co-quan', year: 'nam', status: 'hieu-luc' } as const;
export type DocumentFacet = keyof typeof DOCUMENT_FACETS;
export const RESERVED_DOCUMENT_IDS: ReadonlySet<string> = new Set(['trang', ...Object.values(DOCUMENT_FACETS)]);

/**
 * The permanent id (and URL segment) of a document: its file name under `content/documents/` without `.md`, in
 * ASCII. `35-CT-TW.md` → `35-ct-tw`. Name files after the number, so the URL says which document it is.
 */
export function documentId(relativePath: string): string {
  return slugify(relativePath.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/i, ''));
}
