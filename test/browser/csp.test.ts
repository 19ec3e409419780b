import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSampleSite } from '../support/sample-site.ts';

const site = useSampleSite();

/** A page that records every CSP refusal Chromium reports, and every page error. */
async function watchedPage(): Promise<{ page: Page; refusals: string[] }> {
  const page = await site.browser.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  page.on('pageerror', (error) => refusals.push(`page error: ${error.message}`));
  return { page, refusals };
}

describe('Content-Security-Policy', () => {
  it('search runs under it without a single refusal: query, filter, sort, open a highlighted result', async () => {
    const { page, refusals } = await watchedPage();
    const csp = await (await page.goto(`${site.server.url}/`))!.text();
    expect(csp).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'[ ;]/);
    expect(csp).not.toMatch(/unsafe/);
    await page.fill('#o-tim-kiem', 'dang uy');
    await page.press('#o-tim-kiem', 'Enter');
    await page.waitForSelector('.search-result');
    await page.locator('#search-filter-box > summary').click();
    await page.locator('fieldset', { hasText: 'Năm' }).getByLabel(/^2021 /).check();
    await page.selectOption('select[name="sap-xep"]', 'moi-nhat');
    await page.waitForURL(/sap-xep=moi-nhat/);
    await page.waitForSelector('.search-result');
    await page.locator('.search-result__title a').first().click();
    await page.waitForSelector('.prose mark.search-hit');
    expect(refusals).toEqual([]);
    await page.close();
  });

  it('an inline script or style smuggled into a page would be refused (the policy is enforced)', async () => {
    const { page, refusals } = await watchedPage();
    await page.goto(`${site.server.url}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(refusals.some((r) => /script/i.test(r))).toBe(true);
    await page.close();
  });
});
