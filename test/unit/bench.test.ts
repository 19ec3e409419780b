import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/lib/bench/generate-archive.ts';
import { createRandom } from '../../src/lib/bench/random.ts';
import { buildPhases, durationSeconds } from '../../src/lib/bench/phases.ts';
import { benchTable, type BenchResult } from '../../src/lib/bench/report.ts';
import { textPool } from '../../src/lib/bench/text-pool.ts';
import { checkArticles } from '../../src/lib/content-check/check-articles.ts';
import { checkAuthors, checkUnits } from '../../src/lib/content-check/check-registry.ts';
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
      search: [{ query: 'chu duc nhuan', results: 10, bytes: 200 * 1024, pagefindBytes: 150 * 1024, settledBytes: 250 * 1024, ms: 600 }],
    };
    const table = benchTable(result);
    expect(table).toContain('| bantin ÷ minimal (wall time) | 1.20 | ≤ 1.3 | ✅ |');
    expect(table).toContain('| Content sync / pages / search index, s (bantin; minimal) | 10.0 / 20.0 / 10.0; 10.0 / 20.0 / 10.0 | | |'.replace('| | |', '|  |  |'));
    expect(table).toContain('| Rebuild after editing one article (s, share of cold) | 20.0 (33%) | ≤ 25% | ❌ |');
    expect(table).toContain('| Search “chu duc nhuan”: KiB to first 10 results (Pagefind; with filter counts) / ms (10 shown) | 200.0 (150.0; 250.0) / 600 | ≤ 300 KiB, ≤ 500 ms | ❌ |');
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
    expect(buildPhases([])).toEqual({ contentSeconds: undefined, pagesSeconds: undefined, searchIndexSeconds: undefined });
    expect(durationSeconds('520ms')).toBe(0.52);
    expect(durationSeconds('2m')).toBe(120);
  });
});
