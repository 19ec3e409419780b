/**
 * Search shards kept between builds, in the build's cache folder (`<cacheDir>/search/`), each in a folder named by
 * its period and a digest of exactly what it indexes: its pages' indexed documents, Pagefind's version and options.
 * A folder is complete (it holds `.complete`) or absent, so an interrupted build leaves nothing half-written.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_OPTIONS, indexShards, type IndexingFigures } from './index-shard.ts';
import { readPages, sha, type PageSummary } from './page-summary.ts';
import { planShards, type PlannedShard, type ShardLimits } from './shard-plan.ts';

/** Bumped when what bantin gives Pagefind changes shape, so every cached shard is rebuilt. */
const FORMAT = 1;

export type CachedShard = PlannedShard<PageSummary> & { dir: string };

/** What every shard's key starts with: the format, Pagefind's version and the options it indexes with. */
export async function shardVersion(): Promise<string> {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(await readFile(fileURLToPath(packageJson), 'utf8')) as { version: string };
  return sha(JSON.stringify({ FORMAT, pagefind: version, options: PAGEFIND_OPTIONS }));
}

/**
 * Shards of these pages, newest first, each named by its period and the digest of what it indexes. Pages are taken
 * in URL order, whatever order they come in, so the same pages always make the same shard.
 */
export function cachedShards(
  pages: readonly PageSummary[],
  timeZone: string,
  limits: ShardLimits,
  version: string,
  completeAfter?: number,
): CachedShard[] {
  const ordered = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return planShards(ordered, (page) => page.date, timeZone, limits, completeAfter).map((shard) => ({
    ...shard,
    dir: `${shard.id}-${sha(version + shard.pages.map((page) => page.digest).join('\n')).slice(0, 16)}`,
  }));
}

export const isCached = (cacheRoot: string, shard: CachedShard) => existsSync(join(cacheRoot, shard.dir, '.complete'));

/**
 * Index the shards the cache lacks, one after another; `onIndexed` hears of each when it is in the cache.
 */
export async function fillCache(
  cacheRoot: string,
  shards: readonly CachedShard[],
  onIndexed: (shard: CachedShard, figures: IndexingFigures) => void,
): Promise<void> {
  const missing = shards.filter((shard) => !isCached(cacheRoot, shard));
  for (const shard of missing) await rm(join(cacheRoot, `${shard.dir}.partial`), { recursive: true, force: true });
  await indexShards(
    missing.map((shard) => ({ shard, outDir: join(cacheRoot, `${shard.dir}.partial`), documents: () => readPages(shard.pages) })),
    async ({ shard, outDir }, figures) => {
      await writeFile(join(outDir, '.complete'), '');
      await rm(join(cacheRoot, shard.dir), { recursive: true, force: true });
      await rename(outDir, join(cacheRoot, shard.dir));
      onIndexed(shard, figures);
    },
  );
}
