/**
 * The search index of a built site: its article pages cut into shards by publication period, each indexed by its
 * own Pagefind indexer (stopped between shards) or reused from the cache when nothing it indexes changed, then
 * laid out under `dist/pagefind/` with a manifest the search page reads.
 */
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inBatches } from '../node/batches.ts';
import { zonedParts } from '../lib/dates.ts';
import { filesUnder } from '../node/files.ts';
import { DOCUMENTS_SHARD, MANIFEST_PATH, type Facets, type SearchManifest } from '../lib/search-manifest.ts';
import type { IndexingFigures } from './index-shard.ts';
import { isRuntimeFile } from './index-shard.ts';
import { ARTICLES, articlePages, documentPages, sha, summarisePages, type PageSummary } from './page-summary.ts';
import type { Prewarmed } from './prewarm.ts';
import { cachedShards, fillCache, isCached, shardVersion, type CachedShard } from './shard-cache.ts';
import { saveSummaries } from './summary-cache.ts';
import { DEFAULT_LIMITS, planTiers, type ShardLimits } from './shard-plan.ts';

export interface SearchIndexOptions {
  /** the built site */
  dist: string;
  /** the build's cache folder: shards are kept in its `search/` folder, so a cold build (no cache) re-indexes all */
  cacheDir: string;
  timeZone: string;
  limits?: ShardLimits | undefined;
  /** pages read and shards indexed while Astro rendered (prewarm.ts) */
  prewarmed?: Prewarmed | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface ShardReport {
  id: string;
  pages: number;
  reused: boolean;
  seconds?: number | undefined;
  peakMiB?: number | undefined;
}

/**
 * Put the files under `from` that `keep` accepts (by `/`-separated relative path) under `to`: hard links where the
 * file system allows (a shard's files are never written again once cached, and copying 14,000 files took 5 to 10 s
 * on this project's build machines), copies where it does not.
 */
async function linkFiles(from: string, to: string, keep: (path: string) => boolean): Promise<void> {
  const files = (await filesUnder(from)).filter(keep);
  for (const dir of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(dir, { recursive: true });
  await inBatches(files, 64, (file) => link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file))));
}

function countFacets(pages: readonly { filters: Record<string, string[]> }[]): Facets {
  const facets: Facets = {};
  for (const { filters } of pages) {
    for (const [name, values] of Object.entries(filters)) {
      const counts = (facets[name] ??= {});
      for (const value of new Set(values)) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/** All documents as one shard: a site has hundreds of documents where it has thousands of articles. */
function documentShard(pages: readonly PageSummary[], version: string, timeZone: string): CachedShard | undefined {
  if (pages.length === 0) return undefined;
  const months = pages.map((page) => zonedParts(page.date, timeZone)).map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`).sort();
  const years = [...new Set(months.map((month) => Number(month.slice(0, 4))))];
  const dir = `${DOCUMENTS_SHARD}-${sha(version + pages.map((page) => page.digest).join('\n')).slice(0, 16)}`;
  return { id: DOCUMENTS_SHARD, from: months[0]!, to: months.at(-1)!, years, pages: [...pages], dir };
}

export async function buildSearchIndex(options: SearchIndexOptions): Promise<{ pages: number; shards: ShardReport[]; documents: ShardReport | undefined }> {
  const { dist, log = () => {} } = options;
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = await articlePages(dist);
  if (files.length === 0) throw new Error(`no article page under ${join(dist, ARTICLES)} to index for search`);
  const pages = await summarisePages(files, options.prewarmed?.summaries);
  const version = await shardVersion();
  const shards = cachedShards(pages, options.timeZone, limits, version);
  const documentsPages = await summarisePages(await documentPages(dist));
  const documents = documentShard(documentsPages, version, options.timeZone);

  const read = performance.now();
  const cacheRoot = join(options.cacheDir, 'search');
  await mkdir(cacheRoot, { recursive: true });
  const reports = new Map<string, ShardReport>();
  const report = (shard: (typeof shards)[number], figures: IndexingFigures | undefined, when = '') => {
    reports.set(shard.id, { id: shard.id, pages: shard.pages.length, reused: !figures, ...figures });
    if (!figures) return log(`shard ${shard.id}: ${shard.pages.length} pages reused from the cache`);
    const memory = figures.peakMiB ? `, indexer peak ${Math.round(figures.peakMiB)} MiB` : '';
    log(`shard ${shard.id}: ${shard.pages.length} pages indexed in ${figures.seconds.toFixed(1)} s${memory}${when}`);
  };
  for (const shard of shards) {
    const early = options.prewarmed?.figures.get(shard.dir);
    if (isCached(cacheRoot, shard)) report(shard, early, early ? ' (while Astro rendered pages)' : '');
  }
  if (documents && isCached(cacheRoot, documents)) report(documents, undefined);
  await fillCache(cacheRoot, documents ? [...shards, documents] : shards, (shard, figures) => report(shard, figures));

  const indexed = performance.now();
  // The site's copy: every shard's index, Pagefind's runtime once (in the newest shard), the facets and the manifest.
  const out = join(dist, 'pagefind');
  await rm(out, { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    const from = join(cacheRoot, shard.dir);
    await linkFiles(from, join(out, shard.dir), (path) => path !== '.complete' && (i === 0 || !isRuntimeFile(path)));
  }
  if (documents) await linkFiles(join(cacheRoot, documents.dir), join(out, documents.dir), (path) => path !== '.complete' && !isRuntimeFile(path));
  const copied = performance.now();
  const facets = JSON.stringify(countFacets([...pages, ...documentsPages]));
  const facetsFile = `facets.${sha(facets).slice(0, 16)}.json`;
  await writeFile(join(out, facetsFile), facets);
  const manifest: SearchManifest = {
    version: 1,
    shards: shards.map(({ id, dir, from, to, years, pages: list }) => ({ id, dir: `${dir}/`, from, to, years, pages: list.length })),
    tiers: planTiers(
      shards.map((shard) => shard.pages.length),
      limits.firstTierPages,
    ),
    facets: facetsFile,
    ...(documents ? { documents: { id: documents.id, dir: `${documents.dir}/`, from: documents.from, to: documents.to, years: documents.years, pages: documents.pages.length } } : {}),
  };
  await writeFile(join(dist, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);

  await saveSummaries(options.cacheDir, dist, pages);

  // Shards no build uses any more leave the cache.
  const used = new Set([...shards, ...(documents ? [documents] : [])].map((shard) => shard.dir));
  for (const entry of await readdir(cacheRoot)) if (!used.has(entry)) await rm(join(cacheRoot, entry), { recursive: true, force: true });

  const reused = [...reports.values()].filter((entry) => entry.reused).length;
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  log(
    `indexed ${pages.length} article page(s) in ${shards.length} shard(s) (${reused} reused) in ${Math.round(performance.now() - started)} ms: ` +
      `reading pages ${seconds(started, read)} (${options.prewarmed?.kept ?? 0} kept from the last build), indexing ${seconds(read, indexed)}, copying ${seconds(indexed, copied)}, the rest ${seconds(copied, performance.now())}`,
  );
  return { pages: pages.length, shards: shards.map((shard) => reports.get(shard.id)!), documents: documents && reports.get(documents.id) };
}
