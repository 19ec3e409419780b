import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { summarise } from '../../../src/search-index/page-summary.ts';
import { SummaryCache, saveSummaries } from '../../../src/search-index/summary-cache.ts';

const html = (title: string) =>
  '<!doctype html><html lang="vi"><head><meta name="search:date" content="2022-03-02T01:00:00.000Z"><meta name="search:year" content="2022"></head>' +
  `<body><main><article data-search-body><h1 data-search="title">${title}</h1><p>Nội dung.</p></article></main></body></html>`;

const PATH = 'bai-viet/2022/hoi-nghi/index.html';
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A build's folders: Astro's cached page in `cache/dist/`, its copy in `dist/` put there at `seededAt`. */
async function builtIn(dir: string, title: string) {
  for (const base of [join(dir, 'cache/dist'), join(dir, 'dist')]) {
    await mkdir(join(base, 'bai-viet/2022/hoi-nghi'), { recursive: true });
    await writeFile(join(base, PATH), html(title));
  }
  return { cache: join(dir, 'cache'), dist: join(dir, 'dist'), page: { url: '/bai-viet/2022/hoi-nghi/', file: join(dir, 'dist', PATH) } };
}

describe('search summaries kept from the last build', () => {
  it('are reused in a checkout in another folder, every file dated anew, when the page has the same bytes', async () => {
    const first = await mkdtemp(join(tmpdir(), 'bantin-summaries-'));
    const second = await mkdtemp(join(tmpdir(), 'bantin-summaries-elsewhere-'));
    dirs.push(first, second);
    const built = await builtIn(first, 'Hội nghị');
    await saveSummaries(built.cache, built.dist, [await summarise(built.page)]);

    // The cache restored elsewhere, its files written anew; the page copied in from it before the build.
    await cp(built.cache, join(second, 'cache'), { recursive: true });
    const rebuilt = await builtIn(second, 'Hội nghị');
    const cache = await SummaryCache.load(rebuilt.cache, rebuilt.dist, Date.now() + 1000);
    expect(await cache.reuse(rebuilt.page)).toMatchObject({ url: '/bai-viet/2022/hoi-nghi/', file: rebuilt.page.file });
    expect(cache.kept).toBe(1);
  });

  it('are not reused for a page whose bytes changed, though its size did not', async () => {
    const first = await mkdtemp(join(tmpdir(), 'bantin-summaries-'));
    dirs.push(first);
    const built = await builtIn(first, 'Hội nghị A');
    await saveSummaries(built.cache, built.dist, [await summarise(built.page)]);
    await writeFile(built.page.file, html('Hội nghị B')); // same length
    await writeFile(join(built.cache, 'dist', PATH), html('Hội nghị B'));
    const cache = await SummaryCache.load(built.cache, built.dist, Date.now() + 1000);
    expect(await cache.reuse(built.page)).toBeUndefined();
    expect(cache.kept).toBe(0);
  });
});
