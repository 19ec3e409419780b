/** The benchmark's result, and the Markdown table it is reported as, with each target checked. */
import type { Measurement } from './measure.ts';
import type { BuildPhases, ShardFigures } from './phases.ts';
import type { SearchCost } from './search-cost.ts';

export interface BuildFigures extends Pick<Measurement, 'wallSeconds' | 'cpuSeconds' | 'peakProcessMiB' | 'peakTreeMiB'> {
  phases: BuildPhases;
  /** each search shard of the build: indexed (time, indexer memory) or reused from the cache */
  shards?: ShardFigures[];
}


export interface BenchResult {
  articles: number;
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  minimal: BuildFigures & { pages: number };
  bantin: BuildFigures & { pages: number; distMiB: number; indexMiB: number; indexFiles: number };
  rebuild: BuildFigures;
  articlePageKiB: number;
  search: SearchCost[];
}

export const TARGETS = {
  ratio: 1.3,
  peakMemoryMiB: 3 * 1024,
  rebuildShare: 0.25,
  searchKiB: 300,
  searchMs: 500,
  articlePageKiB: 30,
} as const;

const f1 = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(1));
const phases = (b: BuildFigures) => [b.phases.contentSeconds, b.phases.pagesSeconds, b.phases.searchIndexSeconds].map(f1).join(' / ');
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const kib = (bytes: number) => f1(bytes / 1024);

/** "15 shards: 15 indexed, 0 reused; slowest 2.1 s, largest indexer 310 MiB" */
function shardSummary(shards: readonly ShardFigures[] | undefined): string {
  if (!shards?.length) return 'n/a';
  const indexed = shards.filter((s) => !s.reused);
  const slowest = Math.max(0, ...indexed.map((s) => s.seconds ?? 0));
  const largest = Math.max(0, ...indexed.map((s) => s.peakMiB ?? 0));
  return `${shards.length} shards: ${indexed.length} indexed, ${shards.length - indexed.length} reused; slowest ${f1(slowest)} s, largest indexer ${f1(largest)} MiB`;
}

export function benchTable(r: BenchResult): string {
  const ratio = r.bantin.wallSeconds / r.minimal.wallSeconds;
  const peak = Math.max(r.bantin.peakTreeMiB, r.bantin.peakProcessMiB ?? 0);
  const share = r.rebuild.wallSeconds / r.bantin.wallSeconds;
  const rows = [
    ['Articles', String(r.articles), '', ''],
    ['Minimal Astro + Pagefind build (wall / CPU s)', `${f1(r.minimal.wallSeconds)} / ${f1(r.minimal.cpuSeconds)}`, '', ''],
    ['bantin full build (wall / CPU s)', `${f1(r.bantin.wallSeconds)} / ${f1(r.bantin.cpuSeconds)}`, '', ''],
    ['Content sync / pages / search index, s (bantin; minimal)', `${phases(r.bantin)}; ${phases(r.minimal)}`, '', ''],
    ['bantin ÷ minimal (wall time)', ratio.toFixed(2), `≤ ${TARGETS.ratio}`, mark(ratio <= TARGETS.ratio)],
    ['Peak memory, MiB (largest process / whole tree)', `${f1(r.bantin.peakProcessMiB)} / ${f1(r.bantin.peakTreeMiB)}`, `≤ ${TARGETS.peakMemoryMiB}`, mark(peak <= TARGETS.peakMemoryMiB)],
    ['Minimal build peak memory, MiB (process / tree)', `${f1(r.minimal.peakProcessMiB)} / ${f1(r.minimal.peakTreeMiB)}`, '', ''],
    ['Rebuild after editing one article (s, share of cold)', `${f1(r.rebuild.wallSeconds)} (${(share * 100).toFixed(0)}%)`, `≤ ${TARGETS.rebuildShare * 100}%`, mark(share <= TARGETS.rebuildShare)],
    ['Rebuild: content sync / pages / search index, s', phases(r.rebuild), '', ''],
    ['Pages written (bantin / minimal)', `${r.bantin.pages} / ${r.minimal.pages}`, '', ''],
    ['dist/ size, MiB', f1(r.bantin.distMiB), '', ''],
    ['Search index, MiB (files)', `${f1(r.bantin.indexMiB)} (${r.bantin.indexFiles})`, '', ''],
    ['Article page, KiB gzip (HTML + CSS + JS, fonts excluded)', f1(r.articlePageKiB), `≤ ${TARGETS.articlePageKiB}`, mark(r.articlePageKiB <= TARGETS.articlePageKiB)],
    ['Search index shards, cold build', shardSummary(r.bantin.shards), '', ''],
    ['Search index shards, rebuild', shardSummary(r.rebuild.shards), '', ''],
    ...r.search.map((s) => [
      `Search “${s.query}”${s.newest ? ' (newest first)' : ''}: first results KiB (Pagefind) / ms (shown); whole archive KiB / ms (results)`,
      `${kib(s.bytes)} (${kib(s.pagefindBytes)}) / ${s.ms} (${s.results}); ${kib(s.completeBytes)} / ${s.completeMs} (${s.total ?? '?'})`,
      `≤ ${TARGETS.searchKiB} KiB, ≤ ${TARGETS.searchMs} ms`,
      mark(s.bytes / 1024 <= TARGETS.searchKiB && s.ms <= TARGETS.searchMs),
    ]),
  ];
  const header = `| Measure (${r.date}, ${r.machine.cpus} CPUs, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}) | Value | Target | |\n| --- | --- | --- | --- |`;
  return `${header}\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;
}
