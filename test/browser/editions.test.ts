import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../support/sample-site.ts';

const site = useSampleSite();
const ARTICLE = '/bai-viet/2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy/';

describe('the example edition in Chromium', () => {
  it('is reached from the navigation on a 360 px phone, its PDF downloads, its contents lead to the articles and back', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
    });
    page.on('pageerror', (error) => refusals.push(error.message));
    try {
      await page.goto(`${site.server.url}/`);
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Các số' }).click();
      await page.waitForURL(/\/so\/$/);
      expect(await page.locator('h1').textContent()).toBe('Các số bản tin');
      await page.getByRole('link', { name: 'Số 1 – Tháng 7/2021' }).click();
      await page.waitForURL(/\/so\/1\/$/);
      expect(await page.locator('h1').innerText()).toMatch(/^BẢN TIN\s+CÔNG TÁC VĂN PHÒNG$/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const pdfLink = page.getByRole('link', { name: 'Tải bản PDF' });
      const facts = await page.locator('[data-pdf-facts]').textContent();
      const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
      expect(download.suggestedFilename()).toBe('ban-tin-cong-tac-van-phong-so-1.pdf');
      const response = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, page.url()).href);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const bytes = await response.body();
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(facts).toMatch(/^PDF, \d+ trang, \d+ KB$/);

      await page.locator('.edition__contents').getByRole('link', { name: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy' }).click();
      await page.waitForURL((url) => url.pathname === ARTICLE);
      await page.locator('.article__editions').getByRole('link', { name: 'Số 1 – Tháng 7/2021' }).click();
      await page.waitForURL(/\/so\/1\/$/);
      expect(refusals).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lays the colophon out as label and value side by side on a desktop', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.server.url}/so/1/`);
      const label = await page.locator('.edition-colophon dt', { hasText: 'In tại' }).boundingBox();
      const value = await page.locator('.edition-colophon dd', { hasText: 'Xí nghiệp In Ví Dụ' }).boundingBox();
      expect(value!.x).toBeGreaterThan(label!.x + label!.width);
      expect(Math.abs(value!.y - label!.y)).toBeLessThan(4);
    } finally {
      await page.close();
    }
  });
});
