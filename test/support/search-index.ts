/**
 * Small search indexes for the search engine's tests: article pages written as the site builds them (the
 * `data-search-body` element and `search:` meta tags), indexed by the build's own code, and read back from disk
 * the way the browser reads them, counting the files read.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml } from '../../src/lib/text.ts';
import { IndexFiles, Search, type Filters } from '../../src/lib/search-engine.ts';
import { MANIFEST_PATH, type SearchManifest } from '../../src/lib/search-manifest.ts';
import { parseQuery } from '../../src/lib/search-query.ts';
import { buildSearchIndex } from '../../src/search-index/build-search-index.ts';
import { tmpRoot } from './paths.ts';

export interface TestArticle {
  /** the page's path under /bai-viet/ */
  id: string;
  date: string;
  title: string;
  lede?: string;
  body?: string[];
  unit?: string;
}

export function articleHtml(article: TestArticle): string {
  const meta = (name: string, content: string) => `<meta name="search:${name}" content="${escapeHtml(content)}">`;
  const unit = article.unit ?? 'Văn phòng Chính phủ';
  return (
    `<!doctype html><html lang="vi"><head>${meta('date', new Date(article.date).toISOString())}${meta('dateline', article.date)}` +
    `${meta('unit-name', unit)}${meta('unit', unit)}${meta('year', article.date.slice(0, 4))}</head><body><main>` +
    `<article data-search-body><h1 data-search="title">${escapeHtml(article.title)}</h1>` +
    `<p data-search="lede">${escapeHtml(article.lede ?? '')}</p>${(article.body ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></main></body></html>`
  );
}

export interface TestIndex {
  manifest: SearchManifest;
  /** the folder of the manifest: the index's files are relative to it */
  indexDir: string;
  /** files read since the last `reset()` */
  reads: string[];
  reset(): void;
  search(q: string, options?: { filters?: Filters }): Search;
  /** a search of the documents, as the search page makes it beside the articles' */
  searchDocuments(q: string): Search;
  /** the articles' ids for a page of hits */
  ids(hits: readonly { tier: number; doc: number }[]): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Index `articles` (and `documents`, pages of `/van-ban/`) with the build's code (shards of `maxPages`, a first tier
 * of `firstTierPages`).
 */
export async function testIndex(
  articles: readonly TestArticle[],
  limits = { maxPages: 500, firstTierPages: 300 },
  documents: readonly TestArticle[] = [],
): Promise<TestIndex> {
  await mkdir(tmpRoot, { recursive: true });
  const root = await mkdtemp(join(tmpRoot, 'search-'));
  const dist = join(root, 'dist');
  for (const [folder, pages] of [['bai-viet', articles], ['van-ban', documents]] as const) {
    for (const page of pages) {
      await mkdir(join(dist, folder, page.id), { recursive: true });
      await writeFile(join(dist, folder, page.id, 'index.html'), articleHtml(page));
    }
  }
  await buildSearchIndex({ dist, cacheDir: join(root, 'cache'), timeZone: 'Asia/Ho_Chi_Minh', limits });
  const indexDir = join(dist, MANIFEST_PATH, '..');
  const manifest = JSON.parse(await readFile(join(dist, MANIFEST_PATH), 'utf8')) as SearchManifest;
  const reads: string[] = [];
  let files = new IndexFiles(manifest, async (path) => {
    reads.push(path);
    return JSON.parse(await readFile(join(indexDir, path), 'utf8'));
  });
  return {
    manifest,
    indexDir,
    reads,
    reset() {
      reads.length = 0;
      files = new IndexFiles(manifest, async (path) => {
        reads.push(path);
        return JSON.parse(await readFile(join(indexDir, path), 'utf8'));
      });
    },
    search: (q, options = {}) => new Search(files, parseQuery(q), options.filters ?? {}, manifest.tiers),
    searchDocuments: (q) => new Search(files, parseQuery(q), {}, [manifest.documents!]),
    ids: (hits) => Promise.all(hits.map(async (hit) => (await files.fragment(manifest.tiers[hit.tier]!, hit.doc)).u.replace(/^\/bai-viet\/|\/$/g, ''))),
    close: () => rm(root, { recursive: true, force: true }),
  };
}
