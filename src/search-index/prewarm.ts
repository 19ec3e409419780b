/**
 * Indexing while Astro renders. Astro writes the article pages newest first (their `getStaticPaths` order) on one
 * core; the other core is idle. As the build reports each article page written, the page is read; when the first
 * page of an older year arrives, the newer years are complete, and the shards no older page can change are indexed
 * into the cache at once.
 *
 * Nothing here decides what the site gets: the search index built after Astro exits (build-search-index.ts) looks
 * shards up in the cache by the digest of what they index, so a shard indexed here is used only if its pages are
 * exactly the final ones, and anything that went wrong here only costs time.
 */
import { join } from 'node:path';
import { zonedParts } from '../lib/dates.ts';
import type { IndexingFigures } from './index-shard.ts';
import { summarise, type PageSummary } from './page-summary.ts';
import { cachedShards, fillCache, shardVersion } from './shard-cache.ts';
import type { ShardLimits } from './shard-plan.ts';

export interface Prewarmed {
  /** pages read while Astro rendered, by URL */
  summaries: ReadonlyMap<string, PageSummary>;
  /** shards indexed while Astro rendered, by cache folder */
  figures: ReadonlyMap<string, IndexingFigures>;
}

export class SearchPrewarm {
  private readonly summaries = new Map<string, PageSummary>();
  private readonly figures = new Map<string, IndexingFigures>();
  private readonly version = shardVersion();
  private year: number | undefined;
  /** cache folders of the shards already given to the indexer */
  private readonly submitted = new Set<string>();
  private reading: Promise<void> = Promise.resolve();
  private indexing: Promise<void> = Promise.resolve();

  private readonly options: { dist: string; cacheDir: string; timeZone: string; limits: ShardLimits };

  constructor(options: { dist: string; cacheDir: string; timeZone: string; limits: ShardLimits }) {
    this.options = options;
  }

  /** Astro wrote an article page: `path` relative to the output folder, e.g. `bai-viet/2024/x/index.html`. */
  written(path: string): void {
    const url = `/${path.replace(/index\.html$/, '')}`;
    this.reading = this.reading
      .then(async () => {
        const summary = await summarise({ url, file: join(this.options.dist, path) });
        this.summaries.set(url, summary);
        const { year } = zonedParts(summary.date, this.options.timeZone);
        if (this.year !== undefined && year < this.year) this.indexFinished(year);
        this.year = Math.min(year, this.year ?? year);
      })
      .catch(() => {});
  }

  /** The years after `year` are complete: index the shards they settle, behind those already under way. */
  private indexFinished(year: number): void {
    const pages = [...this.summaries.values()];
    const { cacheDir, timeZone, limits } = this.options;
    this.indexing = this.indexing
      .then(async () => {
        const shards = cachedShards(pages, timeZone, limits, await this.version, year).filter((shard) => !this.submitted.has(shard.dir));
        for (const shard of shards) this.submitted.add(shard.dir);
        await fillCache(join(cacheDir, 'search'), shards, (shard, figures) => this.figures.set(shard.dir, figures));
      })
      .catch(() => {});
  }

  /** When Astro has exited: the work under way finished, what it read and indexed. */
  async finish(): Promise<Prewarmed> {
    await this.reading;
    await this.indexing;
    return { summaries: this.summaries, figures: this.figures };
  }
}
