/** Where a build's time went, as Astro and the search integrations report it in their log. */
import type { ShardReport } from '../../src/search-index/build-search-index.ts';

export interface BuildPhases {
  /** content layer: reading, validating and rendering the Markdown (Astro's "[types] Generated" time) */
  contentSeconds: number | undefined;
  /** generating static routes: every page rendered and written (Astro's "Completed in" after it) */
  pagesSeconds: number | undefined;
  /** Pagefind: reading the article pages and writing the index ("indexed … in N ms") */
  searchIndexSeconds: number | undefined;
}

/** `1m 5s`, `47.28s`, `520ms` → seconds. */
export function durationSeconds(text: string): number | undefined {
  const match = /(?:(\d+)m(?!s)\s*)?(?:(\d+(?:\.\d+)?)s\b)?(?:(\d+(?:\.\d+)?)ms\b)?/.exec(text.trim());
  if (!match || !match[0]) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

/** The phases of one build, from its log lines; a phase whose line is missing is undefined. */
export function buildPhases(lines: readonly string[]): BuildPhases {
  const after = (pattern: RegExp, from = 0) => lines.findIndex((line, i) => i >= from && pattern.test(line));
  const content = lines.find((line) => /\[types\] Generated /.test(line));
  const generating = after(/generating static routes/);
  const pages = generating < 0 ? -1 : after(/Completed in /, generating + 1);
  const indexed = lines.find((line) => /\bindexed\b.* in \d+ ms/.test(line));
  return {
    contentSeconds: content ? durationSeconds(content.split('Generated ')[1]!) : undefined,
    pagesSeconds: pages < 0 ? undefined : durationSeconds(lines[pages]!.split('Completed in ')[1]!.replace(/\.$/, '')),
    searchIndexSeconds: indexed ? Number(/ in (\d+) ms/.exec(indexed)![1]) / 1000 : undefined,
  };
}

/** One search shard in a build's log: indexed (with its time and the indexer's peak memory) or reused from the cache. */
export interface ShardFigures extends ShardReport {
  peakMiB?: number | undefined;
}

/** The shards of one build, from lines such as `[search] shard 2024: 670 pages indexed in 2.1 s, indexer peak 312 MiB`. */
export function searchShards(lines: readonly string[]): ShardFigures[] {
  return lines.flatMap((line) => {
    const match = /\[search\] shard (\S+): (\d+) pages (reused|indexed)(?: in ([\d.]+) s)?(?:, indexer peak (\d+) MiB)?/.exec(line);
    if (!match) return [];
    return [{ id: match[1]!, pages: Number(match[2]), reused: match[3] === 'reused', seconds: match[4] ? Number(match[4]) : undefined, peakMiB: match[5] ? Number(match[5]) : undefined }];
  });
}
