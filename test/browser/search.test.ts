import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSampleSite } from '../support/sample-site.ts';

const TITLES = {
  chuDucNhuan: 'Tập trung cao độ tham mưu phòng, chống dịch COVID-19',
  vpcp: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới',
  dongNai: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy',
};

const site = useSampleSite();

async function openSearch(query: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}/tim-kiem/?${query}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /kết quả|Không tìm thấy|Không có kết quả|Nhập từ khóa/.test(status);
  });
  return page;
}

const titles = (page: Page) => page.locator('.search-result__title').allTextContents();

describe('search in the browser understands Vietnamese', () => {
  it.each([
    ['with tone marks', 'Chu Đức Nhuận', [TITLES.chuDucNhuan]],
    ['without tone marks, d for đ', 'chu duc nhuan', [TITLES.chuDucNhuan]],
    ['decomposed (NFD) input', 'Chu Đức Nhuận'.normalize('NFD'), [TITLES.chuDucNhuan]],
    ['"nguyen duc minh"', 'nguyen duc minh', [TITLES.vpcp]],
    ['"de an ton dong"', 'de an ton dong', [TITLES.chuDucNhuan]],
    ['"phong chong dich"', 'phong chong dich', [TITLES.chuDucNhuan]],
  ])('%s finds the article', async (_, query, expected) => {
    const page = await openSearch(new URLSearchParams({ q: query }).toString());
    const found = await titles(page);
    expect(found.slice(0, expected.length)).toEqual(expected);
    await page.close();
  });

  it('"dang uy" finds the Đảng ủy articles, and both tone placements (hòa/hoà) find the same pages', async () => {
    const dangUy = await openSearch('q=dang+uy');
    expect(await titles(dangUy)).toContain(TITLES.vpcp);
    await dangUy.close();
    const results = [];
    for (const q of ['điều hòa', 'điều hoà', 'dieu hoa']) {
      const page = await openSearch(new URLSearchParams({ q }).toString());
      results.push((await titles(page)).sort());
      await page.close();
    }
    expect(results[0]).toContain(TITLES.vpcp);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('shows the count, dates, units and excerpts with the words marked, never folded text', async () => {
    const page = await openSearch('q=chu+duc+nhuan');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ kết quả cho “chu duc nhuan”$/);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__meta').textContent()).toBe('Thứ Tư, 26/08/2020 10:54 · Chi bộ Vụ Khoa giáo-Văn xã');
    const marks = await first.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The folded keywords that make "duc" find "Đức" are never shown.
    const shown = await page.locator('.search-results').textContent();
    expect(shown).toContain('Chu Đức Nhuận');
    expect(shown).not.toMatch(/(^|[^\p{L}])(dảng|dức|dồng|nhuan)([^\p{L}]|$)/iu);
    await page.close();
  });

  it('says so in Vietnamese when nothing matches', async () => {
    const page = await openSearch('q=xyzzyqwv');
    expect(await page.locator('#search-status').textContent()).toBe(
      'Không tìm thấy kết quả nào cho “xyzzyqwv”. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
    );
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });
});

describe('filters and sorting', () => {
  it('a unit filter narrows the results, and a parent unit includes its sub-units', async () => {
    const all = await openSearch('q=tham+muu');
    expect((await titles(all)).sort()).toEqual(Object.values(TITLES).sort());
    // The filters (values for the whole archive, counts for this query) load when the reader opens them.
    await all.locator('#search-filter-box > summary').click();
    const unitFilter = all.locator('fieldset', { hasText: 'Đơn vị' });
    await unitFilter.locator('label').first().waitFor();
    expect(await unitFilter.locator('label').allTextContents()).toContain('Văn phòng Chính phủ (2)');
    await unitFilter.getByLabel('Văn phòng Tỉnh ủy Đồng Nai (1)').check();
    await all.waitForFunction(() => document.querySelectorAll('.search-result').length === 1);
    expect(await titles(all)).toEqual([TITLES.dongNai]);
    expect(all.url()).toContain('don-vi=V%C4%83n+ph%C3%B2ng+T%E1%BB%89nh+%E1%BB%A7y+%C4%90%E1%BB%93ng+Nai');
    await all.close();
    const parent = await openSearch(`q=tham+muu&don-vi=${encodeURIComponent('Văn phòng Chính phủ')}`);
    expect((await titles(parent)).sort()).toEqual([TITLES.vpcp, TITLES.chuDucNhuan].sort());
    await parent.close();
  });

  it('author and year filters work from the URL, which the back button restores', async () => {
    const page = await openSearch('q=tham+muu&nam=2021');
    expect((await titles(page)).sort()).toEqual([TITLES.vpcp, TITLES.dongNai].sort());
    await page.locator('fieldset', { hasText: 'Tác giả' }).getByLabel('Gia Huy (1)').check();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 1);
    expect(await titles(page)).toEqual([TITLES.vpcp]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 2);
    expect(new URL(page.url()).search).toBe('?q=tham+muu&nam=2021');
    await page.close();
  });

  it('sorting by newest orders results by date', async () => {
    const page = await openSearch('q=tham+muu&sap-xep=moi-nhat');
    expect(await titles(page)).toEqual([TITLES.vpcp, TITLES.dongNai, TITLES.chuDucNhuan]);
    expect(await page.locator('select[name="sap-xep"]').inputValue()).toBe('moi-nhat');
    await page.close();
  });
});

describe('the header search box', () => {
  it('/ focuses it, Enter lands on the results, and opening a result highlights the words', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/don-vi/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('o-tim-kiem');
    await page.keyboard.type('chu duc nhuan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=chu\+duc\+nhuan$/);
    await page.waitForSelector('.search-result');
    expect((await titles(page))[0]).toBe(TITLES.chuDucNhuan);
    await page.locator('.search-result__title a').first().click();
    await page.waitForURL(/\/bai-viet\/2020\/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19\/\?tu-khoa=/);
    await page.waitForSelector('.prose mark.search-hit');
    const marked = await page.locator('.prose mark.search-hit').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['Chu', 'Đức', 'Nhuận']));
    // Marked like search matches: any tones, d for đ (so "chu" also marks "chủ").
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    for (const word of marked) expect(['chu', 'duc', 'nhuan']).toContain(fold(word));
    await page.close();
  });

  it('works before any script: the form GETs /tim-kiem/?q=…', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    await page.fill('#o-tim-kiem', 'đảng ủy');
    await page.press('#o-tim-kiem', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('đảng ủy');
    await context.close();
  });
});
