/**
 * The search index of a built site: its article pages cut into shards by publication period, each indexed by its
 * own Pagefind indexer (stopped between shards) or reused from the cache when nothing it indexes changed, then
 * laid out under `dist/pagefind/` with a manifest the search page reads.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_PATH, type Facets, type SearchManifest } from '../lib/search-manifest.ts';
import { childPeakMiB } from './child-memory.ts';
import { indexedPage, type IndexedPage } from './indexed-page.ts';
import { PAGEFIND_OPTIONS, indexShard, isRuntimeFile } from './index-shard.ts';
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

const readPage = async (page: { url: string; file: string }) => indexedPage(page.url, await readFile(page.file, 'utf8'));

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
  const pages = [];
  for (const file of files) {
    const page = await readPage(file);
    pages.push({ ...file, date: page.date, filters: page.filters, digest: sha(`${page.url}\n${page.document}`) });
  }
  const version = sha(JSON.stringify({ FORMAT, pagefind: await pagefindVersion(), options: PAGEFIND_OPTIONS }));
  const shards = planShards(pages, (page) => page.date, options.timeZone, limits).map((shard) => ({
    ...shard,
    dir: `${shard.id}-${sha(version + shard.pages.map((page) => page.digest).join('\n')).slice(0, 16)}`,
  }));

  const cacheRoot = join(options.cacheDir, 'search');
  await mkdir(cacheRoot, { recursive: true });
  const reports: ShardReport[] = [];
  for (const shard of shards) {
    const cached = join(cacheRoot, shard.dir);
    if (existsSync(join(cached, '.complete'))) {
      reports.push({ id: shard.id, pages: shard.pages.length, reused: true });
      log(`shard ${shard.id}: ${shard.pages.length} pages reused from the cache`);
      continue;
    }
    const shardStarted = performance.now();
    const partial = `${cached}.partial`;
    await rm(partial, { recursive: true, force: true });
    const documents: IndexedPage[] = [];
    for (const page of shard.pages) documents.push(await readPage(page));
    const { peakMiB } = await childPeakMiB(() => indexShard(documents, partial));
    await writeFile(join(partial, '.complete'), '');
    await rm(cached, { recursive: true, force: true });
    await rename(partial, cached);
    const seconds = (performance.now() - shardStarted) / 1000;
    reports.push({ id: shard.id, pages: shard.pages.length, reused: false, seconds, peakMiB });
    log(`shard ${shard.id}: ${shard.pages.length} pages indexed in ${seconds.toFixed(1)} s${peakMiB ? `, indexer peak ${Math.round(peakMiB)} MiB` : ''}`);
  }

  // The site's copy: every shard's index, Pagefind's runtime once (in the newest shard), the facets and the manifest.
  const out = join(dist, 'pagefind');
  await rm(out, { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    await cp(join(cacheRoot, shard.dir), join(out, shard.dir), {
      recursive: true,
      filter: (source) => {
        const path = relative(join(cacheRoot, shard.dir), source).split('\\').join('/');
        return path !== '.complete' && (i === 0 || !isRuntimeFile(path));
      },
    });
  }
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

  const reused = reports.filter((report) => report.reused).length;
  log(`indexed ${pages.length} article page(s) in ${shards.length} shard(s) (${reused} reused) in ${Math.round(performance.now() - started)} ms`);
  return { pages: pages.length, shards: reports };
}
