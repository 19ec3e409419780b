import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import { listFiles, readPage } from '../support/dist.ts';

const dist = inject('sampleDist');
const SITE = 'https://bantin.example.vn/';

/** The og:image of a built page, its declared size and alt text, and the file it names. */
async function shareImage(urlPath: string) {
  const page = await readPage(dist, urlPath);
  const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const url = meta('og:image')!;
  expect(url.startsWith(SITE)).toBe(true);
  const file = await readFile(join(dist, decodeURI(url.slice(SITE.length))));
  const actual = await sharp(file).metadata();
  return { url, width: Number(meta('og:image:width')), height: Number(meta('og:image:height')), alt: meta('og:image:alt'), type: meta('og:image:type'), actual };
}

describe('share pictures (og:image)', () => {
  it('every article page has one, 1200 px wide, its size and alt text as declared', async () => {
    const articles = (await listFiles(dist)).filter((file) => /^bai-viet\/.+\/index\.html$/.test(file));
    expect(articles.length).toBe(3);
    for (const file of articles) {
      const image = await shareImage(`/${file.replace(/index\.html$/, '')}`);
      expect(image.actual.width, file).toBe(1200);
      expect([image.width, image.height]).toEqual([image.actual.width, image.actual.height]);
      expect(image.type).toBe(`image/${image.actual.format}`);
      expect(image.alt).toMatch(/^Biểu trưng Bản tin Công tác Văn phòng và dòng chữ “.+”$/);
    }
  });

  it('an article without a cover shares its unit’s card; a document its kind’s; the home page the site’s', async () => {
    const article = await shareImage('/bai-viet/2020/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19/');
    expect(article.url).toMatch(/\/anh-chia-se\/don-vi-chi-bo-vu-khoa-giao-van-xa-[\w-]{10}\.png$/);
    expect(article.alt).toBe('Biểu trưng Bản tin Công tác Văn phòng và dòng chữ “Chi bộ Vụ Khoa giáo-Văn xã”');
    const document = await shareImage('/van-ban/35-ct-tw/');
    expect(document.url).toMatch(/\/anh-chia-se\/van-ban-chi-thi-[\w-]{10}\.png$/);
    expect([document.actual.width, document.actual.height]).toEqual([1200, 630]);
    const home = await shareImage('/');
    expect(home.url).toMatch(/\/anh-chia-se\/trang-[\w-]{10}\.png$/);
    const unit = await shareImage('/don-vi/van-phong-chinh-phu/');
    expect(unit.url).toMatch(/\/anh-chia-se\/don-vi-van-phong-chinh-phu-[\w-]{10}\.png$/);
    const page = await readPage(dist, '/');
    expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
  });
});

describe('home-screen icons', () => {
  it('are made from the logo: 192, 512 and a maskable 512 for the manifest, an opaque 180 for iOS', async () => {
    const manifest = JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string }[] };
    for (const icon of manifest.icons) {
      const { width, height } = await sharp(join(dist, icon.src)).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    const touch = sharp(join(dist, 'apple-touch-icon.png'));
    expect(await touch.metadata()).toMatchObject({ width: 180, height: 180 });
    expect((await touch.stats()).isOpaque).toBe(true);
  });
});
