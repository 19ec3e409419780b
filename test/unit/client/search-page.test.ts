// @vitest-environment happy-dom
/**
 * The search page's script (src/client/search-page.ts) against a fake network: an index written by the build's own
 * code for a generated archive of several tiers, served from memory by a stand-in for `fetch` that records every
 * request. What the browser would fetch for a query, the order of what it shows, the filters and what a reader reads
 * when a file of the index is missing; Chromium (test/browser/search.test.ts) checks the same page on a built site.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchUi } from '../../../src/i18n/search.ts';
import { MANIFEST_PATH } from '../../../src/lib/search-manifest.ts';
import { testIndex, type TestArticle, type TestIndex } from '../../support/search-index.ts';

const UNITS = ['Văn phòng Chính phủ', 'Đảng ủy Khối', 'Tỉnh ủy Đồng Nai'];

/** 48 articles, one every ten days from 2021: every fourth about "chuyển đổi số", the rest about other work. */
const ARTICLES: TestArticle[] = Array.from({ length: 48 }, (_, i) => {
  const day = new Date(Date.UTC(2021, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10);
  const topic = i % 4 === 0 ? 'chuyển đổi số' : 'cải cách hành chính';
  return { id: `bai-${String(i).padStart(2, '0')}`, date: `${day}T08:00:00+07:00`, title: `Bài ${i}: ${topic}`, body: [`Hội nghị bàn về ${topic} ở cơ sở.`], unit: UNITS[i % 3]! };
});
const newestFirst = [...ARTICLES].reverse();
const titlesOf = (list: readonly TestArticle[]) => list.map((a) => a.title);

/** The markup of src/pages/tim-kiem.astro the script needs. */
const PAGE = `
  <form id="search-form"><input type="search" name="q"><button type="submit">Tìm</button>
    <select name="sap-xep"><option value="">Liên quan nhất</option><option value="moi-nhat">Mới nhất</option></select>
    <details id="search-filter-box"><summary>Lọc</summary><div id="search-filters"></div></details>
  </form>
  <p id="search-status"></p>
  <section id="search-documents" hidden><ol id="search-document-results"></ol></section>
  <ol id="search-results"></ol>
  <button id="search-more" type="button" hidden>Xem thêm</button>`;

let index: TestIndex;
let distDir: string;
/** Paths under the index's folder answered 404, as after a new deployment replaced them. */
const missing = new Set<string>();
const fetched: string[] = [];

beforeAll(async () => {
  index = await testIndex(ARTICLES, { maxPages: 4, firstTierPages: 8 });
  distDir = index.indexDir.slice(0, -dirname(MANIFEST_PATH).length);
});
afterAll(async () => {
  // Unit test files share their worker: leave no fake fetch or environment behind.
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await index.close();
});
beforeEach(() => {
  missing.clear();
  fetched.length = 0;
});

async function fakeFetch(input: URL | string) {
  const url = new URL(String(input));
  fetched.push(url.pathname);
  const relative = url.pathname.slice(1);
  const gone = missing.has(relative.slice(dirname(MANIFEST_PATH).length + 1));
  const found = gone ? undefined : await readFile(join(distDir, relative), 'utf8').catch(() => undefined);
  return found === undefined
    ? { ok: false, status: 404, json: async () => Promise.reject(new Error('404')) }
    : { ok: true, status: 200, json: async () => JSON.parse(found) as unknown };
}

const status = () => document.querySelector<HTMLElement>('#search-status')!;
const shownTitles = () => [...document.querySelectorAll('#search-results .search-result__title')].map((el) => el.textContent);

/** Open the search page at `?query` and wait until its status says the results are final. */
async function openSearch(query: string) {
  document.body.innerHTML = PAGE;
  history.replaceState(null, '', `/tim-kiem/?${query}`);
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
  vi.stubEnv('DEV', false);
  vi.resetModules();
  await import('../../../src/client/search-page.ts');
  await vi.waitFor(() => expect(status().dataset['state']).toBe('done'), { timeout: 5000, interval: 5 });
}

const tierOf = (path: string) => index.manifest.tiers.findIndex((tier) => path.includes(`/${tier.dir}`));

describe('the search page over a sharded index', () => {
  it('is tested on an index of several tiers', () => {
    expect(index.manifest.tiers.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the best ten, and fetches each file once and nothing of older tiers once the page is settled', async () => {
    await openSearch('q=cai+cach+hanh+chinh');
    expect(shownTitles()).toHaveLength(10);
    expect(status().textContent).toMatch(/kết quả cho “cai cach hanh chinh”$/);
    expect(new Set(fetched).size).toBe(fetched.length);
    // The ten newest hold the phrase in their titles: nothing older can come before them.
    expect(shownTitles()).toEqual(titlesOf(newestFirst.filter((a) => a.title.includes('cải cách'))).slice(0, 10));
    const tiers = new Set(fetched.map(tierOf).filter((tier) => tier >= 0));
    expect(Math.max(...tiers)).toBeLessThan(index.manifest.tiers.length - 1);
  });

  it('lists the newest first across tiers when asked, and the next ten without fetching a file again', async () => {
    await openSearch('q=chuyen+doi+so&sap-xep=moi-nhat');
    const expected = titlesOf(newestFirst.filter((a) => a.title.includes('chuyển đổi số')));
    expect(shownTitles()).toEqual(expected.slice(0, 10));
    document.querySelector<HTMLButtonElement>('#search-more')!.click();
    await vi.waitFor(() => expect(shownTitles()).toHaveLength(expected.length), { timeout: 5000, interval: 5 });
    expect(shownTitles()).toEqual(expected);
    expect(status().textContent).toBe(searchUi.count(expected.length, 'chuyen doi so'));
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(new Set(fetched.map(tierOf)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps to the filters, and counts the results by filter value', async () => {
    await openSearch('q=chuyen+doi+so&nam=2021&don-vi=T%E1%BB%89nh+%E1%BB%A7y+%C4%90%E1%BB%93ng+Nai');
    const expected = newestFirst.filter((a) => a.title.includes('chuyển đổi số') && a.date.startsWith('2021') && a.unit === 'Tỉnh ủy Đồng Nai');
    expect(expected.length).toBeGreaterThan(0);
    expect(shownTitles().sort()).toEqual(titlesOf(expected).sort());
    await vi.waitFor(() => expect(document.querySelectorAll('#search-filters input').length).toBeGreaterThan(0), { timeout: 5000, interval: 5 });
    const label = (value: string) => document.querySelector(`#search-filters input[value="${value}"] + label`)?.textContent;
    expect(label('2021')).toBe(`2021 (${expected.length})`);
    expect(document.querySelector<HTMLInputElement>('#search-filters input[value="2021"]')!.checked).toBe(true);
  });

  it('says in Vietnamese that a file of the index is missing, rather than searching for ever', async () => {
    const { dir } = index.manifest.directory;
    for (const name of await readdir(join(index.indexDir, dir))) missing.add(`${dir}${name}`);
    await openSearch('q=chuyen+doi+so');
    expect(status().textContent).toBe(searchUi.failedFile);
    expect(shownTitles()).toEqual([]);
  });

  it('says so when a shard of an older tier is missing, while the page needs it', async () => {
    const older = index.manifest.tiers.at(-1)!;
    for (let doc = 0; doc < older.docs; doc++) missing.add(`${older.dir}f/${doc}.json`);
    await openSearch('q=chuyen+doi+so&sap-xep=moi-nhat');
    document.querySelector<HTMLButtonElement>('#search-more')!.click();
    await vi.waitFor(() => expect(status().textContent).toBe(searchUi.failedFile), { timeout: 5000, interval: 5 });
  });

  it('says so when there is no index at all', async () => {
    missing.add('manifest.json');
    await openSearch('q=chuyen+doi+so');
    expect(status().textContent).toBe(searchUi.failed);
  });
});

