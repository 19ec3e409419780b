import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-files/diagnostic.ts';
import { site } from '../../src/data/site.ts';
import { startCms } from '../support/cms.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const root = join(tmpRoot, 'cms-phone');
const content = join(root, 'content');
const WIDTH = 360;
const HEIGHT = 640;
/** Decap loads and renders as it will on a machine busy with other tests. */
const SLOW = { timeout: 15_000 };

let cms: ChildProcess;
let adminUrl: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(projectRoot, 'content'), content, { recursive: true });
  let started: Awaited<ReturnType<typeof startCms>>;
  [started, browser] = await Promise.all([startCms(content, join(root, 'cache')), launchChromium()]);
  ({ cms, adminUrl } = started);
  // A phone whose language is English and whose clock is far from Vietnam's.
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'en-US', timezoneId: 'America/New_York' });
  page = await context.newPage();
  await page.goto(adminUrl);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
});

afterAll(async () => {
  await browser?.close();
  if (cms && cms.exitCode === null) cms.kill('SIGINT');
});

const scrollWidth = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
const entries = (collection: string) => page.locator(`a[href*="/collections/${collection}/entries/"]`);

/** An entry's form, reached from its collection's list (from another entry's form, Decap would keep that one's data). */
async function openEntry(collection: string, slug: string) {
  await page.goto(`${adminUrl}#/collections/${collection}`);
  await entries(collection).first().waitFor();
  await page.goto(`${adminUrl}#/collections/${collection}/entries/${slug}`);
}

/** The whole control on screen, without scrolling in any direction. */
async function expectOnScreen(control: Locator) {
  const box = (await control.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
}

describe('the web editor on a phone (360 × 640, English browser, New York time)', () => {
  it('edits articles, editions, documents and standing pages, newest first, dates as dd/mm/yyyy HH:mm in Vietnam time', async () => {
    for (const name of ['Bài viết', 'Số bản tin', 'Văn bản', 'Trang riêng', 'Đơn vị', 'Tác giả']) {
      await expect.poll(() => page.getByRole('link', { name, exact: true }).count(), SLOW).toBeGreaterThan(0);
    }
    await expect.poll(() => entries('articles').allTextContents(), SLOW).toEqual([
      'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới · 20/07/2021 17:13',
      'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy · 10/06/2021 17:57',
      'Tập trung cao độ tham mưu phòng, chống dịch COVID-19 · 26/08/2020 10:54',
    ]);
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(root, 'cms-list.png'), fullPage: true });

    await page.goto(`${adminUrl}#/collections/documents`);
    await expect.poll(() => entries('documents').count(), SLOW).toBe(8);
    const days = (await entries('documents').allTextContents()).map((text) => /(\d\d)\/(\d\d)\/(\d{4})$/.exec(text)!.slice(1).reverse().join('-'));
    expect(days).toEqual([...days].sort().reverse());
    expect(days[0]).toBe('2022-06-24');
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);

    await page.goto(`${adminUrl}#/collections/editions`);
    await expect.poll(() => entries('editions').allTextContents(), SLOW).toEqual(['Số 1 – Tháng 7/2021 (31/07/2021)']);

    await openEntry('pages', 'gioi-thieu');
    await expect.poll(() => page.getByLabel(/^Ngày giờ cập nhật/).inputValue({ timeout: 1000 }).catch(() => ''), SLOW).toBe('20/11/2026 09:00');
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
  });

  it('shows an article’s form within the screen, its publishing controls in reach', async () => {
    await openEntry('articles', '2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy');
    await expect.poll(() => page.getByLabel('Ngày giờ đăng', { exact: true }).inputValue({ timeout: 1000 }).catch(() => ''), SLOW).toBe('10/06/2021 17:57');
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
    await expectOnScreen(page.getByText('Đã công bố', { exact: true }));
    await expectOnScreen(page.getByRole('button', { name: 'Xoá mục này' }));
    await page.screenshot({ path: join(root, 'cms-article.png') });
  });

  it('writes a new document after naming the missing fields and checking the number against the kind, as the content check does', async () => {
    await page.goto(`${adminUrl}#/collections/documents/new`);
    const number = page.getByLabel('Số ký hiệu', { exact: true });
    await number.waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
    const publish = page.getByRole('button', { name: 'Công bố', exact: true });
    await expectOnScreen(publish);
    await page.screenshot({ path: join(root, 'cms-document.png') });

    await publish.click();
    await page.getByText('Công bố ngay').click();
    await expect
      .poll(() => page.locator('.Toastify__toast').allTextContents(), SLOW)
      .toEqual(['Chưa lưu được: chưa điền Số ký hiệu, Loại văn bản, Cơ quan ban hành, Ngày ban hành, Trích yếu.']);

    await number.fill('12/CT-UBND');
    await page.getByLabel('Loại văn bản', { exact: true }).click();
    await page.getByRole('option', { name: 'Nghị định', exact: true }).click();
    await page.getByText('Nghị định', { exact: true }).waitFor();
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Chính phủ');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('5/3/2021');
    await page.getByLabel('Trích yếu', { exact: true }).fill('Về thử nghiệm trang biên tập');
    await number.focus();
    await number.blur();
    await expect
      .poll(() => page.locator('[class*="ControlErrorsList"] li').allTextContents(), SLOW)
      .toEqual(['Số ký hiệu: "12/CT-UBND": Nghị định là văn bản quy phạm pháp luật; số ký hiệu ghi cả năm ban hành, viết như 12/2022/NĐ-CP']);
    await expect.poll(() => page.getByLabel('Ngày ban hành', { exact: true }).inputValue(), SLOW).toBe('05/03/2021');

    // Decap's text field keeps its caret where it was: empty it first, as a person would.
    await number.fill('');
    await number.fill('12/2021/NĐ-CP');
    await publish.click();
    await page.getByText('Công bố ngay').click();
    const file = join(content, 'documents/12-2021-nd-cp.md');
    await expect.poll(() => existsSync(file), SLOW).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(
      ['---', 'number: 12/2021/NĐ-CP', 'kind: Nghị định', 'issuer: Chính phủ', 'issued: 2021-03-05', 'summary: Về thử nghiệm trang biên tập', '---', ''].join('\n'),
    );
    const diagnostics = await checkContent(root, site);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    await rm(file);
  });
});
