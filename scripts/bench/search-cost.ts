import type { Browser } from 'playwright-core';

export interface SearchCost {
  query: string;
  results: number;
  /** bytes over the wire from opening the search page to the first ten results */
  bytes: number;
  /** of which Pagefind's script, WebAssembly and index */
  pagefindBytes: number;
  /** everything the page fetched once idle, the filter index for the counts included */
  settledBytes: number;
  /** from navigation start to the first ten results (or all, if fewer) on screen */
  ms: number;
}

/**
 * Open the search page fresh (new browser context, empty cache) with a query, as a reader following a link
 * would. Bytes are counted by the server, so requests from Pagefind's Web Worker are included.
 */
export async function searchCost(browser: Browser, base: string, served: Map<string, number>, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  served.clear();
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  const ms = await page.waitForFunction(
    () => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const match = /^(\d+) kết quả/.exec(status);
      const shown = document.querySelectorAll('.search-result').length;
      if (/Không tìm thấy/.test(status)) return performance.now();
      return match && shown >= Math.min(10, Number(match[1])) ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  const elapsed = Math.round(Number(await ms.jsonValue()));
  const sizes = [...served];
  const bytes = sizes.reduce((sum, [, size]) => sum + size, 0);
  const pagefindBytes = sizes.filter(([path]) => path.startsWith('/pagefind/')).reduce((sum, [, size]) => sum + size, 0);
  await page.waitForLoadState('networkidle');
  const settledBytes = [...served].reduce((sum, [, size]) => sum + size, 0);
  const result = { query, results: await page.locator('.search-result').count(), bytes, pagefindBytes, settledBytes, ms: elapsed };
  await context.close();
  return result;
}
