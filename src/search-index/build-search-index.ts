/**
 * The search index of a built site (`dist/chi-muc/`). Article pages are read as built and cut into shards by
 * period of publication; each shard is tokenised once into a term table kept in the build's cache
 * (shard-table.ts). Shards are merged into tiers, newest first, each later tier at least four times the one before
 * (tier-index.ts); the documents make a tier of their own. One directory (directory.ts) tells what every tier
 * holds of each term. Tiers and the directory are cached too, by the digests of what they hold: an edit rebuilds
 * its shard, its tier and the directory. A manifest names them all for the search page.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inBatches } from '../node/batches.ts';
import { monthKey, zonedParts } from '../lib/dates.ts';
import { filesUnder } from '../node/files.ts';
import { DOCUMENTS_KEY, INDEX_DIR, MANIFEST_PATH, type FilterCounts, type SearchManifest, type TierEntry } from '../lib/search-manifest.ts';
import { articlePages, documentPages, summarisePages, type PageSummary } from './page-summary.ts';
import { contentTag } from '../node/digest.ts';
import { ARTICLES_SEGMENT, DOCUMENTS_SEGMENT } from '../lib/paths.ts';
import type { Prewarmed } from './prewarm.ts';
import { FORMAT, cachedShards, fillCache, isCached, searchCache, shardVersion, type CachedShard, type IndexingFigures } from './shard-cache.ts';
import { saveSummaries } from './summary-cache.ts';
import { DEFAULT_LIMITS, planTiers, type ShardLimits } from './shard-plan.ts';
import { buildTier, type TierFigures, type TierKind } from './tier-index.ts';
import { buildDirectory } from './directory.ts';

export interface SearchIndexOptions {
  /** the built site */
  dist: string;
  /** the build's cache folder: the index is kept in its `search/` folder, so a cold build (no cache) rebuilds all */
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
}

/**
 * Put the files under `from` under `to`: hard links where the file system allows (a cached file is never written
 * again, and copying 14,000 files took 5 to 10 s on this project's build machines), copies where it does not.
 */
async function linkFiles(from: string, to: string): Promise<void> {
  const files = await filesUnder(from);
  for (const dir of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(dir, { recursive: true });
  await inBatches(files, 64, (file) => link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file))));
}

function countFilters(pages: readonly { filters: Record<string, string[]> }[]): FilterCounts {
  const facets: FilterCounts = {};
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
  const months = pages.map((page) => zonedParts(page.date, timeZone)).map(({ year, month }) => monthKey(year, month)).sort();
  const years = [...new Set(months.map((month) => Number(month.slice(0, 4))))];
  const dir = `${DOCUMENTS_SEGMENT}-${contentTag(version + pages.map((page) => page.digest).join('\n'))}`;
  return { id: DOCUMENTS_SEGMENT, from: months[0]!, to: months.at(-1)!, years, pages: [...pages], dir };
}

interface PlannedTier {
  id: string;
  dir: string;
  shards: CachedShard[];
  kind: TierKind;
}

/** A tier's folder and id: the periods of its oldest and newest shards, and a digest of its shards and kind. */
function planTier(shards: CachedShard[], kind: TierKind): PlannedTier {
  const id = shards.length === 1 ? shards[0]!.id : `${shards.at(-1)!.id}_${shards[0]!.id}`;
  return { id, shards, kind, dir: `${id}-${contentTag(JSON.stringify({ FORMAT, kind, shards: shards.map((s) => s.dir) }))}` };
}

/** A tier from the cache, or built into it now; its published files are in `<tier>/pub/`. */
async function cachedTier(tiersRoot: string, shardsRoot: string, tier: PlannedTier, timeZone: string): Promise<{ figures: TierFigures; built: boolean }> {
  const dir = join(tiersRoot, tier.dir);
  if (existsSync(join(dir, '.complete'))) return { figures: JSON.parse(await readFile(join(dir, 'tier.json'), 'utf8')) as TierFigures, built: false };
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  const figures = await buildTier(
    { shards: tier.shards.map((shard) => join(shardsRoot, shard.dir)), kind: tier.kind },
    join(partial, 'pub'),
    join(partial, 'directory'),
    timeZone,
  );
  await writeFile(join(partial, 'tier.json'), JSON.stringify(figures));
  await writeFile(join(partial, '.complete'), '');
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
  return { figures, built: true };
}

const entry = (tier: PlannedTier, key: number, figures: TierFigures): TierEntry => ({ id: tier.id, dir: `${tier.dir}/`, key, ...figures });

