/**
 * Search over the sharded index, newest first. The manifest (`/pagefind/manifest.json`) lists the shards, newest
 * first, grouped in tiers: the first tier is searched alone so its results show at once, later tiers after.
 *
 * Each tier is one Pagefind instance whose primary index is always the newest shard, with the tier's other shards
 * merged into it: every instance then loads Pagefind's WebAssembly from the same URL (once, then from the HTTP
 * cache). Every shard is tagged with a synthetic `shard` filter, which narrows a search to the tier's own shards
 * (and, for the newest-first order, to one shard at a time, since Pagefind's sort score is a rank within a shard).
 */
import { DOCUMENTS_SHARD, MANIFEST_PATH, SHARD_FILTER, type Facets, type SearchManifest, type ShardEntry } from '../lib/search-manifest.ts';
import { PAGEFIND_OPTIONS, loadPagefind, type FilterCounts, type PagefindFilter, type PagefindInstance, type PagefindResult } from './pagefind.ts';

/**
 * A word nearly every article has. Searching it once while the reader types takes the first real search's one-off
 * costs (the WebAssembly search code's first runs, the growth of its memory to the size of a large result) out of
 * the time between Enter and the results: about a third of a long query's search time, for one small index chunk
 * per shard of the first tier.
 */
const WARM_UP_TERM = 'và';

export interface SearchRequest {
  term: string | null;
  filters: PagefindFilter;
  newest: boolean;
  /** also count results per filter value (loads every filter chunk of the shards searched) */
  counts: boolean;
}

/** The filter only documents carry: narrowing to a kind leaves the articles out, and any other filter the documents. */
const DOCUMENT_FILTER = 'kind';

/** What one tier added to a search. */
export interface TierResults {
  /** in the tier's order: by relevance, or newest first */
  results: PagefindResult[];
  /** documents found, by relevance: with the first tier only (documents have one small index, merged into it) */
  documents: PagefindResult[];
  filterCounts: FilterCounts;
  /** every shard searched so far, this tier's included, newest first */
  searched: ShardEntry[];
  /** no tier is left to search */
  done: boolean;
}

/** Add filter counts (per filter, per value) into `into`, leaving out the synthetic shard filter. */
export const addCounts = (into: FilterCounts, counts: FilterCounts) => {
  for (const [name, values] of Object.entries(counts)) {
    if (name === SHARD_FILTER) continue;
    const target = (into[name] ??= {});
    for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
  }
  return into;
};

export class ShardedSearch {
  private readonly tiers = new Map<number, Promise<PagefindInstance>>();
  private facetsLoading: Promise<Facets> | undefined;

  private constructor(
    readonly manifest: SearchManifest,
    private readonly base: URL,
    private readonly pagefind: Awaited<ReturnType<typeof loadPagefind>>,
    /** Pagefind's options for every shard: results link under the site's base path (`/` or `/ban-tin/`). */
    private readonly options: Record<string, unknown>,
  ) {}

