import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../../scripts/bench/generate-archive.ts';
import { createRandom } from '../../../../scripts/bench/random.ts';
import { checkArticles } from '../../../../src/content-check/check-articles.ts';
import { checkAuthors, checkUnits } from '../../../../src/content-check/check-registry.ts';
import { textPool } from '../../../../scripts/bench/text-pool.ts';
import { projectRoot } from '../../../support/paths.ts';

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
