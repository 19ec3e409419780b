/**
 * Indexing while Astro renders. Astro renders the article pages newest first (their `getStaticPaths` order), a few
 * at a time, on one core; the other core is mostly idle. Astro's log names each page as it starts; a page is read a
 * few pages later, when it has been written (or after a retry). When the first page of an older year is read, the
 * newer years are complete, and the shards no older page can change are indexed into the cache at once.
 *
 * Nothing here decides what the site gets: the search index built after Astro exits (build-search-index.ts) looks
 * shards up in the cache by the digest of what they index, so a shard indexed here is used only if its pages are
 * exactly the final ones, and anything that went wrong here only costs time.
 */
import { join } from 'node:path';
import { inBatches } from '../node/batches.ts';
import { zonedParts } from '../lib/dates.ts';
import { summarise, type PageSummary } from './page-summary.ts';
import { cachedShards, fillCache, searchCache, shardVersion, type IndexingFigures } from './shard-cache.ts';
import type { SummaryCache } from './summary-cache.ts';
import type { ShardLimits } from './shard-plan.ts';

export interface Prewarmed {
  /** pages read while Astro rendered, by URL */
  summaries: ReadonlyMap<string, PageSummary>;
  /** shards indexed while Astro rendered, by cache folder */
  figures: ReadonlyMap<string, IndexingFigures>;
  /** how many pages' summaries were kept from the last build instead of read */
  kept: number;
}

/** Pages Astro may still have under way when it starts the next (its build.concurrency), with room to spare. */
const PAGES_UNDER_WAY = 8;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class SearchPrewarm {
  /** article pages in the order Astro started them, and how many of them have been given to the reader */
  private readonly started: string[] = [];
  private queued = 0;
  private target = 0;
  private pumping = false;
  private readonly summaries = new Map<string, PageSummary>();
  private readonly figures = new Map<string, IndexingFigures>();
  private readonly version = shardVersion();
  private year: number | undefined;
  /** cache folders of the shards already given to the indexer */
  private readonly submitted = new Set<string>();
  private reading: Promise<void> = Promise.resolve();
  private indexing: Promise<void> = Promise.resolve();

  private readonly options: { dist: string; cacheDir: string; timeZone: string; limits: ShardLimits };
  /** summaries of the last build, for the pages copied in from Astro's cache */
  private earlier: SummaryCache | undefined;

  constructor(options: { dist: string; cacheDir: string; timeZone: string; limits: ShardLimits }) {
    this.options = options;
  }

  /** The last build's summaries, for the pages copied in from Astro's cache before it started. */
  reuse(earlier: SummaryCache): void {
    this.earlier = earlier;
  }

  /** Astro started (or kept) an article page: `path` relative to the output folder, e.g. `bai-viet/2024/x/index.html`. */
  page(path: string): void {
    this.started.push(path);
    this.readUpTo(this.started.length - PAGES_UNDER_WAY);
  }

  /** Read the started pages up to `count`, 32 at a time (a rebuild reports thousands of kept pages at once). */
  private readUpTo(count: number): void {
    this.target = Math.max(this.target, count);
    if (!this.pumping) this.reading = this.pump();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.queued < this.target) {
        const batch = this.started.slice(this.queued, this.target);
        this.queued = this.target;
        const summaries = await inBatches(batch, 32, (path) => this.read(path).catch(() => undefined));
        for (const summary of summaries) if (summary) this.add(summary);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Read a page, waiting a little if Astro has not written it yet. */
  private async read(path: string): Promise<PageSummary> {
    const page = { url: `/${path.replace(/index\.html$/, '')}`, file: join(this.options.dist, path) };
    const earlier = await this.earlier?.reuse(page);
    if (earlier) return earlier;
    for (let attempt = 0; ; attempt++) {
      try {
        return await summarise(page);
      } catch (error) {
        if (attempt === 5) throw error;
        await sleep(50 << attempt);
      }
    }
  }

  /** Pages arrive newest first: the first page of an older year completes the years after it. */
  private add(summary: PageSummary): void {
    this.summaries.set(summary.url, summary);
    const { year } = zonedParts(summary.date, this.options.timeZone);
    if (this.year !== undefined && year < this.year) this.indexFinished(year);
    this.year = Math.min(year, this.year ?? year);
  }

  /** The years after `year` are complete: index the shards they settle, behind those already under way. */
  private indexFinished(year: number): void {
    const pages = [...this.summaries.values()];
    const { cacheDir, timeZone, limits } = this.options;
    this.indexing = this.indexing
      .then(async () => {
        const shards = cachedShards(pages, timeZone, limits, await this.version, year).filter((shard) => !this.submitted.has(shard.dir));
        for (const shard of shards) this.submitted.add(shard.dir);
        await fillCache(searchCache(cacheDir).shards, shards, (shard, figures) => this.figures.set(shard.dir, figures));
      })
      .catch(() => {});
  }

  /** When Astro has exited: the work under way finished, what it read and indexed. */
  async finish(): Promise<Prewarmed> {
    this.readUpTo(this.started.length);
    await this.reading;
    await this.indexing;
    return { summaries: this.summaries, figures: this.figures, kept: this.earlier?.kept ?? 0 };
  }
}