export async function buildSearchIndex(options: SearchIndexOptions): Promise<{ pages: number; shards: ShardReport[]; documents: ShardReport | undefined }> {
  const { dist, timeZone, log = () => {} } = options;
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = await articlePages(dist);
  if (files.length === 0) throw new Error(`no article page under ${join(dist, ARTICLES_SEGMENT)} to index for search`);
  const pages = await summarisePages(files, options.prewarmed?.summaries);
  const version = shardVersion();
  const shards = cachedShards(pages, timeZone, limits, version);
  const documentsPages = await summarisePages(await documentPages(dist));
  const documents = documentShard(documentsPages, version, timeZone);

  const read = performance.now();
  const roots = searchCache(options.cacheDir);
  for (const root of Object.values(roots)) await mkdir(root, { recursive: true });
  const reports = new Map<string, ShardReport>();
  const report = (shard: CachedShard, figures: IndexingFigures | undefined, when = '') => {
    reports.set(shard.id, { id: shard.id, pages: shard.pages.length, reused: !figures, ...figures });
    if (!figures) return log(`shard ${shard.id}: ${shard.pages.length} pages reused from the cache`);
    log(`shard ${shard.id}: ${shard.pages.length} pages indexed in ${figures.seconds.toFixed(1)} s${when}`);
  };
  for (const shard of shards) {
    const early = options.prewarmed?.figures.get(shard.dir);
    if (isCached(roots.shards, shard)) report(shard, early, early ? ' (while Astro rendered pages)' : '');
  }
  if (documents && isCached(roots.shards, documents)) report(documents, undefined);
  await fillCache(roots.shards, documents ? [...shards, documents] : shards, (shard, figures) => report(shard, figures));

  const indexed = performance.now();
  const tiers = planTiers(
    shards.map((shard) => shard.pages.length),
    limits.firstTierPages,
  ).map((indexes, t) => planTier(indexes.map((i) => shards[i]!), t === 0 ? 'newest' : 'older'));
  const tierEntries: TierEntry[] = [];
  let built = 0;
  for (const [key, tier] of tiers.entries()) {
    const { figures, built: fresh } = await cachedTier(roots.tiers, roots.shards, tier, timeZone);
    if (fresh) built++;
    tierEntries.push(entry(tier, key, figures));
  }
  const documentsTier = documents && planTier([documents], 'documents');
  const documentsEntry = documentsTier && entry(documentsTier, DOCUMENTS_KEY, (await cachedTier(roots.tiers, roots.shards, documentsTier, timeZone)).figures);
  const keyed = [...tierEntries, ...(documentsEntry ? [documentsEntry] : [])];
  const directoryDir = `d-${contentTag(JSON.stringify({ FORMAT, tiers: keyed.map((tier) => [tier.key, tier.dir]) }))}`;
  let directoryBits: number;
  const directory = join(roots.directories, directoryDir);
  if (existsSync(join(directory, '.complete'))) directoryBits = Number(await readFile(join(directory, '.complete'), 'utf8'));
  else {
    await rm(`${directory}.partial`, { recursive: true, force: true });
    directoryBits = await buildDirectory(
      keyed.map((tier) => ({ key: tier.key, parts: join(roots.tiers, tier.dir, 'directory') })),
      join(`${directory}.partial`, 'pub'),
    );
    await writeFile(join(`${directory}.partial`, '.complete'), String(directoryBits));
    await rename(`${directory}.partial`, directory);
  }

  const merged = performance.now();
  // The site's copy: each tier's published files, the directory's, the filter values and the manifest.
  const out = join(dist, INDEX_DIR);
  await rm(out, { recursive: true, force: true });
  for (const tier of documentsTier ? [...tiers, documentsTier] : tiers) await linkFiles(join(roots.tiers, tier.dir, 'pub'), join(out, tier.dir));
  await linkFiles(join(roots.directories, directoryDir, 'pub'), join(out, directoryDir));
  const copied = performance.now();
  const facets = JSON.stringify(countFilters([...pages, ...documentsPages]));
  const facetsFile = `facets.${contentTag(facets)}.json`;
  await writeFile(join(out, facetsFile), facets);
  const manifest: SearchManifest = {
    version: 3,
    tiers: tierEntries,
    directory: { dir: `${directoryDir}/`, bits: directoryBits },
    facets: facetsFile,
    documents: documentsEntry,
  };
  await writeFile(join(dist, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);

  await saveSummaries(options.cacheDir, dist, pages);

  // What no build uses any more leaves the cache.
  const used = new Set([...shards, ...(documents ? [documents] : []), ...tiers, ...(documentsTier ? [documentsTier] : [])].map((part) => part.dir));
  used.add(directoryDir);
  for (const root of Object.values(roots)) for (const name of await readdir(root)) if (!used.has(name)) await rm(join(root, name), { recursive: true, force: true });
  const kept = new Set(Object.values(roots).map((root) => root.split(/[\\/]/).pop()));
  for (const name of await readdir(join(options.cacheDir, 'search'))) if (!kept.has(name)) await rm(join(options.cacheDir, 'search', name), { recursive: true, force: true });

  const reused = [...reports.values()].filter((r) => r.reused).length;
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  log(
    `indexed ${pages.length} article page(s) in ${shards.length} shard(s) (${reused} reused) and ${tiers.length} tier(s) (${built} built) in ${Math.round(performance.now() - started)} ms: ` +
      `reading pages ${seconds(started, read)} (${options.prewarmed?.kept ?? 0} kept from the last build), shards ${seconds(read, indexed)}, ` +
      `tiers and directory ${seconds(indexed, merged)}, copying ${seconds(merged, copied)}, the rest ${seconds(copied, performance.now())}`,
  );
  return { pages: pages.length, shards: shards.map((shard) => reports.get(shard.id)!), documents: documents && reports.get(documents.id) };
}
