import type { Browser } from 'playwright-core';

export interface SearchQuery {
  q: string;
  /** sort by date, newest first (`sap-xep=moi-nhat`) */
  newest?: boolean;
}

export interface SearchCost {
  query: string;
  newest: boolean;
  /** results on screen at the first paint */
  results: number;
  /** results the status line reports once every part of the index has been searched */
  total: number | undefined;
  /** search bytes over the wire (scripts and the index; compressed) from opening the page to the first results */
  bytes: number;
  /** of which Pagefind's own files (script, WebAssembly, index) */
  pagefindBytes: number;
  /** search bytes once the whole archive has been searched */
  completeBytes: number;
  /** the page itself: HTML, CSS, fonts (not counted against the target) */
  pageBytes: number;
  /** from Enter to the first results on screen */
  ms: number;
  /** from Enter to the status line's final count (every shard searched) */
  completeMs: number;
}

const isSearchBytes = (path: string) => path.startsWith('/pagefind/') || /^\/_astro\/.+\.js(\?|$)/.test(path);

/**
 * A reader's first search, measured as they experience it: a new browser context (empty cache) opens the search
 * page, which loads whatever it loads on its own; the reader types the query and presses Enter. Bytes are counted
 * by the server, so requests from Pagefind's Web Worker are included.
 */
export async function searchCost(browser: Browser, base: string, served: { at: number; path: string; size: number }[], query: SearchQuery): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  served.length = 0;
  await page.goto(`${base}/tim-kiem/${query.newest ? '?sap-xep=moi-nhat' : ''}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const form = document.querySelector('#search-form')!;
    form.addEventListener('submit', () => ((window as unknown as { enterAt: number }).enterAt = performance.now()), { capture: true });
  });
  await page.fill('#tim-kiem-q', query.q);
  await page.press('#tim-kiem-q', 'Enter');
  const first = await page.waitForFunction(
    () => {
      const shown = document.querySelectorAll('.search-result').length;
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const now = performance.now();
      return shown > 0 || /^Không tìm thấy/.test(status) ? [now - (window as unknown as { enterAt: number }).enterAt, performance.timeOrigin + now] : false;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const [firstMs, firstAt] = (await first.jsonValue()) as [number, number];
  const ms = Math.round(firstMs);
  /** Bytes the server had sent by `until` (epoch ms) of the paths `filter` accepts. */
  const sum = (filter: (path: string) => boolean, until = Infinity) =>
    served.filter((entry) => entry.at <= until && filter(entry.path)).reduce((total, entry) => total + entry.size, 0);
  const bytes = sum(isSearchBytes, firstAt);
  const pagefindBytes = sum((path) => path.startsWith('/pagefind/'), firstAt);
  const results = await page.locator('.search-result').count();
  const complete = await page.waitForFunction(
    () => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return /^\d+ kết quả cho “/.test(status) || /^Không tìm thấy/.test(status)
        ? [performance.now() - (window as unknown as { enterAt: number }).enterAt, status]
        : false;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const [completeMs, status] = (await complete.jsonValue()) as [number, string];
  await page.waitForLoadState('networkidle');
  const result: SearchCost = {
    query: query.q,
    newest: Boolean(query.newest),
    results,
    total: /^(\d+) kết quả/.test(status) ? Number(/^(\d+)/.exec(status)![1]) : 0,
    bytes,
    pagefindBytes,
    completeBytes: sum(isSearchBytes),
    pageBytes: sum((path) => !isSearchBytes(path)),
    ms,
    completeMs: Math.round(completeMs),
  };
  await context.close();
  return result;
}
