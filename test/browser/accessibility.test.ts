import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useSampleSite } from '../support/sample-site.ts';

const require = createRequire(import.meta.url);

const PAGES = {
  home: '/',
  article: '/bai-viet/2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi/',
  unit: '/don-vi/van-phong-chinh-phu/',
  author: '/tac-gia/nhat-thy/',
  year: '/luu-tru/2021/',
  notFound: '/khong-co-trang-nay/',
  search: '/tim-kiem/?q=chu+duc+nhuan&nam=2020',
  siteMap: '/so-do-trang/',
  standingPage: '/gioi-thieu/',
};

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

const site = useSampleSite();
/** axe-core and the text-size override are injected by the test: the site's CSP would (rightly) refuse them. */
const testPage = (options: Parameters<Browser['newPage']>[0] = {}) => site.browser.newPage({ ...options, bypassCSP: true });
let axeSource: string;

beforeAll(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

/**
 * Open `path` and wait until it is what a reader sees: loaded, its fonts in, and on the search page the results
 * shown (Playwright's `networkidle` would wait half a second after every page instead).
 */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(site.server.url + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (path.startsWith('/tim-kiem/')) await page.locator('.search-result').first().waitFor();
}

/** axe's findings on the page as it is now, one line per rule broken. */
async function violations(page: Page): Promise<string[]> {
  const result = (await page.evaluate(() =>
    // @ts-expect-error axe is injected by the caller
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
  )) as { violations: AxeViolation[] };
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core in Chromium)', () => {
  // Pages in parallel: each is its own browser page, and axe waits on the browser more than on Node.
  it.concurrent.each(Object.entries(PAGES))('%s has no violation, light and dark', async (_, path) => {
    const page = await testPage({ colorScheme: 'light' });
    try {
      await open(page, path);
      await page.addScriptTag({ content: axeSource });
      const light = await violations(page);
      // The site's colours follow prefers-color-scheme in CSS alone: switching it restyles the page as a dark load would.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const dark = await violations(page);
      expect(light).toEqual([]);
      expect(dark).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the 404 page is served for a missing URL', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.server.url + PAGES.notFound);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await page.close();
  });
});

describe('layout', () => {
  it.concurrent.each(Object.entries(PAGES))('%s fits a 320 px screen, and 640 px with text at 200%%', async (_, path) => {
    const page = await testPage({ viewport: { width: 320, height: 800 } });
    try {
      await open(page, path);
      // One load: the page is measured at 320 px, then widened and its text enlarged, as a reader would.
      for (const [width, fontSize] of [
        [320, '100%'],
        [640, '200%'],
      ] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.addStyleTag({ content: `html { font-size: ${fontSize} !important; }` });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px, ${fontSize}`).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.close();
    }
  });

  it('the skip link is the first thing a keyboard reaches and moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PAGES.article);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chuyển đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it('loads the self-hosted Vietnamese fonts and makes no request to another host', async () => {
    const page = await site.browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto(site.server.url + PAGES.article, { waitUntil: 'networkidle' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    });
    expect(new Set(fonts)).toEqual(new Set(['Noto Serif', 'Noto Sans']));
    expect([...hosts]).toEqual([new URL(site.server.url).host]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('an article reads in full: title, byline, body, captions', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGES.article);
    expect(await page.locator('h1').textContent()).toBe('Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới');
    expect(await page.locator('.byline time').first().textContent()).toBe('Thứ Ba, 20/07/2021 17:13');
    expect(await page.locator('.prose p').count()).toBeGreaterThan(10);
    expect(await page.locator('.prose figcaption').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('the text size control', () => {
  it('enlarges text up to 200%, is remembered on the next page, and resets', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url + PAGES.article);
    const larger = page.getByRole('button', { name: 'tăng cỡ chữ' });
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await fontSize()).toBe('16px');
    for (let i = 0; i < 8; i++) await larger.click();
    expect(await fontSize()).toBe('32px');
    await page.goto(site.server.url + PAGES.home);
    expect(await fontSize()).toBe('32px');
    await page.getByRole('button', { name: 'cỡ chữ mặc định' }).click();
    expect(await fontSize()).toBe('16px');
    await context.close();
  });
});
