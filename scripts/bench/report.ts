/** The benchmark's result, and the Markdown table it is reported as, with each target checked. */
import type { Measurement } from './measure.ts';
import type { BuildPhases, ShardFigures } from './phases.ts';
import type { SearchCost } from './search-cost.ts';
import { TYPE_NAMES, type TypeSummary } from './relevance.ts';
import type { QueryType } from './judged-queries.ts';

export interface BuildFigures extends Pick<Measurement, 'wallSeconds' | 'cpuSeconds' | 'peakProcessMiB' | 'peakTreeMiB'> {
  phases: BuildPhases;
  /** each search shard of the build: indexed (time, indexer memory) or reused from the cache */
  shards?: ShardFigures[];
}


/** One judged query's outcome (see relevance.ts). */
export interface JudgedFigure {
  type: QueryType;
  q: string;
  /** how many articles hold the phrase */
  relevant?: number | undefined;
  target?: string | undefined;
  rPrecision?: number | undefined;
  reciprocalRank?: number | undefined;
  cost: SearchCost;
}

export interface BenchResult {
  articles: number;
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  /** the builds: absent when only search was measured (`--search-only`) */
  minimal?: BuildFigures & { pages: number };
  /** why the minimal build failed, when it did (the run goes on without it) */
  minimalFailure?: string | undefined;
  bantin?: BuildFigures & { pages: number; distMiB: number; indexMiB: number; indexFiles: number };
  rebuild?: BuildFigures;
  /** a rebuild as CI makes it: a fresh checkout in another folder, the last build's cache restored, one article edited */
  ciRebuild?: BuildFigures & { pagesRendered: number; pagesCached: number };
  articlePageKiB?: number;
  /** searches sorted newest first */
  search: SearchCost[];
  judged?: JudgedFigure[];
  searchTypes?: TypeSummary[];
  /** the search index as served: its size and number of files */
  index?: { mib: number; files: number };
}

export const TARGETS = {
  ratio: 1.3,
  peakMemoryMiB: 3 * 1024,
  rebuildShare: 0.25,
  /** a reader's search: bytes and milliseconds until the first results, then until the results are final */
  firstKiB: 150,
  firstMs: 300,
  wholeKiB: 300,
  wholeMs: 1000,
  rPrecision: 1,
  mrr: 0.9,
  articlePageKiB: 30,
  /** a search's figures at a larger archive (50,000 articles) against a smaller one's (10,000) */
  growth: 1.5,
} as const;

const f1 = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(1));
const phases = (b: BuildFigures) => [b.phases.contentSeconds, b.phases.pagesSeconds, b.phases.searchIndexSeconds].map(f1).join(' / ');
const mark = (ok: boolean) => (ok ? '✅' : '❌');


/** "15 shards: 15 indexed, 0 reused; slowest 2.1 s, largest indexer 310 MiB" */
function shardSummary(shards: readonly ShardFigures[] | undefined): string {
  if (!shards?.length) return 'n/a';
  const indexed = shards.filter((s) => !s.reused);
  const slowest = Math.max(0, ...indexed.map((s) => s.seconds ?? 0));
  const largest = Math.max(0, ...indexed.map((s) => s.peakMiB ?? 0));
  return `${shards.length} shards: ${indexed.length} indexed, ${shards.length - indexed.length} reused; slowest ${f1(slowest)} s, largest indexer ${f1(largest)} MiB`;
}

