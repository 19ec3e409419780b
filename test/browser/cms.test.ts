import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-files/diagnostic.ts';
import { slugify } from '../../src/lib/slug.ts';
import { site } from '../../src/data/site.ts';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { startCms } from '../support/cms.ts';
import { readPage, text } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const root = join(tmpRoot, 'cms');
const content = join(root, 'content');
const photo = join(root, 'Ảnh hội nghị 01.JPG');
const TITLE = 'Đảng ủy Văn phòng họp phiên thường kỳ: tổng kết 2.0';
const FILE = join(content, 'articles/2025', `${slugify(TITLE)}.md`);

let cms: ChildProcess;
let adminUrl: string;
let browser: Browser;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(projectRoot, 'content'), content, { recursive: true });
  await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#8a6d3b' } }).jpeg().toFile(photo);
  let started: Awaited<ReturnType<typeof startCms>>;
  [started, browser] = await Promise.all([startCms(content, join(root, 'cache')), launchChromium()]);
  ({ cms, adminUrl } = started);
});

afterAll(async () => {
  await browser?.close();
  if (cms && cms.exitCode === null) cms.kill('SIGINT');
});

/** A page that records every CSP refusal and page error. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  // Far from Vietnam: the file must still say +07:00, and the year of Vietnam time.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Paris', locale: 'vi-VN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

describe('the web editor on the local backend (npm run cms)', () => {
  it('lists the editions and writes a new one, its articles picked by title, that passes the check', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(adminUrl);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Số bản tin' }).first().click();
    await page.getByText('Số 1 – Tháng 7/2021').first().waitFor();
    await page.goto(`${adminUrl}#/collections/editions/new`);
    await page.getByLabel('Số', { exact: true }).fill('2');
    await page.getByLabel('Ngày phát hành', { exact: true }).fill('01/09/2021');
    await page.getByLabel(/^Kỳ/).fill('Tháng 8/2021');
    await page.getByRole('button', { name: /Thêm Chuyên mục/i }).click();
    await page.getByLabel('Tên chuyên mục', { exact: true }).fill('Công tác văn phòng');
    await page.getByLabel('Bài', { exact: true }).click();
    await page.keyboard.type('Tập trung làm tốt');
    await page.getByRole('option', { name: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy' }).click();
    await page.getByLabel('Số lượng in', { exact: true }).fill('300');
    await page.getByLabel('Nơi in', { exact: true }).fill('Xưởng in Thử');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();
    const file = join(content, 'editions/2.md');
    await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(
      [
        '---',
        'number: 2',
        'date: 2021-09-01',
        'period: Tháng 8/2021',
        'sections:',
        '  - title: Công tác văn phòng',
        '    articles:',
        '      - 2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy',
        'printRun: 300',
        'printer: Xưởng in Thử',
        '---',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const diagnostics = await checkContent(root, site);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    await page.context().close();
  });

  it('writes a new article with a captioned photo that passes the check and builds as a figure', async () => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(adminUrl);
    expect(await response!.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval';/);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Bài viết' }).first().waitFor();
    await page.goto(`${adminUrl}#/collections/articles/new`);

    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    // Typed in Vietnam time, whatever the browser's zone: 02:30 on New Year's Day in Hà Nội is still 2024 in Paris.
    await page.getByLabel('Ngày giờ đăng', { exact: true }).fill('01/01/2025 02:30');
    await page.getByLabel('Tác giả', { exact: true }).click();
    await page.keyboard.type('Gia');
    await page.getByRole('option', { name: 'Gia Huy' }).click();
    await page.getByLabel('Đơn vị', { exact: true }).click();
    await page.keyboard.type('Đảng ủy');
    await page.getByRole('option', { name: 'Đảng ủy Văn phòng Chính phủ' }).click();
    await page.getByLabel('Sa pô', { exact: true }).fill('Sáng 1/1, Đảng ủy Văn phòng Chính phủ họp phiên thường kỳ.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Hội nghị đánh giá kết quả công tác năm.');
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await page.getByRole('menuitem', { name: 'Ảnh có chú thích' }).click();
    await page.getByRole('button', { name: 'Chọn một hình' }).last().click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh (bắt buộc)', { exact: true }).fill('Toàn cảnh phiên họp');
    await page.getByLabel('Chú thích', { exact: true }).fill('Đồng chí Bí thư Đảng ủy phát biểu tại phiên họp');
    await page.getByLabel('Tác giả ảnh', { exact: true }).last().fill('Gia Huy');
    // The preview shows the photo as the site does: a figure, the credit set apart.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('.prose figure figcaption .credit').textContent()).toBe('Ảnh: Gia Huy');

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();
    await expect.poll(() => existsSync(FILE), { timeout: 15_000 }).toBe(true);
    expect(problems).toEqual([]);

    expect(await readFile(FILE, 'utf8')).toBe(
      [
        '---',
        `title: "${TITLE}"`,
        'date: 2025-01-01T02:30:00+07:00',
        'author: gia-huy',
        'unit: dang-uy-van-phong-chinh-phu',
        'lede: Sáng 1/1, Đảng ủy Văn phòng Chính phủ họp phiên thường kỳ.',
        '---',
        '',
        'Hội nghị đánh giá kết quả công tác năm.',
        '',
        '![Toàn cảnh phiên họp](./anh/anh-hoi-nghi-01.jpg "Đồng chí Bí thư Đảng ủy phát biểu tại phiên họp. Ảnh: Gia Huy")',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(content, 'articles/2025/anh/anh-hoi-nghi-01.jpg'))).toBe(true);
    const diagnostics = await checkContent(root, site);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);

    // Ctrl-C stops the dev server and the local backend.
    const exited = new Promise((resolve) => cms.once('exit', resolve));
    cms.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(adminUrl)).rejects.toThrow();

    const dist = await buildSiteOrThrow({ outDir: join(root, 'dist'), content, tz: 'America/Los_Angeles' });
    const page2 = await readPage(dist, `/bai-viet/2025/${slugify(TITLE)}/`);
    const figure = page2.querySelector('.prose figure')!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Toàn cảnh phiên họp');
    expect(figure.querySelector('img')!.getAttribute('srcset')).toMatch(/\.webp 360w/);
    expect(text(figure.querySelector('figcaption'))).toBe('Đồng chí Bí thư Đảng ủy phát biểu tại phiên họp. Ảnh: Gia Huy');
    expect(text(figure.querySelector('figcaption .credit'))).toBe('Ảnh: Gia Huy');
  });
});
