import type { Browser } from 'playwright-core';
import { rootPaths } from '../../src/lib/paths.ts';
import { parseSearchState, searchParams } from '../../src/lib/search-state.ts';

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
  /** results the status line reports once the search is final, when it gives a number */
  total: number | undefined;
  /** search bytes over the wire (scripts and the index; compressed) from opening the page to the first results */
  bytes: number;
  /** of which the index's files */
  indexBytes: number;
  /** search bytes until the results are final */
  completeBytes: number;
  /** the page itself: HTML, CSS, fonts (not counted against the target) */
  pageBytes: number;
  /** from Enter to the first results on screen */
  ms: number;
  /** from Enter to the results being final */
  completeMs: number;
  /** the first page of articles once final, as site paths, in order */
  top: string[];
  /** the documents listed above them */
  documents: string[];
}

/** The search index's folders: bantin's own index, or the Pagefind index of builds before it. */
const isIndex = (path: string) => /^\/(chi-muc|pagefind)\//.test(path);
const isSearchBytes = (path: string) => isIndex(path) || /^\/_astro\/.+\.js(\?|$)/.test(path);


/**
 * A reader's search, measured as they experience it: a new browser context (empty cache) opens the search page,
 * which loads whatever it loads on its own; the reader types the query and presses Enter. Bytes are counted by
 * the server, so requests from any Web Worker are included.
 */
export async function searchCost(browser: Browser, base: string, served: { at: number; path: string; size: number }[], query: SearchQuery): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  served.length = 0;
  await page.goto(`${base}${rootPaths.search()}${query.newest ? `?${searchParams({ ...parseSearchState(new URLSearchParams()), sort: 'newest' })}` : ''}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const watched = window as unknown as { enterAt: number; searchFinal: () => boolean };
    const form = document.querySelector('#search-form')!;
    form.addEventListener('submit', () => (watched.enterAt = performance.now()), { capture: true });
    // Final when the page says so, or (the Pagefind search of earlier builds) when the status gives the whole count.
    watched.searchFinal = () => {
      const status = document.querySelector('#search-status');
      const text = status?.textContent ?? '';
      return status?.getAttribute('data-state') === 'done' || /^\d+ kết quả cho “/.test(text) || /^Không tìm thấy/.test(text);
    };
  });
  await page.fill('#tim-kiem-q', query.q);
  await page.press('#tim-kiem-q', 'Enter');
  const first = await page.waitForFunction(
    () => {
      const shown = document.querySelectorAll('.search-result, .search-document').length;
      const now = performance.now();
      const final = (window as unknown as { searchFinal: () => boolean }).searchFinal();
      return shown > 0 || final ? [now - (window as unknown as { enterAt: number }).enterAt, performance.timeOrigin + now] : false;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const [firstMs, firstAt] = (await first.jsonValue()) as [number, number];
  /** Bytes the server had sent by `until` (epoch ms) of the paths `filter` accepts. */
  const sum = (filter: (path: string) => boolean, until = Infinity) =>
    served.filter((entry) => entry.at <= until && filter(entry.path)).reduce((total, entry) => total + entry.size, 0);
  const bytes = sum(isSearchBytes, firstAt);
  const indexBytes = sum(isIndex, firstAt);
  const results = await page.locator('.search-result').count();
  const complete = await page.waitForFunction(
    () => {
      const final = (window as unknown as { searchFinal: () => boolean }).searchFinal();
      return final ? [performance.now() - (window as unknown as { enterAt: number }).enterAt, document.querySelector('#search-status')?.textContent ?? ''] : false;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const [completeMs, status] = (await complete.jsonValue()) as [number, string];
  await page.waitForLoadState('networkidle');
  const paths = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const result: SearchCost = {
    query: query.q,
    newest: Boolean(query.newest),
    results,
    total: /(\d[\d.]*) kết quả/.test(status) ? Number(/(\d[\d.]*) kết quả/.exec(status)![1]!.replace(/\./g, '')) : /^Không tìm thấy/.test(status) ? 0 : undefined,
    bytes,
    indexBytes,
    completeBytes: sum(isSearchBytes),
    pageBytes: sum((path) => !isSearchBytes(path)),
    ms: Math.round(firstMs),
    completeMs: Math.round(completeMs),
    top: (await paths('.search-result__title a')).slice(0, 10),
    documents: await paths('.search-document__title a'),
  };
  await context.close();
  return result;
}