/** The builds' rows: time against the minimal site, memory, the rebuild, sizes. */
function buildRows(r: BenchResult): string[][] {
  if (!r.bantin || !r.rebuild || r.articlePageKiB === undefined) return [];
  const peak = Math.max(r.bantin.peakTreeMiB, r.bantin.peakProcessMiB ?? 0);
  const share = r.rebuild.wallSeconds / r.bantin.wallSeconds;
  const minimal = r.minimal;
  const versus = minimal
    ? [
        ['Minimal Astro + Pagefind build (wall / CPU s)', `${f1(minimal.wallSeconds)} / ${f1(minimal.cpuSeconds)}`, '', ''],
        ['bantin full build (wall / CPU s)', `${f1(r.bantin.wallSeconds)} / ${f1(r.bantin.cpuSeconds)}`, '', ''],
        ['Content sync / pages / search index, s (bantin; minimal)', `${phases(r.bantin)}; ${phases(minimal)}`, '', ''],
        ['bantin ÷ minimal (wall time)', (r.bantin.wallSeconds / minimal.wallSeconds).toFixed(2), `≤ ${TARGETS.ratio}`, mark(r.bantin.wallSeconds / minimal.wallSeconds <= TARGETS.ratio)],
      ]
    : [
        ['Minimal Astro + Pagefind build', `failed: ${r.minimalFailure ?? 'unknown'}`, '', ''],
        ['bantin full build (wall / CPU s)', `${f1(r.bantin.wallSeconds)} / ${f1(r.bantin.cpuSeconds)}`, '', ''],
        ['Content sync / pages / search index, s (bantin)', phases(r.bantin), '', ''],
      ];
  return [
    ...versus,
    ['Peak memory, MiB (largest process / whole tree)', `${f1(r.bantin.peakProcessMiB)} / ${f1(r.bantin.peakTreeMiB)}`, `≤ ${TARGETS.peakMemoryMiB}`, mark(peak <= TARGETS.peakMemoryMiB)],
    ...(minimal ? [['Minimal build peak memory, MiB (process / tree)', `${f1(minimal.peakProcessMiB)} / ${f1(minimal.peakTreeMiB)}`, '', '']] : []),
    ['Rebuild after editing one article (s, share of cold)', `${f1(r.rebuild.wallSeconds)} (${(share * 100).toFixed(0)}%)`, `≤ ${TARGETS.rebuildShare * 100}%`, mark(share <= TARGETS.rebuildShare)],
    ['Rebuild: content sync / pages / search index, s', phases(r.rebuild), '', ''],
    ...ciRebuildRows(r.ciRebuild, r.bantin.wallSeconds),
    ['Pages written (bantin / minimal)', `${r.bantin.pages} / ${minimal?.pages ?? 'n/a'}`, '', ''],
    ['dist/ size, MiB', f1(r.bantin.distMiB), '', ''],
    ['Article page, KiB gzip (HTML + CSS + JS, fonts excluded)', f1(r.articlePageKiB), `≤ ${TARGETS.articlePageKiB}`, mark(r.articlePageKiB <= TARGETS.articlePageKiB)],
    ['Search index shards, cold build', shardSummary(r.bantin.shards), '', ''],
    ['Search index shards, rebuild', shardSummary(r.rebuild.shards), '', ''],
    ...(r.ciRebuild ? [['Search index shards, CI rebuild', shardSummary(r.ciRebuild.shards), '', '']] : []),
  ];
}

/** The CI-style rebuild's rows, beside the rebuild in place. */
function ciRebuildRows(ci: BenchResult['ciRebuild'], coldSeconds: number): string[][] {
  if (!ci) return [];
  const share = ci.wallSeconds / coldSeconds;
  return [
    ['CI rebuild: fresh checkout elsewhere, cache restored, one article edited (s, share of cold)', `${f1(ci.wallSeconds)} (${(share * 100).toFixed(0)}%)`, `≤ ${TARGETS.rebuildShare * 100}%`, mark(share <= TARGETS.rebuildShare)],
    ['CI rebuild: content sync / pages / search index, s', phases(ci), '', ''],
    ['CI rebuild: pages rendered / kept from the cache', `${ci.pagesRendered} / ${ci.pagesCached}`, '', ''],
  ];
}

const costOk = (firstKiB: number, firstMs: number, wholeKiB: number, wholeMs: number) =>
  firstKiB <= TARGETS.firstKiB && firstMs <= TARGETS.firstMs && wholeKiB <= TARGETS.wholeKiB && wholeMs <= TARGETS.wholeMs;
const costCell = (firstKiB: number, firstMs: number, wholeKiB: number, wholeMs: number) => `${f1(firstKiB)} KiB / ${firstMs} ms; ${f1(wholeKiB)} KiB / ${wholeMs} ms`;
const COST_TARGET = `≤ ${TARGETS.firstKiB} KiB / ≤ ${TARGETS.firstMs} ms; ≤ ${TARGETS.wholeKiB} KiB / ≤ ${TARGETS.wholeMs} ms`;

