/**
 * The build's edition step, after Astro has written the site into `dist` (scripts/build.ts calls it): for each
 * edition's print page, the PDF (from the cache when nothing it shows changed, else rendered in Chromium), checked
 * against the licence's page limit and the site's size limit; written beside the edition's page, whose link then
 * gets the page count and size; the print page removed. A limit passed throws: the build stops, `dist/` untouched.
 */
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { formatBytes } from '../lib/attachments.ts';
import { fillPdfFacts } from '../lib/edition-pdf-facts.ts';
import { readPrintFacts, type EditionPrintFacts } from '../lib/edition-print-facts.ts';
import { EDITION_PRINT_SEGMENT } from '../lib/paths.ts';
import { editionUi } from '../i18n/editions.ts';
import { findChromium } from '../node/chromium.ts';
import { filesUnder } from '../node/files.ts';
import { finishPdf } from './finish-pdf.ts';
import { pdfKey, PdfCache, rendererKey } from './pdf-cache.ts';
import { renderEditionPdf } from './render-pdf.ts';

export interface EditionBuildOptions {
  /** the built site */
  dist: string;
  cacheDir: string;
  /** the site's address (with its base path): print pages are opened there */
  siteUrl: string;
  log: (line: string) => void;
}

export interface EditionPdfResult {
  id: string;
  pages: number;
  bytes: number;
  /** rendered in this build (false: taken from the cache) */
  rendered: boolean;
  ms: number;
  /** Chromium's part of it: the renderings themselves (page.pdf, twice or more) */
  renderMs: number | undefined;
}

/** The line of a top-level field in a frontmatter file, for messages; 1 when it cannot be read. */
async function fieldLine(file: string, field: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const index = text.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? 1 : index + 1;
}

/** A limit the PDF passes, in the content check's words: `file:line: field: message`. */
async function limitError(facts: EditionPrintFacts, message: string): Promise<Error> {
  const line = await fieldLine(join(process.cwd(), facts.file), 'sections');
  return new Error(`bantin: bản in có lỗi:\n  ${facts.file}:${line}: sections: ${message}`);
}

/** Where a site path lands in the built site. */
const inDist = (dist: string, siteUrl: string, path: string) => join(dist, decodeURIComponent(path.slice(new URL(siteUrl).pathname.replace(/\/?$/, '/').length)));

export async function buildEditionPdfs(options: EditionBuildOptions): Promise<EditionPdfResult[]> {
  const { dist, log } = options;
  const soDir = join(dist, 'so');
  const printPages = (await filesUnder(soDir).catch(() => [] as string[])).filter((file) => file.endsWith(`/${EDITION_PRINT_SEGMENT}/index.html`)).sort();
  if (printPages.length === 0) return [];
  const cache = new PdfCache(join(options.cacheDir, 'editions'));
  const chromiumFound = findChromium().catch((error: unknown) => error as Error);
  let browser: Promise<Browser> | undefined;
  const results: EditionPdfResult[] = [];
  try {
    const found = await chromiumFound;
    const renderer = rendererKey(found instanceof Error ? undefined : found);
    for (const file of printPages) {
      const started = performance.now();
      const html = await readFile(join(soDir, file), 'utf8');
      const facts = readPrintFacts(html);
      if (!facts) throw new Error(`so/${file}: trang in không có thông tin của số bản tin`);
      const key = pdfKey(html, renderer);
      let pdf = await cache.get(key);
      const rendered = !pdf;
      let renderMs: number | undefined;
      if (!pdf) {
        if (found instanceof Error) throw new Error(`không tìm thấy Chromium để dựng bản PDF của số ${facts.number}: ${found.message}. Hãy đặt biến CHROMIUM_PATH trỏ tới một Chromium.`);
        browser ??= chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
        const raw = await renderEditionPdf(await browser, { dir: dist, siteUrl: options.siteUrl, printPath: facts.printPath, widthMm: facts.widthMm + 2 * facts.bleedMm });
        const bytes = await finishPdf(raw.bytes, { title: facts.title, author: facts.author, subject: facts.subject, keywords: facts.keywords, date: new Date(facts.publishedAt), trimMm: { width: facts.widthMm, height: facts.heightMm }, bleedMm: facts.bleedMm, headings: raw.headings });
        pdf = { bytes, pages: raw.pages, starts: raw.starts };
        renderMs = raw.renderMs;
        if (pdf.pages > facts.maxPages) {
          throw await limitError(facts, `số ${facts.number} in ra ${pdf.pages} trang, quá giới hạn ${facts.maxPages} trang của giấy phép (imprint.licence.maxPages); hãy bớt bài hoặc chia thành hai số`);
        }
        if (pdf.bytes.length > facts.maxBytes) {
          throw await limitError(facts, `bản PDF của số ${facts.number} (${pdf.pages} trang) nặng ${formatBytes(pdf.bytes.length)}, quá giới hạn ${formatBytes(facts.maxBytes)} (print.maxMegabytes); hãy dùng ảnh nhỏ hơn hoặc bớt ảnh`);
        }
        await cache.put(key, pdf);
      }
      const target = inDist(dist, options.siteUrl, facts.pdfPath);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, pdf.bytes);
      const page = inDist(dist, options.siteUrl, facts.pagePath) + 'index.html';
      await writeFile(page, fillPdfFacts(await readFile(page, 'utf8'), editionUi.pdfFacts(pdf.pages, formatBytes(pdf.bytes.length))));
      await rm(join(soDir, dirname(file)), { recursive: true, force: true });
      const ms = performance.now() - started;
      results.push({ id: facts.id, pages: pdf.pages, bytes: pdf.bytes.length, rendered, ms, renderMs });
      log(
        rendered
          ? `số ${facts.number}: ${pdf.pages} trang, ${formatBytes(pdf.bytes.length)}, dựng trong ${(ms / 1000).toFixed(2)} s (${(ms / pdf.pages / 1000).toFixed(3)} s/trang; Chromium in ${((renderMs ?? 0) / 1000).toFixed(2)} s)`
          : `số ${facts.number}: ${pdf.pages} trang, không có gì thay đổi: dùng lại bản PDF đã dựng (${Math.round(ms)} ms)`,
      );
    }
    await cache.prune();
  } finally {
    if (browser) await (await browser).close();
  }
  return results;
}
