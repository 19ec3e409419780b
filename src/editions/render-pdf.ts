/**
 * An edition's PDF from its print page, in Chromium: rendered once to learn on which page each article starts and
 * how many pages there are, then again with the contents' page numbers, the page count in the colophon and blank
 * pages before the back page up to a multiple of 4 (Chromium has no `target-counter()`). The page is read from the
 * built site through request interception, at the site's own address: nothing leaves the machine.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { PRINT_MARKS } from '../lib/print-marks.ts';
import { readOutline, startPages } from './pdf-outline.ts';

export interface RenderedPdf {
  /** Chromium's PDF, before finishPdf */
  bytes: Uint8Array;
  pages: number;
  /** the page each article starts on, in print order */
  starts: number[];
  /** Chromium's own time for the two (or more) renderings, ms */
  renderMs: number;
  /** every heading's text, in order: the outline's titles as written (retitleOutline) */
  headings: string[];
}

/** Pages are bound in sheets of four. */
export const PAGES_PER_SHEET = 4;

/** Serve the built site to the page at its own address; refuse anything else. */
async function serveFrom(page: Page, dir: string, siteUrl: URL): Promise<void> {
  const prefix = siteUrl.href.endsWith('/') ? siteUrl.href : `${siteUrl.href}/`;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(prefix)) return route.abort('blockedbyclient');
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(prefix).pathname.length));
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await route.fulfill({ body: await readFile(file), contentType: lookup(file) ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Render `printPath` (a path of the site, under its base) of the site built in `dir` and published at `siteUrl`. */
export async function renderEditionPdf(browser: Browser, options: { dir: string; siteUrl: string; printPath: string; widthMm: number }): Promise<RenderedPdf> {
  const siteUrl = new URL(options.siteUrl);
  // The width of the page at 96 px per inch, twice as dense: photos are taken from their 720 px or 1440 px files.
  const context = await browser.newContext({ viewport: { width: Math.round((options.widthMm / 25.4) * 96), height: 1000 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await serveFrom(page, options.dir, siteUrl);
    const response = await page.goto(new URL(options.printPath, siteUrl.origin).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`trang in ${options.printPath} không mở được (${response?.status() ?? 'không có trả lời'})`);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    });
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) => elements.map((element) => element.textContent ?? ''));
    const titles = await page.$$eval(`[${PRINT_MARKS.articleTitle}]`, (links) => links.map((link) => link.textContent ?? ''));
    const anchors = await page.$$eval(`[${PRINT_MARKS.tocPage}]`, (marks, attribute) => marks.map((mark) => mark.getAttribute(attribute) ?? ''), PRINT_MARKS.tocPage);
    const started = performance.now();
    let padding = 0;
    let pdf = await page.pdf(PDF_OPTIONS);
    let read = await measure(pdf, titles);
    // The numbers written in take the width the placeholders took: the second rendering normally confirms the first.
    for (let attempt = 0; attempt < 3; attempt++) {
      const content = read.pages - padding;
      const wanted = content + ((PAGES_PER_SHEET - (content % PAGES_PER_SHEET)) % PAGES_PER_SHEET);
      padding = wanted - content;
      await page.evaluate(
        ({ marks, anchors, starts, total, padding }) => {
          anchors.forEach((anchor, i) => {
            const mark = document.querySelector(`[${marks.tocPage}="${anchor}"]`);
            if (mark) mark.textContent = String(starts[i] ?? '');
          });
          const count = document.querySelector(marks.pageCount);
          if (count) count.textContent = String(total);
          document.querySelectorAll('.pad-page').forEach((pad) => pad.remove());
          const back = document.querySelector(`[${marks.back}]`);
          for (let i = 0; i < padding; i++) {
            const pad = document.createElement('div');
            pad.className = 'pad-page';
            pad.setAttribute('aria-hidden', 'true');
            back?.before(pad);
          }
        },
        { marks: PRINT_MARKS, anchors, starts: read.starts, total: wanted, padding },
      );
      pdf = await page.pdf(PDF_OPTIONS);
      const again = await measure(pdf, titles);
      const settled = again.pages === wanted && again.starts.every((start, i) => start === read.starts[i]);
      read = again;
      if (settled) break;
      if (attempt === 2) throw new Error(`số trang của bản in không ổn định sau ba lần dựng (${again.pages} trang)`);
    }
    const missing = read.starts.findIndex((start) => start === undefined);
    if (missing >= 0) throw new Error(`không tìm thấy trang của bài "${titles[missing]}" trong mục lục của bản PDF`);
    return { bytes: pdf, pages: read.pages, starts: read.starts as number[], renderMs: performance.now() - started, headings };
  } finally {
    await context.close();
  }
}

async function measure(pdf: Uint8Array, titles: readonly string[]) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return { pages: doc.getPageCount(), starts: startPages(readOutline(doc), titles) };
}
