import { randomFillSync } from 'node:crypto';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { readPage, text } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';

const root = join(tmpRoot, 'photos');
const content = join(root, 'content');
const dist = join(root, 'dist');
const URL_PATH = '/bai-viet/2021/hoi-nghi-co-anh/';

/** Random bytes as `width` × `height` RGB pixels; sharp's Gaussian noise costs seconds at these sizes. */
function randomPixels(width: number, height: number) {
  return sharp(randomFillSync(Buffer.alloc(width * height * 3)), { raw: { width, height, channels: 3 } });
}

/**
 * A 12-megapixel JPEG that compresses like a photo: light and shade, and detail at every scale (coarse blotches
 * that survive a phone-sized copy, fine grain that does not). The layers stay raw pixels until the JPEG: encoding
 * 12 megapixels of noise as PNG in between cost more than the rest of the photo.
 */
async function twelveMegapixelPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = { width, height, channels: 3 } as const;
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8a6d3b"/><stop offset="0.5" stop-color="#d9c9a3"/><stop offset="1" stop-color="#2f4f6f"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const blotches = async (w: number, h: number, sigma: number) => {
    const noise = await sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma } } }).raw().toBuffer();
    return sharp(noise, { raw: { width: w, height: h, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  };
  // Uniform noise around mid-grey with a standard deviation of 12.
  const spread = 12 * Math.sqrt(3);
  const grain = randomPixels(width, height).linear((2 * spread) / 255, 128 - spread).raw().toBuffer();
  const layers = await Promise.all([blotches(250, 188, 60), blotches(1000, 750, 40), grain]);
  return sharp(gradient)
    .composite(layers.map((input) => ({ input, raw, blend: 'overlay' as const })))
    .jpeg({ quality: 90 })
    .toBuffer();
}

const ARTICLE = `---
title: Hội nghị có ảnh
date: 2021-03-02T09:00:00+07:00
author: nhat-thy
unit: van-phong-chinh-phu
lede: Bài có ảnh chụp tại hội nghị.
---

Đoạn mở đầu.

![Toàn cảnh hội nghị](./anh/hoi-nghi.jpg "Đồng chí Chu Đức Nhuận phát biểu tại Hội nghị. Ảnh: Gia Huy")

Đoạn kết.
`;

/** An 8000 × 6000 photo of more than 20 MB, as a camera's full export: it must build, made small. */
const BIG = `---
title: Ảnh rất lớn
date: 2021-03-03T09:00:00+07:00
author: nhat-thy
unit: van-phong-chinh-phu
lede: Ảnh 48 megapixel.
---

![Ảnh rất lớn](./anh/rat-lon.jpg "Quang cảnh. Ảnh: Gia Huy")
`;

function eightThousandPixelPhoto(): Promise<Buffer> {
  return randomPixels(2000, 1500).resize(8000, 6000, { kernel: 'nearest' }).jpeg({ quality: 95 }).toBuffer();
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(content, 'articles/2021/anh'), { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  const [twelveMegapixels, eightThousandPixels] = await Promise.all([twelveMegapixelPhoto(), eightThousandPixelPhoto()]);
  await writeFile(join(content, 'articles/2021/anh/hoi-nghi.jpg'), twelveMegapixels);
  await writeFile(join(content, 'articles/2021/hoi-nghi-co-anh.md'), ARTICLE);
  await writeFile(join(content, 'articles/2021/anh/rat-lon.jpg'), eightThousandPixels);
  await writeFile(join(content, 'articles/2021/anh-rat-lon.md'), BIG);
  await buildSiteOrThrow({ outDir: dist, content });
  server = await serveDist(dist, { gzip: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a photo in an article', () => {
  it('is a figure with its caption, the credit set apart', async () => {
    const figure = (await readPage(dist, URL_PATH)).querySelector('.prose figure')!;
    expect(figure).not.toBeNull();
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Toàn cảnh hội nghị');
    expect(text(figure.querySelector('figcaption'))).toBe('Đồng chí Chu Đức Nhuận phát biểu tại Hội nghị. Ảnh: Gia Huy');
    expect(text(figure.querySelector('figcaption .credit'))).toBe('Ảnh: Gia Huy');
  });

  it('is optimised: a modern format in several widths, its size given, loaded lazily', async () => {
    const img = (await readPage(dist, URL_PATH)).querySelector('.prose figure img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    const widths = (img.getAttribute('srcset') ?? '').split(',').map((entry) => Number(/ (\d+)w$/.exec(entry.trim())?.[1]));
    expect(widths.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...widths)).toBeLessThanOrEqual(400);
    expect(img.getAttribute('sizes')).toBeTruthy();
    expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBeCloseTo(4 / 3, 2);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
  });

  it('builds from an 8000 px photo of many megabytes, made no wider than the column needs', async () => {
    const original = join(content, 'articles/2021/anh/rat-lon.jpg');
    expect((await sharp(original).metadata()).width).toBe(8000);
    expect((await stat(original)).size).toBeGreaterThan(20 * 1024 * 1024);
    const img = (await readPage(dist, '/bai-viet/2021/anh-rat-lon/')).querySelector('.prose figure img')!;
    const files = (img.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(' ')[0]!);
    const widths = await Promise.all(files.map(async (file) => (await sharp(join(dist, file)).metadata()).width));
    expect(Math.max(...widths)).toBeLessThanOrEqual(1440);
  });

  it('costs a 360 px phone at most 60 KiB', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const bytes: number[] = [];
    page.on('response', async (response) => {
      if (/\.(webp|avif|jpe?g|png)$/.test(new URL(response.url()).pathname)) bytes.push((await response.body()).length);
    });
    await page.goto(server.url + URL_PATH);
    await page.locator('.prose figure img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.prose figure img') as HTMLImageElement | null)?.complete === true);
    await page.waitForLoadState('networkidle');
    expect(bytes.length).toBe(1);
    expect(bytes[0]! / 1024).toBeLessThanOrEqual(60);
    await page.close();
  });
});
