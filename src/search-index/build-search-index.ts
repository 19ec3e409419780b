/**
 * The search index of a built site: its article pages cut into shards by publication period, each indexed by its
 * own Pagefind indexer (stopped between shards) or reused from the cache when nothing it indexes changed, then
 * laid out under `dist/pagefind/` with a manifest the search page reads.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_PATH, type Facets, type SearchManifest } from '../lib/search-manifest.ts';
import { indexedPage, type IndexedPage } from './indexed-page.ts';
import { PAGEFIND_OPTIONS, indexShards, isRuntimeFile } from './index-shard.ts';
import { DEFAULT_LIMITS, planShards, planTiers, type ShardLimits } from './shard-plan.ts';

export interface SearchIndexOptions {
  /** the built site */
  dist: string;
  /** Astro's cache folder: shards are kept in its `search/` folder, so a cold build (no cache) re-indexes all */
  cacheDir: string;
  timeZone: string;
  limits?: ShardLimits | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface ShardReport {
  id: string;
  pages: number;
  reused: boolean;
  seconds?: number | undefined;
  peakMiB?: number | undefined;
}

/** Bumped when what bantin gives Pagefind changes shape, so every cached shard is rebuilt. */
const FORMAT = 1;
/** Only article pages are searchable. */
const ARTICLES = 'bai-viet';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function pagefindVersion(): Promise<string> {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(await readFile(fileURLToPath(packageJson), 'utf8')) as { version: string }).version;
}

/** Article pages under `dist/bai-viet/`, as site paths, sorted. */
async function articlePages(dist: string): Promise<{ url: string; file: string }[]> {
  const entries = await readdir(join(dist, ARTICLES), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { url: `/${relative(dist, entry.parentPath).split('\\').join('/')}/`, file };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Read pages 32 at a time, in order, keeping of each what `keep` takes. */
async function readPages<T>(files: readonly { url: string; file: string }[], keep: (page: IndexedPage, i: number) => T): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const pages = await Promise.all(batch.map(async (page) => indexedPage(page.url, await readFile(page.file, 'utf8'))));
    kept.push(...pages.map((page, j) => keep(page, i + j)));
  }
  return kept;
}

/**
 * Put the files under `from` that `keep` accepts (by `/`-separated relative path) under `to`: hard links where the
 * file system allows (a shard's files are never written again once cached, and copying 14,000 files took 5 to 10 s
 * on this project's build machines), copies where it does not.
 */
async function linkFiles(from: string, to: string, keep: (path: string) => boolean): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)).split('\\').join('/')).filter(keep);
  for (const dir of new Set(files.map((file) => dirname(join(to, file))))) await mkdir(dir, { recursive: true });
  const place = (file: string) => link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file)));
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(place));
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

export async function buildSearchIndex(options: SearchIndexOptions): Promise<{ pages: number; shards: ShardReport[] }> {
  const { dist, log = () => {} } = options;
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = await articlePages(dist);
  if (files.length === 0) throw new Error(`no article page under ${join(dist, ARTICLES)} to index for search`);

  // What each page gives the index, digested; the documents themselves are read again only for shards to index.
  const pages = await readPages(files, (page, i) => ({
    ...files[i]!,
    date: page.date,
    filters: page.filters,
    digest: sha(`${page.url}\n${page.document}`),
  }));
  const version = sha(JSON.stringify({ FORMAT, pagefind: await pagefindVersion(), options: PAGEFIND_OPTIONS }));
  const shards = planShards(pages, (page) => page.date, options.timeZone, limits).map((shard) => ({
    ...shard,
    dir: `${shard.id}-${sha(version + shard.pages.map((page) => page.digest).join('\n')).slice(0, 16)}`,
  }));

  const read = performance.now();
  const cacheRoot = join(options.cacheDir, 'search');
  await mkdir(cacheRoot, { recursive: true });
  const reports = new Map<string, ShardReport>();
  const stale = [];
  for (const shard of shards) {
    if (existsSync(join(cacheRoot, shard.dir, '.complete'))) {
      reports.set(shard.id, { id: shard.id, pages: shard.pages.length, reused: true });
      log(`shard ${shard.id}: ${shard.pages.length} pages reused from the cache`);
    } else {
      const partial = join(cacheRoot, `${shard.dir}.partial`);
      await rm(partial, { recursive: true, force: true });
      stale.push({ ...shard, outDir: partial, documents: () => readPages(shard.pages, (page) => page) });
    }
  }
  await indexShards(stale, async (shard, { seconds, peakMiB }) => {
    // A shard enters the cache whole or not at all.
    await writeFile(join(shard.outDir, '.complete'), '');
    await rm(join(cacheRoot, shard.dir), { recursive: true, force: true });
    await rename(shard.outDir, join(cacheRoot, shard.dir));
    reports.set(shard.id, { id: shard.id, pages: shard.pages.length, reused: false, seconds, peakMiB });
    log(`shard ${shard.id}: ${shard.pages.length} pages indexed in ${seconds.toFixed(1)} s${peakMiB ? `, indexer peak ${Math.round(peakMiB)} MiB` : ''}`);
  });

  const indexed = performance.now();
  // The site's copy: every shard's index, Pagefind's runtime once (in the newest shard), the facets and the manifest.
  const out = join(dist, 'pagefind');
  await rm(out, { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    const from = join(cacheRoot, shard.dir);
    await linkFiles(from, join(out, shard.dir), (path) => path !== '.complete' && (i === 0 || !isRuntimeFile(path)));
  }
  const copied = performance.now();
  const facets = JSON.stringify(countFacets(pages));
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
  };
  await writeFile(join(dist, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);

  // Shards no build uses any more leave the cache.
  const used = new Set(shards.map((shard) => shard.dir));
  for (const entry of await readdir(cacheRoot)) if (!used.has(entry)) await rm(join(cacheRoot, entry), { recursive: true, force: true });

  const reused = [...reports.values()].filter((report) => report.reused).length;
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  log(
    `indexed ${pages.length} article page(s) in ${shards.length} shard(s) (${reused} reused) in ${Math.round(performance.now() - started)} ms: ` +
      `reading pages ${seconds(started, read)}, indexing ${seconds(read, indexed)}, copying ${seconds(indexed, copied)}, the rest ${seconds(copied, performance.now())}`,
  );
  return { pages: pages.length, shards: shards.map((shard) => reports.get(shard.id)!) };
}