/** The judged queries per type: relevance, and the worst cost of the type's queries. */
function searchTypeRows(types: readonly TypeSummary[]): string[][] {
  return types.map((t) => {
    const quality = t.rPrecision
      ? `R-precision@10 mean ${t.rPrecision.mean.toFixed(2)}, lowest ${t.rPrecision.min.toFixed(2)}`
      : t.mrr !== undefined
        ? `mean reciprocal rank ${t.mrr.toFixed(2)}`
        : '';
    const qualityOk = t.rPrecision ? t.rPrecision.min >= TARGETS.rPrecision : t.mrr === undefined || t.type === 'document' || t.mrr >= TARGETS.mrr;
    return [
      `Search: ${TYPE_NAMES[t.type]} (${t.queries} queries): relevance; worst first results / final`,
      `${quality}; ${costCell(t.firstKiB, t.firstMs, t.wholeKiB, t.wholeMs)}`,
      `${t.rPrecision ? `R-precision ${TARGETS.rPrecision}` : t.type === 'title' ? `MRR ≥ ${TARGETS.mrr}` : ''}; ${COST_TARGET}`,
      mark(qualityOk && costOk(t.firstKiB, t.firstMs, t.wholeKiB, t.wholeMs)),
    ];
  });
}

export function benchTable(r: BenchResult): string {
  const rows = [
    ['Articles', String(r.articles), '', ''],
    ...buildRows(r),
    ...(r.index ? [['Search index as served, MiB (files)', `${f1(r.index.mib)} (${r.index.files})`, '', '']] : []),
    ...searchTypeRows(r.searchTypes ?? []),
    ...r.search.map((s) => [
      `Search “${s.query}”${s.newest ? ' (newest first)' : ''}: first results / final (results shown; total)`,
      `${costCell(s.bytes / 1024, s.ms, s.completeBytes / 1024, s.completeMs)} (${s.results}; ${s.total ?? '?'})`,
      COST_TARGET,
      mark(costOk(s.bytes / 1024, s.ms, s.completeBytes / 1024, s.completeMs)),
    ]),
  ];
  const header = `| Measure (${r.date}, ${r.machine.cpus} CPUs, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}) | Value | Target | |\n| --- | --- | --- | --- |`;
  return `${header}\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;
}

/**
 * How search grows with the archive: for each larger size, each query type's worst figures (first results, KiB and
 * ms; final, KiB and ms) and each newest-first search's, divided by the smallest size's.
 */
export function growthTable(results: readonly BenchResult[]): string {
  const [base, ...larger] = [...results].sort((a, b) => a.articles - b.articles);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Infinity : 1);
  const row = (label: string, of: number[], to: number[]) => {
    const ratios = of.map((value, i) => ratio(value, to[i]!));
    return [label, `${ratios[0]!.toFixed(2)} / ${ratios[1]!.toFixed(2)}; ${ratios[2]!.toFixed(2)} / ${ratios[3]!.toFixed(2)}`, `≤ ${TARGETS.growth}`, mark(ratios.every((r) => r <= TARGETS.growth))];
  };
  const rows: string[][] = [];
  for (const r of larger) {
    const sizes = `${r.articles} ÷ ${base!.articles} articles`;
    for (const t of r.searchTypes ?? []) {
      const b = base!.searchTypes?.find((x) => x.type === t.type);
      if (b) rows.push(row(`Search: ${TYPE_NAMES[t.type]}, worst of the type, ${sizes}`, [t.firstKiB, t.firstMs, t.wholeKiB, t.wholeMs], [b.firstKiB, b.firstMs, b.wholeKiB, b.wholeMs]));
    }
    for (const s of r.search) {
      const b = base!.search.find((x) => x.query === s.query && x.newest === s.newest);
      if (b) rows.push(row(`Search “${s.query}”${s.newest ? ' (newest first)' : ''}, ${sizes}`, [s.bytes, s.ms, s.completeBytes, s.completeMs], [b.bytes, b.ms, b.completeBytes, b.completeMs]));
    }
  }
  const header = '| How search grows with the archive | first results KiB / ms; final KiB / ms | Target | |\n| --- | --- | --- | --- |';
  return `${header}\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}