  /** Read the manifest (always fresh: it names the current shards) and Pagefind's script. */
  static async load(siteBase: string): Promise<ShardedSearch> {
    const url = new URL(`${siteBase}${MANIFEST_PATH}`, location.href);
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`no search index at ${url.pathname}`);
    const manifest = (await response.json()) as SearchManifest;
    const pagefind = await loadPagefind(new URL(manifest.shards[0]!.dir, url).pathname);
    return new ShardedSearch(manifest, url, pagefind, { ...PAGEFIND_OPTIONS, baseUrl: siteBase });
  }

  private dir(shard: ShardEntry): string {
    return new URL(shard.dir, this.base).pathname;
  }

  /** The instance of tier `t`, created on first use. */
  private tier(t: number): Promise<PagefindInstance> {
    let instance = this.tiers.get(t);
    if (!instance) {
      instance = (async () => {
        const [newest] = this.manifest.shards;
        const created = this.pagefind.createInstance({ ...this.options, basePath: this.dir(newest!), mergeFilter: { [SHARD_FILTER]: [newest!.id] } });
        await created.init();
        const others = this.manifest.tiers[t]!.filter((i) => i !== 0).map((i) => this.manifest.shards[i]!);
        const documents = t === 0 && this.manifest.documents ? [this.manifest.documents] : [];
        await Promise.all([...others, ...documents].map((shard) => created.mergeIndex(this.dir(shard), { ...this.options, mergeFilter: { [SHARD_FILTER]: [shard.id] } })));
        return created;
      })();
      this.tiers.set(t, instance);
    }
    return instance;
  }

  /**
   * Get the first tier ready (Pagefind's worker, WebAssembly and the newest shards' metadata, and one warm-up
   * search) while the reader is still typing: the first search then only loads the index chunks of its words.
   */
  prepare(): void {
    const ids = this.manifest.tiers[0]!.map((i) => this.manifest.shards[i]!.id);
    void this.tier(0)
      .then((instance) => instance.search(WARM_UP_TERM, { filters: { [SHARD_FILTER]: { any: ids } } }))
      .catch(() => {});
  }

  /** Every filter value of the archive with its number of articles. */
  facets(): Promise<Facets> {
    this.facetsLoading ??= fetch(new URL(this.manifest.facets, this.base)).then((r) => r.json() as Promise<Facets>);
    return this.facetsLoading;
  }

  /**
   * The documents matching a search, by relevance, searched with the first tier: none when the search is narrowed
   * by a filter only articles carry (unit, author, year, topic).
   */
  private async documents(request: SearchRequest): Promise<{ results: PagefindResult[]; filterCounts: FilterCounts }> {
    const articleFilters = Object.keys(request.filters).filter((name) => name !== DOCUMENT_FILTER);
    if (!this.manifest.documents || articleFilters.length > 0 || (request.term === null && !request.filters[DOCUMENT_FILTER])) return { results: [], filterCounts: {} };
    const instance = await this.tier(0);
    const response = await instance.search(request.term, { filters: { ...request.filters, [SHARD_FILTER]: { any: [DOCUMENTS_SHARD] } } });
    return { results: response.results, filterCounts: response.filters };
  }

  /** Search tier by tier, newest first; a year filter skips the shards of other years. */
  async *search(request: SearchRequest): AsyncGenerator<TierResults> {
    const documents = await this.documents(request);
    if (request.filters[DOCUMENT_FILTER]) {
      yield { results: [], documents: documents.results, filterCounts: addCounts({}, documents.filterCounts), searched: [], done: true };
      return;
    }
    const years = request.filters.year?.any ?? [];
    const wanted = (shard: ShardEntry) => years.length === 0 || shard.years.some((year) => years.includes(String(year)));
    const tiers = this.manifest.tiers
      .map((tier, t) => ({ t, shards: tier.map((i) => this.manifest.shards[i]!).filter(wanted) }))
      .filter((tier) => tier.shards.length > 0);
    const searched: ShardEntry[] = [];
    for (const [n, { t, shards }] of tiers.entries()) {
      const instance = await this.tier(t);
      if (request.counts) await instance.filters();
      const within = (ids: string[]) => ({ ...request.filters, [SHARD_FILTER]: { any: ids } });
      const results: PagefindResult[] = [];
      const filterCounts: FilterCounts = n === 0 ? addCounts({}, documents.filterCounts) : {};
      // Newest first is exact only shard by shard; by relevance, the tier's shards merge by score.
      const parts = request.newest ? shards.map((shard) => [shard.id]) : [shards.map((shard) => shard.id)];
      for (const ids of parts) {
        const response = await instance.search(request.term, { filters: within(ids), ...(request.newest ? { sort: { date: 'desc' } } : {}) });
        results.push(...response.results);
        addCounts(filterCounts, response.filters);
      }
      searched.push(...shards);
      // The next tier's metadata loads while this tier's results are fetched and shown.
      const next = tiers[n + 1];
      if (next) void this.tier(next.t).catch(() => {});
      yield { results, documents: n === 0 ? documents.results : [], filterCounts, searched: [...searched], done: n === tiers.length - 1 };
    }
  }
}
