import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate-archive.ts';
import { createRandom } from '../../scripts/bench/random.ts';
import { buildPhases, durationSeconds, searchShards } from '../../scripts/bench/phases.ts';
import { benchTable, type BenchResult } from '../../scripts/bench/report.ts';
import { textPool } from '../../scripts/bench/text-pool.ts';
import { checkArticles } from '../../src/content-check/check-articles.ts';
import { checkAuthors, checkUnits } from '../../src/content-check/check-registry.ts';
import { projectRoot } from '../support/paths.ts';

const seeds = join(projectRoot, 'test/fixtures/seeds');
const pool = async () => textPool(await Promise.all((await readdir(seeds)).sort().map((f) => readFile(join(seeds, f), 'utf8'))));

describe('the benchmark archive', () => {
  it('is the same for the same seed and different for another', async () => {
    const p = await pool();
    expect(generateArchive(50, p)).toEqual(generateArchive(50, p));
    expect(generateArchive(50, p, 1)).not.toEqual(generateArchive(50, p));
    expect(createRandom(7).next()).toBe(createRandom(7).next());
  });

  it('passes the content checks: valid frontmatter, known units and authors, unique permalinks', async () => {
    const files = generateArchive(300, await pool());
    const encode = (s: string) => new TextEncoder().encode(s);
    const units = checkUnits('units.yaml', encode(files.find((f) => f.path === 'units.yaml')!.content));
    const authors = checkAuthors('authors.yaml', encode(files.find((f) => f.path === 'authors.yaml')!.content));
    expect([...units.diagnostics, ...authors.diagnostics]).toEqual([]);
    const articles = files.filter((f) => f.path.startsWith('articles/'));
    expect(articles).toHaveLength(300);
    const diagnostics = checkArticles(
      articles.map((f) => ({ file: f.path, relativePath: f.path.slice('articles/'.length), bytes: encode(f.content) })),
      { unitIds: new Set(units.entries.map((u) => u.id)), authorIds: new Set(authors.entries.map((a) => a.id)) },
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const years = new Set(articles.map((f) => f.path.split('/')[1]));
    expect(years.size).toBe(15);
  });
});

describe('the benchmark table', () => {
  it('checks each figure against its target', () => {
    const build = { wallSeconds: 40, cpuSeconds: 60, peakProcessMiB: 2000, peakTreeMiB: 2500, phases: { contentSeconds: 10, pagesSeconds: 20, searchIndexSeconds: 10 } };
    const result: BenchResult = {
      articles: 10000,
      date: '2026-11-21',
      machine: { cpus: 2, memoryGiB: 24, node: 'v24' },
      minimal: { ...build, wallSeconds: 50, pages: 10000 },
      bantin: { ...build, wallSeconds: 60, pages: 12000, distMiB: 500, indexMiB: 60, indexFiles: 5000 },
      rebuild: { ...build, wallSeconds: 20 },
      articlePageKiB: 12,
      search: [
        { query: 'chu duc nhuan', newest: false, results: 10, total: 40, bytes: 200 * 1024, pagefindBytes: 150 * 1024, completeBytes: 250 * 1024, pageBytes: 90 * 1024, ms: 600, completeMs: 900 },
        { query: 'cai cach', newest: true, results: 10, total: 12, bytes: 100 * 1024, pagefindBytes: 80 * 1024, completeBytes: 150 * 1024, pageBytes: 90 * 1024, ms: 300, completeMs: 700 },
      ],
    };
    const table = benchTable(result);
    expect(table).toContain('| bantin ÷ minimal (wall time) | 1.20 | ≤ 1.3 | ✅ |');
    expect(table).toContain('| Content sync / pages / search index, s (bantin; minimal) | 10.0 / 20.0 / 10.0; 10.0 / 20.0 / 10.0 | | |'.replace('| | |', '|  |  |'));
    expect(table).toContain('| Rebuild after editing one article (s, share of cold) | 20.0 (33%) | ≤ 25% | ❌ |');
    expect(table).toContain(
      '| Search “chu duc nhuan”: first results KiB (Pagefind) / ms (shown); whole archive KiB / ms (results) | 200.0 (150.0) / 600 (10); 250.0 / 900 (40) | ≤ 300 KiB, ≤ 500 ms | ❌ |',
    );
    expect(table).toContain('| Search “cai cach” (newest first): first results KiB (Pagefind) / ms (shown); whole archive KiB / ms (results) | 100.0 (80.0) / 300 (10); 150.0 / 700 (12) | ≤ 300 KiB, ≤ 500 ms | ✅ |');
  });
});

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
