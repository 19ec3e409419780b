import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../../scripts/bench/generate-archive.ts';
import { fold, judgedQueries, wordRuns } from '../../../../scripts/bench/judged-queries.ts';
import { judge, summarise } from '../../../../scripts/bench/relevance.ts';
import { textPool } from '../../../../scripts/bench/text-pool.ts';
import { projectRoot } from '../../../support/paths.ts';

const seeds = join(projectRoot, 'test/fixtures/seeds');
const pool = async () => textPool(await Promise.all((await readdir(seeds)).sort().map((f) => readFile(join(seeds, f), 'utf8'))));

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
