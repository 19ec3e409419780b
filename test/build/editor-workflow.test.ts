import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BODY_PLACEHOLDER, LEDE_PLACEHOLDER } from '../../src/lib/new-article.ts';
import { buildSiteOrThrow, cleanEnv, testFileProject } from '../support/build-site.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { listFiles } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';
import { runScript } from '../support/run-script.ts';

const root = join(tmpRoot, 'editor-workflow');
const content = join(root, 'content');
const dist = join(root, 'dist');
const node = process.execPath;

const run = (script: string, args: string[]) => runScript(script, args, { BANTIN_CONTENT: content });

const newArticle = (title: string, ...extra: string[]) =>
  run('scripts/new.ts', ['--title', title, '--unit', 'van-phong-chinh-phu', '--author', 'nhat-thy', ...extra]);

/** One Chromium for the file's searches, on the built site and on the dev server. */
let browser: Browser;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('npm run new', () => {
  it('writes an article with complete frontmatter and prints its path', async () => {
    const result = await newArticle('Hội nghị triển khai nhiệm vụ năm 2022', '--date', '2022-01-05T08:30:00+07:00');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toMatch(/articles\/2022\/hoi-nghi-trien-khai-nhiem-vu-nam-2022\.md$/);
    const file = await readFile(join(content, 'articles/2022/hoi-nghi-trien-khai-nhiem-vu-nam-2022.md'), 'utf8');
    expect(file).toMatch(/^---\ntitle: Hội nghị triển khai nhiệm vụ năm 2022\ndate: 2022-01-05T08:30:00\+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: .+\ntags: \[\]\n---\n/);
  });

  it('explains an unknown unit or author by listing the valid ids', async () => {
    const unit = await run('scripts/new.ts', ['--title', 'X y', '--unit', 'bo-y-te', '--author', 'nhat-thy']);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('Mã đơn vị "bo-y-te" chưa có trong content/units.yaml. Các mã đơn vị hợp lệ:\n  van-phong-chinh-phu  (Văn phòng Chính phủ)');
    const author = await run('scripts/new.ts', ['--title', 'X y', '--unit', 'van-phong-chinh-phu', '--author', 'ai-do']);
    expect(author.stderr).toContain('Mã tác giả "ai-do" chưa có trong content/authors.yaml. Các mã tác giả hợp lệ:\n  nhat-thy  (Nhật Thy)');
    const date = await run('scripts/new.ts', ['--title', 'X y', '--unit', 'van-phong-chinh-phu', '--author', 'nhat-thy', '--date', '2022-02-30T08:00:00+07:00']);
    expect(date.stderr).toContain('--date "2022-02-30T08:00:00+07:00": ngày 30/02/2022 không có thật');
  });

  it('a placeholder left in a published article fails npm run check with file:line', async () => {
    const check = await run('scripts/check.ts', ['--content-only']);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/articles\/2022\/hoi-nghi-trien-khai-nhiem-vu-nam-2022\.md:6: lede: vẫn còn câu mẫu do npm run new ghi sẵn/);
    expect(check.stderr).toMatch(/articles\/2022\/hoi-nghi-trien-khai-nhiem-vu-nam-2022\.md:10: nội dung bài vẫn còn câu mẫu/);
    await rm(join(content, 'articles/2022'), { recursive: true });
  });
});

