import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SearchManifest } from '../../src/lib/search-manifest.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { SUB_PATH_SITE } from '../support/sub-path-site.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';
import { htmlProblems } from '../support/html-problems.ts';
import { brokenLinks } from '../support/site-links.ts';

const TITLES = {
  chuDucNhuan: 'Tập trung cao độ tham mưu phòng, chống dịch COVID-19', // 2020
  vpcp: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', // 2021
  dongNai: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy', // 2021
};

/** The sample site built a second way (see SUB_PATH_SITE): its index in two tiers, under a sub-path. */
const SITE_URL = SUB_PATH_SITE.url;
const BASE = SUB_PATH_SITE.base;
const { dist, buildLog } = inject('subPathSite');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let manifest: SearchManifest;

beforeAll(async () => {
  manifest = JSON.parse(await readFile(join(dist, 'chi-muc/manifest.json'), 'utf8')) as SearchManifest;
  server = await serveDist(dist, { gzip: true, base: BASE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open a search, recording every request made, until its results are final. */
async function search(query: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.served.clear();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}${BASE}tim-kiem/?${query}`);
  await page.locator('#search-status[data-state="done"]').waitFor();
  return { page, requests };
}

const titles = (page: Page) => page.locator('.search-result__title').allTextContents();

describe('a search index in tiers', () => {
  it('is two tiers, newest first: 2021 whole (its shard indexed while Astro still rendered 2020), 2020 through the directory', () => {
    expect(buildLog).toMatch(/\[search\] shard 2021: 2 pages indexed in [\d.]+ s.*\(while Astro rendered pages\)/);
    expect(buildLog).toMatch(/\[search\] shard 2020: 1 pages indexed in [\d.]+ s/);
    expect(manifest.tiers.map((tier) => [tier.id, tier.docs, Object.keys(tier.bits)])).toEqual([
      ['2021', 2, []],
      ['2020', 1, ['r']],
    ]);
    expect(manifest.directory.dir).toMatch(/^d-[0-9a-f]{16}\/$/);
  });

  it('finds the articles of both tiers, from files under the sub-path only', async () => {
    const { page, requests } = await search('q=tham+muu');
    expect(await page.locator('#search-status').textContent()).toBe('3 kết quả cho “tham muu”');
    expect((await titles(page)).sort()).toEqual(Object.values(TITLES).sort());
    const index = requests.filter((path) => path.includes('/chi-muc/'));
    expect(index.length).toBeGreaterThan(0);
    expect(index.every((path) => path.startsWith(`${BASE}chi-muc/`))).toBe(true);
    expect(index.some((path) => path.startsWith(`${BASE}chi-muc/${manifest.directory.dir}`))).toBe(true);
    await page.context().close();
  });

  it('orders newest first exactly by date across tiers', async () => {
    const { page } = await search('q=tham+muu&sap-xep=moi-nhat');
    expect(await titles(page)).toEqual([TITLES.vpcp, TITLES.dongNai, TITLES.chuDucNhuan]);
    await page.context().close();
  });

  it('a year filter reads only that year’s tier, and the filters load only when asked for', async () => {
    const { page, requests } = await search('q=tham+muu&nam=2020');
    expect(await titles(page)).toEqual([TITLES.chuDucNhuan]);
    expect(requests.some((path) => path.startsWith(`${BASE}chi-muc/${manifest.tiers[0]!.dir}`))).toBe(false);
    // A filter in the URL opens the filters, with every value of the archive.
    expect(await page.locator('#search-filter-box').getAttribute('open')).not.toBeNull();
    await page.locator('fieldset', { hasText: 'Năm' }).getByLabel('2021 (0)').waitFor();
    await page.context().close();

    const plain = await search('q=tham+muu');
    expect(plain.requests.some((path) => /\/facets/.test(path))).toBe(false);
    await plain.page.locator('#search-filter-box > summary').click();
    // Counts for this query, over the whole archive.
    await plain.page.locator('fieldset', { hasText: 'Năm' }).getByLabel('2020 (1)').waitFor();
    expect(await plain.page.locator('fieldset', { hasText: 'Năm' }).getByLabel('2021 (2)').count()).toBe(1);
    await plain.page.context().close();
  });
});

describe('a site published under a sub-path', () => {
  it('has every link, image, script, style, feed item and sitemap entry under its address, each finding its file', async () => {
    expect(await brokenLinks(dist, SITE_URL)).toEqual([]);
    const feed = await readFile(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE_URL}bai-viet/`);
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
  });

  it('is valid HTML', async () => {
    // The site's pages. The web editor's page (admin/, built here too: see SUB_PATH_SITE) is the shell Decap CMS runs
    // in, not a page of the site; html-validate's style rules ask of it an upper-case DOCTYPE.
    expect((await htmlProblems(dist)).filter((problem) => !problem.startsWith('admin/'))).toEqual([]);
  });

  it('searches from the header and opens a result under the sub-path, its words highlighted', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const { pathname, origin } = new URL(request.url());
      if (origin === server.url && !pathname.startsWith(BASE)) outside.push(pathname);
    });
    await page.goto(`${server.url}${BASE}`);
    await page.locator('#o-tim-kiem').fill('chu duc nhuan');
    await page.locator('#o-tim-kiem').press('Enter');
    await page.waitForURL(`${server.url}${BASE}tim-kiem/?q=chu+duc+nhuan`);
    const result = page.locator('.search-result__title a', { hasText: TITLES.chuDucNhuan });
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(/^\/ban-tin\/bai-viet\/2020\/[^?#]+\/\?/);
    await result.click();
    await page.waitForURL(/\/ban-tin\/bai-viet\/2020\//);
    await page.locator('mark').first().waitFor();
    expect(outside).toEqual([]);
    await context.close();
  });

  it('finds a document by its number, linked under the sub-path', async () => {
    const { page } = await search('q=35-CT%2FTW');
    const first = page.locator('#search-documents a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/ban-tin\/van-ban\/35-ct-tw\//);
    await page.context().close();
  });

  it('shows the site’s 404 page, styled, for an address under it that does not exist', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${BASE}khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    const home = page.locator('.masthead__brand');
    expect(await home.getAttribute('href')).toBe(BASE);
    // The site's stylesheet applied: the page is not the browser's unstyled default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Noto/);
    await context.close();
  });
});
