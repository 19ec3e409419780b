import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Document } from 'yaml';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { RANKING_ARTICLES, RANKING_ORDERS } from '../fixtures/search-ranking.ts';

/**
 * A site built from the ranking fixture's articles, searched in Chromium as a reader does. Its index is cut into
 * shards of at most three articles and a first tier of three, so most articles are in older tiers, read through
 * the directory.
 */
const root = join(tmpRoot, 'search-ranking');
const content = join(root, 'content');
const dist = join(root, 'dist');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  await rm(join(content, 'articles'), { recursive: true });
  for (const article of RANKING_ARTICLES) {
    const front = { title: article.title, date: article.date, author: 'nhat-thy', unit: 'van-phong-chinh-phu', lede: article.lede ?? 'Tin ngắn.' };
    await mkdir(join(content, 'articles', article.id, '..'), { recursive: true });
    await writeFile(join(content, 'articles', `${article.id}.md`), `---\n${new Document(front).toString({ lineWidth: 0 })}---\n\n${(article.body ?? ['Nội dung.']).join('\n\n')}\n`);
  }
  await buildSiteOrThrow({ outDir: dist, content, env: { BANTIN_SEARCH_SHARD_PAGES: '3', BANTIN_SEARCH_FIRST_TIER_PAGES: '3' } });
  server = await serveDist(dist, { gzip: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Search as a reader: type the query in the search page's box and press Enter; the page's results once final. */
async function search(q: string, params = ''): Promise<{ page: Page; ids: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/${params}`);
  await page.locator('#search-status[data-state="done"]').waitFor();
  await page.fill('#tim-kiem-q', q);
  await page.press('#tim-kiem-q', 'Enter');
  await page.waitForFunction((query) => {
    const status = document.querySelector('#search-status');
    return status?.getAttribute('data-state') === 'done' && status.textContent?.includes(query);
  }, q.normalize('NFC'));
  const ids = await page
    .locator('.search-result__title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/bai-viet\/\d+\/|\/$/g, '')));
  return { page, ids };
}

describe('search ranks as a Vietnamese reader means the query', () => {
  it.each(Object.entries(RANKING_ORDERS))('“%s”', async (q, expected) => {
    const { page, ids } = await search(q);
    expect(ids).toEqual(expected);
    await page.close();
  });

  it('reads an article’s exact tone marks however they were typed (NFD, old tone placement, capitals)', async () => {
    const { page, ids } = await search('ĐẢNG UỶ'.normalize('NFD'));
    expect(ids).toEqual(RANKING_ORDERS['đảng ủy']);
    await page.close();
  });

  it('orders the same matches by date when asked, and keeps the order in the URL', async () => {
    const { page, ids } = await search('dang uy', '?sap-xep=moi-nhat');
    expect(ids).toEqual(['sentence', 'apart', 'body', 'folded-title', 'title', 'lede', 'one', 'each', 'whole']);
    expect(new URL(page.url()).search).toBe('?q=dang+uy&sap-xep=moi-nhat');
    await page.close();
  });

  it('marks the query’s words in titles and excerpts, with the text as written', async () => {
    const { page } = await search('dang uy');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__title mark').allTextContents()).toEqual(['Đang', 'ủy']);
    expect(await page.locator('.search-result__excerpt mark').allTextContents()).toContain('Đảng');
    await page.close();
  });

  it('shows ten results, then the next ones after them when asked', async () => {
    const { page, ids } = await search('uy');
    expect(ids).toHaveLength(10);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    const all = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all).toHaveLength(15);
    expect(all.slice(0, 10).map((path) => path.replace(/^\/bai-viet\/\d+\/|\/$/g, ''))).toEqual(ids);
    expect(new Set(all).size).toBe(15);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('15 kết quả cho “uy”');
    await page.close();
  });
});
