import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/bench/generate-archive.ts';
import { createRandom } from '../../../scripts/bench/random.ts';
import { buildPhases, durationSeconds, searchShards } from '../../../scripts/bench/phases.ts';
import { benchTable, type BenchResult } from '../../../scripts/bench/report.ts';
import { textPool } from '../../../scripts/bench/text-pool.ts';
import { fold, judgedQueries, wordRuns } from '../../../scripts/bench/judged-queries.ts';
import { judge, summarise } from '../../../scripts/bench/relevance.ts';
import { checkArticles } from '../../../src/content-check/check-articles.ts';
import { checkAuthors, checkUnits } from '../../../src/content-check/check-registry.ts';
import { projectRoot } from '../../support/paths.ts';

const seeds = join(projectRoot, 'test/fixtures/seeds');
const pool = async () => textPool(await Promise.all((await readdir(seeds)).sort().map((f) => readFile(join(seeds, f), 'utf8'))));

describe('the benchmark archive', () => {
  it('is the same for the same seed and different for another', async () => {
    const p = await pool();
    expect(generateArchive(50, p)).toEqual(generateArchive(50, p));
    expect(generateArchive(50, p, 1).files).not.toEqual(generateArchive(50, p).files);
    expect(createRandom(7).next()).toBe(createRandom(7).next());
  });

  it('passes the content checks: valid frontmatter, known units and authors, unique permalinks', async () => {
    const { files } = generateArchive(300, await pool());
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
      ciRebuild: { ...build, wallSeconds: 12, pagesRendered: 40, pagesCached: 13960 },
      articlePageKiB: 12,
      search: [
        { query: 'chu duc nhuan', newest: false, results: 10, total: 40, bytes: 200 * 1024, indexBytes: 150 * 1024, completeBytes: 250 * 1024, pageBytes: 90 * 1024, ms: 600, completeMs: 900, top: [], documents: [] },
        { query: 'cai cach', newest: true, results: 10, total: 12, bytes: 100 * 1024, indexBytes: 80 * 1024, completeBytes: 150 * 1024, pageBytes: 90 * 1024, ms: 250, completeMs: 700, top: [], documents: [] },
      ],
    };
    const table = benchTable(result);
    expect(table).toContain('| bantin ÷ minimal (wall time) | 1.20 | ≤ 1.3 | ✅ |');
    expect(table).toContain('| Content sync / pages / search index, s (bantin; minimal) | 10.0 / 20.0 / 10.0; 10.0 / 20.0 / 10.0 | | |'.replace('| | |', '|  |  |'));
    expect(table).toContain('| Rebuild after editing one article (s, share of cold) | 20.0 (33%) | ≤ 25% | ❌ |');
    expect(table).toContain('| CI rebuild: fresh checkout elsewhere, cache restored, one article edited (s, share of cold) | 12.0 (20%) | ≤ 25% | ✅ |');
    expect(table).toContain('| CI rebuild: pages rendered / kept from the cache | 40 / 13960 |  |  |');
    const { minimal: _, ...withoutMinimal } = result;
    const failed = benchTable({ ...withoutMinimal, minimalFailure: 'Failed to convert rust `&str` into napi `string`' });
    expect(failed).toContain('| Minimal Astro + Pagefind build | failed: Failed to convert rust `&str` into napi `string` |  |  |');
    expect(failed).toContain('| Rebuild after editing one article (s, share of cold) | 20.0 (33%) | ≤ 25% | ❌ |');
    const target = '≤ 150 KiB / ≤ 300 ms; ≤ 300 KiB / ≤ 1000 ms';
    expect(table).toContain(`| Search “chu duc nhuan”: first results / final (results shown; total) | 200.0 KiB / 600 ms; 250.0 KiB / 900 ms (10; 40) | ${target} | ❌ |`);
    expect(table).toContain(`| Search “cai cach” (newest first): first results / final (results shown; total) | 100.0 KiB / 250 ms; 150.0 KiB / 700 ms (10; 12) | ${target} | ✅ |`);
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

describe('the judged queries', () => {
  it('are at least 40, each phrase held by some articles, each remembered title held by its article alone', async () => {
    const archive = generateArchive(1500, await pool());
    const queries = judgedQueries(archive);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const query of queries.filter((q) => q.relevant)) expect(query.relevant!.length, query.q).toBeGreaterThan(0);
    const titles = queries.filter((q) => q.type === 'title');
    expect(titles).toHaveLength(10);
    for (const query of titles) {
      const holders = archive.articles.filter((a) => ` ${wordRuns([a.title])[0]!.join(' ')} `.includes(` ${fold(query.q)} `));
      expect(holders.map((a) => a.url)).toEqual([query.target]);
    }
    expect(queries.filter((q) => q.type === 'document').map((q) => q.target)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/van-ban\//)]));
  });

  it('judge text by phrase: sentences end a phrase, commas and tone marks do not', () => {
    expect(wordRuns(['Đảng ủy cấp ủy. Ủy ban, Đảng viên: x'])).toEqual([['dang', 'uy', 'cap', 'uy'], ['uy', 'ban', 'dang', 'vien', 'x']]);
  });

  it('scores R-precision at 10 and reciprocal rank', () => {
    const cost = (top: string[], documents: string[] = []) => ({ query: '', newest: false, results: 0, total: 0, bytes: 0, indexBytes: 0, completeBytes: 0, pageBytes: 0, ms: 0, completeMs: 0, top, documents });
    const relevant = ['/a/', '/b/', '/c/'];
    expect(judge({ type: 'phrase-plain', q: 'x', relevant }, cost(['/a/', '/x/', '/c/', '/b/'])).rPrecision).toBeCloseTo(2 / 3);
    const many = Array.from({ length: 20 }, (_, i) => `/${i}/`);
    expect(judge({ type: 'name', q: 'x', relevant: many }, cost([...many.slice(0, 9), '/z/'])).rPrecision).toBe(0.9);
    expect(judge({ type: 'title', q: 'x', target: '/b/' }, cost(['/a/', '/b/'])).reciprocalRank).toBe(0.5);
    expect(judge({ type: 'document', q: 'x', target: '/d/' }, cost(['/d/'], ['/e/'])).reciprocalRank).toBe(0);
    const summary = summarise([judge({ type: 'title', q: 'x', target: '/b/' }, cost(['/b/'])), judge({ type: 'title', q: 'y', target: '/c/' }, cost(['/b/', '/c/']))]);
    expect(summary[0]).toMatchObject({ type: 'title', queries: 2, mrr: 0.75 });
  });
});
