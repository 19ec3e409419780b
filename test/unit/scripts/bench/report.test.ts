import { describe, expect, it } from 'vitest';
import { benchTable, growthTable, type BenchResult } from '../../../../scripts/bench/report.ts';

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

  it("divides each larger archive's worst search figures by the smallest one's", () => {
    const cost = (ms: number, completeMs: number, kib: number) => ({ query: 'đảng ủy', newest: true, results: 10, total: 5, bytes: kib * 1024, indexBytes: 0, completeBytes: 2 * kib * 1024, pageBytes: 0, ms, completeMs, top: [], documents: [] });
    const type = (firstMs: number, wholeMs: number) => ({ type: 'title' as const, queries: 10, mrr: 1, firstKiB: 40, firstMs, wholeKiB: 100, wholeMs });
    const at = (articles: number, firstMs: number, wholeMs: number): BenchResult => ({
      articles,
      date: '2026-12-07',
      machine: { cpus: 2, memoryGiB: 24, node: 'v24' },
      search: [cost(firstMs, wholeMs, articles / 1000)],
      searchTypes: [type(firstMs, wholeMs)],
    });
    const table = growthTable([at(50000, 300, 1200), at(10000, 200, 1000)]);
    expect(table).toContain("| Search: remembered titles, worst of the type, 50000 ÷ 10000 articles | 1.00 / 1.50; 1.00 / 1.20 | ≤ 1.5 | ✅ |");
    expect(table).toContain('| Search “đảng ủy” (newest first), 50000 ÷ 10000 articles | 5.00 / 1.50; 5.00 / 1.20 | ≤ 1.5 | ❌ |');
  });
});
