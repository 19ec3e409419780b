import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { buildSite, buildSiteOrThrow, testFileProject } from '../support/build-site.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { listFiles, readPage, text } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';

const root = join(tmpRoot, 'listing-site');
const content = join(root, 'content');
const dist = join(root, 'dist');
const COUNT = 45;

/** 45 articles over two units and three months, one with a cover, two authors, an update; and a draft. */
async function writeSite() {
  await rm(root, { recursive: true, force: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  await rm(join(content, 'articles/2021'), { recursive: true });
  await writeFile(join(content, 'authors.yaml'), 'authors:\n- id: nhat-thy\n  name: Nhật Thy\n- id: gia-huy\n  name: Gia Huy\n');
  await mkdir(join(content, 'articles/2022'), { recursive: true });
  for (let i = 1; i <= COUNT; i++) {
    const month = String(1 + (i % 3)).padStart(2, '0');
    const day = String(1 + (i % 27)).padStart(2, '0');
    const unit = i % 2 ? 'van-phong-chinh-phu' : 'van-phong-tinh-uy-dong-nai';
    const extra =
      i === 7
        ? 'author: [gia-huy, nhat-thy]\nupdated: 2022-12-01T08:00:00+07:00\ncover:\n  src: ./anh-bia.png\n  alt: Toàn cảnh hội nghị\n  credit: Gia Huy\n'
        : 'author: nhat-thy\n';
    await writeFile(
      join(content, `articles/2022/bai-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: Bài số ${i}\ndate: 2022-${month}-${day}T${String(i % 24).padStart(2, '0')}:00:00+07:00\n${extra}unit: ${unit}\nlede: Tóm tắt bài số ${i}.\ntags: [Chủ đề ${i % 2 ? 'lẻ' : 'chẵn'}]\n---\n\nNội dung bài số ${i}.\n`,
    );
  }
  await copyFile(join(projectRoot, 'test/fixtures/cover.png'), join(content, 'articles/2022/anh-bia.png'));
  await writeFile(
    join(content, 'articles/2022/ban-nhap.md'),
    '---\ntitle: Bản nháp chưa đăng\ndate: 2022-02-02T08:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Nháp.\ndraft: true\n---\n\nNháp.\n',
  );
}

/**
 * A shell may carry DEV=1 (Vite would read it into import.meta.env): drafts must stay out regardless. Search shards
 * of at most 20 pages cut 2022 into months, as a large archive's years are cut.
 */
const ENV = { DEV: '1', PROD: '', BANTIN_SEARCH_SHARD_PAGES: '20' };

beforeAll(async () => {
  await writeSite();
  await buildSiteOrThrow({ outDir: dist, content, cacheDir: join(root, 'cache'), env: ENV });
});

describe('a site with more articles than a page holds', () => {
  it('paginates the home page 20 at a time with prev/next links', async () => {
    const files = await listFiles(dist);
    expect(files).toContain('index.html');
    expect(files).toContain('trang/2/index.html');
    expect(files).toContain('trang/3/index.html');
    expect(files).not.toContain('trang/4/index.html');
    const first = await readPage(dist, '/');
    expect(first.querySelectorAll('.card')).toHaveLength(20);
    expect(first.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/trang/2/');
    const second = await readPage(dist, '/trang/2/');
    expect(second.querySelectorAll('.card')).toHaveLength(20);
    expect(second.querySelector('a[rel=prev]')!.getAttribute('href')).toBe('/');
    expect(text(second.querySelector('.pagination__status'))).toBe('Trang 2/3');
    const third = await readPage(dist, '/trang/3/');
    expect(third.querySelectorAll('.card')).toHaveLength(5);
    expect(third.querySelector('a[rel=next]')).toBeNull();
  });

  it('orders every page newest first, continuing across pages', async () => {
    const datetimes: string[] = [];
    for (const path of ['/', '/trang/2/', '/trang/3/']) {
      const page = await readPage(dist, path);
      datetimes.push(...page.querySelectorAll('.card time').map((t) => t.getAttribute('datetime')!));
    }
    expect(datetimes).toHaveLength(COUNT);
    expect([...datetimes].sort().reverse()).toEqual(datetimes);
  });

  it('paginates unit, month and tag pages too', async () => {
    const files = await listFiles(dist);
    expect(files).toContain('don-vi/van-phong-chinh-phu/trang/2/index.html');
    expect(files).not.toContain('don-vi/van-phong-chinh-phu/trang/3/index.html');
    expect(files).toContain('chu-de/chu-de-le/index.html');
    const month = await readPage(dist, '/luu-tru/2022/02/');
    expect(month.querySelectorAll('.card')).toHaveLength(15);
  });

  it('shows a listed article’s cover beside its headline, small', async () => {
    const months = await Promise.all(['01', '02', '03'].map((m) => readPage(dist, `/luu-tru/2022/${m}/`)));
    const withPhoto = months.flatMap((month) => month.querySelectorAll('.card').filter((card) => card.querySelector('.card__photo')));
    expect(withPhoto.map((card) => text(card.querySelector('.card__title')))).toEqual(['Bài số 7']);
    const photo = withPhoto[0]!.querySelector('.card__photo')!;
    expect(photo.getAttribute('alt')).toBe('Toàn cảnh hội nghị');
    expect(photo.getAttribute('srcset')).toMatch(/ 160w/);
    expect(photo.getAttribute('srcset')).not.toMatch(/ (480|640)w/);
    expect(photo.getAttribute('loading')).toBe('lazy');
  });

  it('shows a cover with alt text, credit and responsive sizes, several authors and the update', async () => {
    const page = await readPage(dist, '/bai-viet/2022/bai-07/');
    const img = page.querySelector('.article__cover img')!;
    expect(img.getAttribute('alt')).toBe('Toàn cảnh hội nghị');
    expect(img.getAttribute('srcset')).toMatch(/\/_astro\/.+ 480w/);
    expect(text(page.querySelector('.article__cover figcaption'))).toBe('Ảnh: Gia Huy');
    // for Zalo and Facebook: an absolute JPEG, the largest 1200:630 crop of the 640 x 360 cover, with its size and alt text
    const share = page.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(share).toMatch(/^https:\/\/bantin\.example\.vn\/_astro\/.+\.jpg$/);
    const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)!.getAttribute('content');
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:alt'), meta('og:image:type')]).toEqual(['640', '336', 'Toàn cảnh hội nghị', 'image/jpeg']);
    expect(await sharp(join(dist, new URL(share).pathname)).metadata()).toMatchObject({ width: 640, height: 336, format: 'jpeg' });
    expect(page.querySelectorAll('.byline a[rel=author]').map(text)).toEqual(['Gia Huy', 'Nhật Thy']);
    expect(text(page.querySelector('.byline__updated'))).toBe('Cập nhật: Thứ Năm, 01/12/2022 08:00');
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd.dateModified).toBe('2022-12-01T08:00:00+07:00');
    expect(jsonLd.image[0]).toMatch(/^https:\/\/bantin\.example\.vn\/_astro\//);
  });

  it('leaves drafts out of pages, listings, feeds and the sitemap', async () => {
    const files = await listFiles(dist);
    expect(files.filter((f) => f.includes('ban-nhap'))).toEqual([]);
    for (const file of ['rss.xml', 'sitemap-0.xml', 'don-vi/van-phong-chinh-phu/rss.xml']) {
      expect(await readFile(join(dist, file), 'utf8')).not.toContain('Bản nháp');
    }
    const feed = await readFile(join(dist, 'rss.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(45);
  });
});

/**
 * A build of the current content with no cache, into dist-cold/: run beside the warm build it is compared with, so
 * in a copy of the project of its own (two Astro builds at once in one root overwrite each other's bundle).
 */
const coldBuild = async () => buildSiteOrThrow({ outDir: join(root, 'dist-cold'), content, env: ENV, project: await testFileProject('cold') });

/** The files of dist/ that differ from the build with no cache of the same content (the same files, or it fails). */
async function differencesFromColdBuild(): Promise<string[]> {
  const files = await listFiles(join(root, 'dist-cold'));
  expect(await listFiles(dist)).toEqual(files);
  const differing: string[] = [];
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(join(dist, file)), readFile(join(root, 'dist-cold', file))]);
    if (!a.equals(b)) differing.push(file);
  }
  return differing;
}

/**
 * One rebuild on the first build's cache after a day's changes to the March articles (search shard 2022-03): one
 * edited, one renamed, one deleted and one added, in the deleted one's unit. A deletion alone would change the article
 * counts shown beside every unit and month, which are part of every page's cache key: every page would be rendered
 * again and the rebuild would show nothing about pages reused from the cache. The addition keeps the counts.
 */
describe('an incremental rebuild after editing, renaming, deleting and adding articles', () => {
  const edited = join(content, 'articles/2022/bai-17.md');
  const moved = join(content, 'articles/2022/bai-41.md');
  const movedTo = join(content, 'articles/2022/bai-41-moi.md');
  const deleted = join(content, 'articles/2022/bai-44.md');
  const added = join(content, 'articles/2022/bai-moi-thang-ba.md');
  let warm: Awaited<ReturnType<typeof buildSite>>;

  beforeAll(async () => {
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('title: Bài số 17', 'title: Bài số 17 (đã sửa)'));
    await rename(moved, movedTo);
    await rm(deleted);
    await writeFile(
      added,
      '---\ntitle: Bài mới tháng Ba\ndate: 2022-03-28T09:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-tinh-uy-dong-nai\nlede: Tóm tắt bài mới.\ntags: [Chủ đề chẵn]\n---\n\nNội dung bài mới.\n',
    );
    // Same output folder and cache as the first build: Astro's build cache is keyed on the configuration.
    [warm] = await Promise.all([buildSite({ outDir: dist, content, cacheDir: join(root, 'cache'), env: ENV, args: ['--verbose'] }), coldBuild()]);
    expect(warm.code, warm.output).toBe(0);
  });

  it('renders only what changed: the other pages come from Astro’s cache', () => {
    // Unchanged pages are copied in from Astro's cache before it starts, and Astro keeps them.
    expect(warm.output.match(/\(cached\)/g)?.length ?? 0).toBeGreaterThan(30);
    expect(warm.output).not.toContain('(restored)');
  });

  it('indexes again only the search shard of the month that changed', () => {
    expect(warm.output).toMatch(/\[search\] shard 2022-03: 15 pages indexed in/);
    expect(warm.output).toMatch(/\[search\] shard 2022-02: 15 pages reused from the cache/);
    expect(warm.output).toMatch(/\[search\] shard 2022-01: 15 pages reused from the cache/);
  });

  it('leaves no page of the deleted or renamed article behind, and builds the renamed and added ones', async () => {
    const pages = await listFiles(join(dist, 'bai-viet'));
    expect(pages).not.toContain('2022/bai-44/index.html');
    expect(pages).not.toContain('2022/bai-41/index.html');
    expect(pages).toContain('2022/bai-41-moi/index.html');
    expect(pages).toContain('2022/bai-moi-thang-ba/index.html');
  });

  // A renamed file keeps its digest: the pages listing it (here bai-35, whose related articles include bai-41) must
  // still be rendered again, to link to its new address.
  it('equals a cold build of the same content, byte for byte', async () => {
    expect(await differencesFromColdBuild()).toEqual([]);
    expect(text((await readPage(dist, '/luu-tru/2022/')).querySelector('main'))).toContain('Bài số 17 (đã sửa)');
  });

  it('reuses the search summaries of the pages copied from Astro’s cache', () => {
    expect(warm.output).toMatch(/reading pages [\d.]+ s \((?:[3-9]\d|\d{3,}) kept from the last build\)/);
  });

  it('has a search index that finds the edit', async () => {
    const server = await serveDist(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('đã sửa')}`);
      await page.locator('#search-status', { hasText: /^\d+ kết quả cho/ }).waitFor();
      expect(await page.locator('.search-result__title').first().textContent()).toBe('Bài số 17 (đã sửa)');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