describe('a draft and a scheduled article made with npm run new', () => {
  beforeAll(async () => {
    expect((await newArticle('Bản nháp tuyệt mật', '--draft')).code).toBe(0);
    expect((await newArticle('Thông báo hẹn giờ đăng', '--date', '2099-01-01T08:00:00+07:00')).code).toBe(0);
    // A scheduled article goes out by itself at its time, so it must be written first: replace the placeholders.
    const scheduled = join(content, 'articles/2099/thong-bao-hen-gio-dang.md');
    const text = await readFile(scheduled, 'utf8');
    await writeFile(scheduled, text.replace(LEDE_PLACEHOLDER, 'Thông báo sẽ đăng vào năm 2099.').replace(BODY_PLACEHOLDER, 'Nội dung thông báo.'));
    await buildSiteOrThrow({ outDir: dist, content, cacheDir: join(root, 'cache') });
  }, 300_000);

  it('leak nowhere in the production build: pages, listings, feeds, sitemap', async () => {
    const files = await listFiles(dist);
    expect(files.filter((f) => /ban-nhap|hen-gio/.test(f))).toEqual([]);
    for (const file of files.filter((f) => /\.(html|xml|txt|json)$/.test(f))) {
      const body = await readFile(join(dist, file), 'utf8');
      expect(body.includes('tuyệt mật') || body.includes('hẹn giờ đăng'), file).toBe(false);
    }
  });

  it('nor in the search index', async () => {
    const server = await serveDist(dist);
    const page = await browser.newPage();
    const count = async (q: string) => {
      await page.goto(`${server.url}/tim-kiem/?${new URLSearchParams({ q })}`);
      const status = page.locator('#search-status', { hasText: /^(\d+ kết quả cho|Không tìm thấy)/ });
      return Number(/^(\d+)/.exec((await status.textContent({ timeout: 60_000 })) ?? '')?.[1] ?? 0);
    };
    expect({ draft: await count('tuyệt mật'), scheduled: await count('hẹn giờ'), published: await count('bài mẫu') }).toEqual({
      draft: 0,
      scheduled: 0,
      published: 1,
    });
    const tiers = (await readFile(join(dist, 'chi-muc/manifest.json'), 'utf8')).match(/"id":"[^"]+"/g);
    expect(tiers?.join(' ')).not.toContain('2099');
    await page.close();
    await server.close();
  });
});

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let base = '';

  async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  async function stopDev() {
    if (!dev || dev.exitCode !== null) return;
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    dev.kill();
    await exited;
  }

  /**
   * `astro dev` on this content, serving search from the index in `outDir`, in this file's copy of the project
   * (`--force`: Astro allows one dev server per project, and replaces one left behind).
   */
  async function startDev(outDir: string) {
    await stopDev();
    const port = await freePort();
    const project = await testFileProject();
    dev = spawn(node, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--force', '--port', String(port), '--host', '127.0.0.1', '--outDir', outDir], {
      cwd: project,
      env: { ...cleanEnv(), NODE_ENV: 'development', BANTIN_CONTENT: content, BANTIN_CACHE_DIR: join(root, 'dev-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout!.on('data', (c) => (output += c));
    dev.stderr!.on('data', (c) => (output += c));
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${base}/`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`astro dev did not start:\n${output}`);
  }

  // One dev server for both tests, serving search from the index in dist/ (read on each request).
  beforeAll(() => startDev(dist));
  afterAll(stopDev);

  it('shows drafts and scheduled articles, marked, and searches the last built index', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('Bản nháp tuyệt mật');
    expect(home).toMatch(/<span class="badge"[^>]*>Bản nháp<\/span>/);
    expect(home).toContain('Thông báo hẹn giờ đăng');
    expect(home).toMatch(/<span class="badge"[^>]*>Hẹn giờ đăng<\/span>/);
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/?q=bai+mau`);
    await page.waitForSelector('.search-result', { timeout: 60_000 });
    expect(await page.locator('.search-result__title').first().textContent()).toBe('Bài mẫu');
    await page.close();
  });

  it('says clearly why search cannot work before the first build', async () => {
    // The server's output folder as it is before any build: not there (the server reads it on each request).
    await rename(dist, `${dist}.hidden`);
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/tim-kiem/?q=bai+mau`);
      await page.waitForFunction(() => /npm run build/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 60_000 });
      expect(await page.locator('#search-status').textContent()).toContain('Chưa có chỉ mục tìm kiếm');
      await page.close();
    } finally {
      await rename(`${dist}.hidden`, dist);
    }
  });
});
