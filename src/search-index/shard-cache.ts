/**
 * Search shards kept between builds, in the build's cache folder (`<cacheDir>/search/shards/`), each in a folder
 * named by its period and a digest of exactly what it indexes: its pages' indexed text and the index's format.
 * A folder is complete (it holds `.complete`) or absent, so an interrupted build leaves nothing half-written.
 */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPages, type PageSummary } from './page-summary.ts';
import { contentTag, sha256 } from '../node/digest.ts';
import { planShards, type PlannedShard, type ShardLimits } from './shard-plan.ts';
import { shardTable, writeShardTable } from './shard-table.ts';

/**
 * Bumped when what the index records of a page changes (fields, terms, tokenising), so that every cached shard and
 * tier is rebuilt.
 */
export const FORMAT = 6;

export type CachedShard = PlannedShard<PageSummary> & { dir: string };

export interface IndexingFigures {
  seconds: number;
}

/** What every shard's key starts with. */
export const shardVersion = () => sha256(JSON.stringify({ FORMAT }));

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
    dir: `${shard.id}-${contentTag(version + shard.pages.map((page) => page.digest).join('\n'))}`,
  }));
}

/** The cache folders of the index's parts. */
export const searchCache = (cacheDir: string) => ({
  shards: join(cacheDir, 'search', 'shards'),
  tiers: join(cacheDir, 'search', 'tiers'),
  directories: join(cacheDir, 'search', 'directories'),
});

export const isCached = (shardsRoot: string, shard: { dir: string }) => existsSync(join(shardsRoot, shard.dir, '.complete'));

/**
 * Index the shards the cache lacks, one after another, each read and tokenised into its term table;
 * `onIndexed` hears of each when it is in the cache.
 */
export async function fillCache(
  shardsRoot: string,
  shards: readonly CachedShard[],
  onIndexed: (shard: CachedShard, figures: IndexingFigures) => void,
): Promise<void> {
  for (const shard of shards) {
    if (isCached(shardsRoot, shard)) continue;
    const started = performance.now();
    const partial = join(shardsRoot, `${shard.dir}.partial`);
    await rm(partial, { recursive: true, force: true });
    await writeShardTable(partial, shardTable(await readPages(shard.pages)));
    await writeFile(join(partial, '.complete'), '');
    await rm(join(shardsRoot, shard.dir), { recursive: true, force: true });
    await rename(partial, join(shardsRoot, shard.dir));
    onIndexed(shard, { seconds: (performance.now() - started) / 1000 });
  }
}
