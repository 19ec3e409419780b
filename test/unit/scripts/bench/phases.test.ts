import { describe, expect, it } from 'vitest';
import { buildPhases, durationSeconds, searchShards } from '../../../../scripts/bench/phases.ts';

describe('search shards in the log', () => {
  it('reads each shard as indexed (time, memory) or reused', () => {
    expect(
      searchShards([
        '12:00:01 [search] shard 2024: 670 pages indexed in 2.1 s, indexer peak 312 MiB',
        '12:00:01 [search] shard 2023-h1: 655 pages reused from the cache',
        'something else',
      ]),
    ).toEqual([
      { id: '2024', pages: 670, reused: false, seconds: 2.1, peakMiB: 312 },
      { id: '2023-h1', pages: 655, reused: true, seconds: undefined, peakMiB: undefined },
    ]);
  });
});

describe('build phases', () => {
  it('reads content sync, page generation and search indexing from the log', () => {
    const lines = [
      '08:30:22 [content] Syncing content',
      '08:30:38 [types] Generated 16.98s',
      '08:30:38 [build] ✓ Completed in 20.18s.',
      ' generating static routes ',
      '08:31:58 ✓ Completed in 1m 5s.',
      '08:32:38 [bantin:pagefind] indexed 10000 article page(s) for search in 39410 ms',
    ];
    expect(buildPhases(lines)).toEqual({ contentSeconds: 16.98, pagesSeconds: 65, searchIndexSeconds: 39.41 });
    expect(buildPhases(['[search] indexed 10000 article page(s) in 15 shards (14 reused) in 2345 ms']).searchIndexSeconds).toBe(2.345);
    expect(buildPhases([])).toEqual({ contentSeconds: undefined, pagesSeconds: undefined, searchIndexSeconds: undefined });
    expect(durationSeconds('520ms')).toBe(0.52);
    expect(durationSeconds('2m')).toBe(120);
  });
});
