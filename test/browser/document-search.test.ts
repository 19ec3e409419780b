import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSampleSite } from '../support/sample-site.ts';

const site = useSampleSite();

async function openSearch(query: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}/tim-kiem/?${query}`);
  await page.waitForFunction(() => /kết quả|Không tìm thấy|Không có kết quả/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page;
}

/** Every result link on the page in the order a reader meets them: documents first, then articles. */
const resultLinks = (page: Page) => page.locator('#search-documents:not([hidden]) a, #search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('searching a document by its number', () => {
  it.each([
    ['35-CT/TW', '/van-ban/35-ct-tw/'],
    ['35/CT-TW', '/van-ban/35-ct-tw/'],
    ['35 CT TW', '/van-ban/35-ct-tw/'],
    ['ct 35', '/van-ban/35-ct-tw/'],
    ['nđ 42 2022', '/van-ban/42-2022-nd-cp/'],
    ['nd 42 2022', '/van-ban/42-2022-nd-cp/'],
    ['42/2022/NĐ-CP', '/van-ban/42-2022-nd-cp/'],
    ['11-QĐi/TW', '/van-ban/11-qdi-tw/'],
    ['qdi 11', '/van-ban/11-qdi-tw/'],
  ])('"%s" finds %s first', async (query, url) => {
    const page = await openSearch(new URLSearchParams({ q: query }).toString());
    expect((await resultLinks(page))[0]).toBe(url);
    await page.close();
  });

  it('lists the documents apart, above the articles, with their day of issue and issuer', async () => {
    const page = await openSearch('q=11-Q%C4%90i%2FTW');
    const first = page.locator('.search-document').first();
    expect(await first.locator('.search-document__title').textContent()).toBe('Quy định số 11-QĐi/TW');
    expect(await first.locator('.search-document__meta').textContent()).toBe('Ngày ban hành 18/02/2019 · Bộ Chính trị');
    // The article citing it is found too, among the articles.
    expect(await page.locator('.search-result__title').allTextContents()).toContain('Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy');
    await page.close();
  });

  it('the kind filter finds documents only, and an article filter leaves documents out', async () => {
    const page = await openSearch(`q=v%E1%BB%81&loai-van-ban=${encodeURIComponent('Chỉ thị')}`);
    expect((await resultLinks(page)).sort()).toEqual(['/van-ban/05-ct-tw/', '/van-ban/35-ct-tw/']);
    expect(await page.locator('.search-result').count()).toBe(0);
    // A filter in the URL opens the filters.
    const kinds = page.locator('fieldset', { hasText: 'Loại văn bản' });
    await kinds.locator('label').first().waitFor();
    expect(await kinds.locator('label').allTextContents()).toContain('Chỉ thị (2)');
    await page.close();
    const articles = await openSearch('q=11-Q%C4%90i%2FTW&nam=2021');
    expect(await articles.locator('#search-documents').isHidden()).toBe(true);
    expect(await articles.locator('.search-result').count()).toBeGreaterThan(0);
    await articles.close();
  });
});
