import { sha256 } from '../node/digest.ts';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inBatches } from '../node/batches.ts';
import { filesUnder } from '../node/files.ts';
import { indexedPage, type IndexedPage } from './indexed-page.ts';
import { ARTICLES_SEGMENT, DOCUMENTS_SEGMENT } from '../lib/paths.ts';

export interface PageFile {
  /** site path, e.g. `/bai-viet/2020/tap-trung/` */
  url: string;
  file: string;
}

/** What the shard plan and the cache need of a page: its date, its filters and a digest of what is indexed. */
export interface PageSummary extends PageFile {
  date: Date;
  filters: Record<string, string[]>;
  digest: string;
  /** the file as it was read, to know later whether it changed since */
  size: number;
  mtimeMs: number;
  /** digest of the file's bytes: what a later build, in another folder or with new file times, compares */
  fileDigest: string;
}

/** Article pages under `dist/bai-viet/`, sorted by URL. */
export async function articlePages(dist: string): Promise<PageFile[]> {
  const files = await filesUnder(join(dist, ARTICLES_SEGMENT)).catch(() => []);
  return files
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((path) => ({ url: `/${ARTICLES_SEGMENT}/${path.slice(0, -'index.html'.length)}`, file: join(dist, ARTICLES_SEGMENT, path) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Document pages: `dist/van-ban/<id>/index.html`, one folder deep (the list's pages and filters are deeper or carry
 * reserved names, and are not indexed: they have no `data-search-body`).
 */
export async function documentPages(dist: string): Promise<PageFile[]> {
  const files = await filesUnder(join(dist, DOCUMENTS_SEGMENT)).catch(() => []);
  const pages = files
    .filter((path) => /^[^/]+\/index\.html$/.test(path))
    .map((path) => ({ url: `/${DOCUMENTS_SEGMENT}/${path.slice(0, -'index.html'.length)}`, file: join(dist, DOCUMENTS_SEGMENT, path) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const indexed = await inBatches(pages, 32, async (page) => /\sdata-search-body[\s>=]/.test(await readFile(page.file, 'utf8')));
  return pages.filter((_, i) => indexed[i]);
}

/** Read pages, in order. */
export function readPages(files: readonly PageFile[]): Promise<IndexedPage[]> {
  return inBatches(files, 32, async (page) => indexedPage(page.url, await readFile(page.file, 'utf8')));
}

export async function summarise(page: PageFile): Promise<PageSummary> {
  const [bytes, info] = await Promise.all([readFile(page.file), stat(page.file)]);
  const indexed = indexedPage(page.url, bytes.toString('utf8'));
  const fileDigest = sha256(bytes, 'base64url');
  return { ...page, date: indexed.date, filters: indexed.filters, digest: sha256(JSON.stringify(indexed)), size: info.size, mtimeMs: info.mtimeMs, fileDigest };
}

/**
 * Summaries of every page, 32 at a time: `known` ones (read earlier in the build) are kept when their file has the
 * same size and modification time, the others are read.
 */
export function summarisePages(files: readonly PageFile[], known: ReadonlyMap<string, PageSummary> = new Map()): Promise<PageSummary[]> {
  return inBatches(files, 32, async (page) => {
    const earlier = known.get(page.url);
    if (earlier) {
      const info = await stat(page.file);
      if (info.size === earlier.size && info.mtimeMs === earlier.mtimeMs) return earlier;
    }
    return summarise(page);
  });
}
