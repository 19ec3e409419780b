/**
 * The cache keys decide what an incremental build renders again: a page whose key is unchanged is copied from the
 * last build. Too few changes and a reader sees a stale page; too many and a rebuild is a cold build. Each case
 * below changes the content as an editor would and checks that exactly the pages showing what changed get new
 * keys. The site is modelled as its pages ask for their keys (the `cacheKey` of each `getStaticPaths` in
 * src/pages/), and each page lists what it shows: the oracle the keys are held to.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { articleFile, bulletin, document, edit, TINH_UY, VPCP, article } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
// Only the digest of the cards' drawing enters the keys; drawing them is src/pictures/' concern (and slow to load).
const cards = vi.hoisted(() => ({ frameDigest: 'cards-1' }));
vi.mock('../../../src/data/share-cards.ts', () => ({ getShareCards: async () => ({ frameDigest: cards.frameDigest }) }));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterAll(forgetData);

/** Shown on every page: the header, the footer, the share picture. */
const FRAME = '#frame';
/** The counts of articles by unit and by month, beside the unit trees and the archive's months. */
const COUNTS = '#counts';
const FEED_SIZE = 20;

interface Route {
  key: string;
  /** what the page shows: ids of articles, documents, editions and standing pages, FRAME, COUNTS */
  shows: string[];
}

/** Every keyed page of a build of `content` (one page per list: the fixture is shorter than a page). */
async function build(content: Content, now?: string): Promise<Map<string, Route>> {
  const data = freshData(content, now);
  const [{ getListings }, { getDocuments }, { getEditions, editionsShown }, { getPages }, { getCacheKeys }] = await Promise.all([
    data.listings(),
    data.documents(),
    data.editions(),
    data.pages(),
    data.cacheKeys(),
  ]);
  const [listings, documents, editions, pages, keys] = await Promise.all([getListings(), getDocuments(), getEditions(), getPages(), getCacheKeys()]);
  const routes = new Map<string, Route>();
  const add = (path: string, key: string, ...shows: string[]) => routes.set(path, { key, shows: [FRAME, ...shows] });
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

  add('/', keys.listWithCounts(listings.all, 1, 1), ...ids(listings.all), COUNTS);
  for (const [unit, list] of listings.byUnit) {
    add(`/don-vi/${unit}/`, keys.listWithCounts(list, unit, 1, 1), ...ids(list), COUNTS);
    add(`/don-vi/${unit}/rss.xml`, keys.list(list.slice(0, FEED_SIZE), unit), ...ids(list));
  }
  for (const [year, list] of listings.byYear) add(`/luu-tru/${year}/`, keys.listWithCounts(list, year, 1, 1), ...ids(list), COUNTS);
  for (const [month, list] of listings.byMonth) add(`/luu-tru/${month.replace('-', '/')}/`, keys.list(list, month, 1, 1), ...ids(list));
  for (const [author, list] of listings.byAuthor) add(`/tac-gia/${author}/`, keys.list(list, author, 1, 1, list.length), ...ids(list));
  for (const tag of listings.tags) {
    const list = listings.byTag.get(tag.slug)!;
    add(`/chu-de/${tag.slug}/`, keys.list(list, tag.name, 1, 1), ...ids(list));
  }
  for (const a of listings.all) {
    const nearby = listings.related(a);
    const carriedIn = editions.byArticle.get(a.id) ?? [];
    add(`/bai-viet/${a.id}/`, keys.list(nearby, keys.article(a), editionsShown(carriedIn)), a.id, ...ids(nearby), ...ids(carriedIn));
  }
  const filters = keys.documents(documents.all);
  add('/van-ban/', keys.documents(documents.all, filters, 1, 1), ...ids(documents.all));
  for (const d of documents.all) {
    add(`/van-ban/${d.id}/`, keys.document(d), d.id, ...ids(d.replaces), ...(d.replacedBy ? [d.replacedBy.id] : []), ...ids(d.citedBy));
  }
  for (const e of editions.all) add(`/so/${e.id}/`, keys.edition(e), e.id, ...ids(e.articles));
  for (const p of pages.all) add(`/${p.id}/`, keys.page(p), p.id);
  return routes;
}

/** The pages whose keys differ between two builds, or that only one has. */
function changed(before: Map<string, Route>, after: Map<string, Route>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path)?.key !== after.get(path)?.key).sort();
}

/** The pages of either build showing any of `things`. */
function showing(builds: Map<string, Route>[], ...things: string[]): string[] {
  const paths = new Set<string>();
  for (const routes of builds) for (const [path, route] of routes) if (route.shows.some((shown) => things.includes(shown))) paths.add(path);
  return [...paths].sort();
}

const CITING = '2024/dang-uy-hop';
const PLAIN = '2024/kiem-tra-dong-nai';
const CARRIED = '2024/hoi-nghi-so-ket';
const base = bulletin();
const before = await build(base);

/** Build `content`, check that exactly the pages showing `things` changed, and give the pages changed. */
async function expectChanged(content: Content, things: string[], now?: string): Promise<string[]> {
  const after = await build(content, now);
  const paths = changed(before, after);
  expect(paths).toEqual(showing([before, after], ...things));
  return paths;
}

describe('cache keys', () => {
  it('are the same for the same content, and do not hold the clock', async () => {
    expect(changed(before, await build(base))).toEqual([]);
    expect(changed(before, await build(base, '2025-06-01T00:00:00+07:00'))).toEqual([]);
    expect(before.size).toBeGreaterThan(25);
  });

  it('change for an edited body only on the pages showing the article', async () => {
    const paths = await expectChanged(
      edit(base, (c) => (articleFile(c, PLAIN).body += ' Thêm một câu.')),
      [PLAIN],
    );
    expect(paths).toContain(`/bai-viet/${PLAIN}/`);
    expect(paths).toContain(`/don-vi/${TINH_UY}/`);
    expect(paths).not.toContain(`/bai-viet/${CARRIED}/`);
    expect(paths).not.toContain('/gioi-thieu/');
  });

  it('change for an edited title on its lists, its related articles, its edition and the documents it cites', async () => {
    const paths = await expectChanged(
      edit(base, (c) => (articleFile(c, CITING).data['title'] = 'Đảng ủy họp phiên thường kỳ')),
      [CITING],
    );
    expect(paths).toEqual(expect.arrayContaining(['/', '/so/so-1/', '/van-ban/35-ct-tw/', `/chu-de/xay-dung-dang/`]));
  });

  it('change for a renamed article wherever it is linked, its text unchanged', async () => {
    const renamed = '2024/kiem-tra-cong-tac-dong-nai';
    const paths = await expectChanged(
      edit(base, (c) => (articleFile(c, PLAIN).id = renamed)),
      [PLAIN, renamed],
    );
    expect(paths).toEqual(expect.arrayContaining(['/', `/don-vi/${TINH_UY}/`, `/bai-viet/${PLAIN}/`, `/bai-viet/${renamed}/`]));
  });

  it('change for an article moved to another unit on both units’ pages and wherever counts are shown', async () => {
    const paths = await expectChanged(
      edit(base, (c) => (articleFile(c, PLAIN).data['unit'] = VPCP)),
      [PLAIN, COUNTS],
    );
    expect(paths).toEqual(expect.arrayContaining([`/don-vi/${TINH_UY}/`, `/don-vi/${VPCP}/`, '/luu-tru/2024/']));
    expect(paths).not.toContain('/so/so-1/');
  });

  it('do not change for a draft, and change as for a new article once it is published', async () => {
    const draft = article('2024/du-thao', '2024-03-02T08:00:00+07:00', TINH_UY, { draft: true, tags: ['Kiểm tra'] });
    const drafted = edit(base, (c) => c.articles.push(draft));
    expect(changed(before, await build(drafted))).toEqual([]);
    const published = edit(drafted, (c) => (articleFile(c, draft.id).data['draft'] = false));
    const paths = await expectChanged(published, [draft.id, COUNTS]);
    expect(paths).toContain(`/bai-viet/${draft.id}/`);
    expect(paths).not.toContain(`/bai-viet/${CARRIED}/`);
    expect(paths).not.toContain('/van-ban/35-ct-tw/');
  });

  it('do not change for an article scheduled later, and change when a build reaches its time', async () => {
    const scheduled = article('2025/len-lich', '2025-02-01T08:00:00+07:00', VPCP);
    const content = edit(base, (c) => c.articles.push(scheduled));
    expect(changed(before, await build(content, '2025-01-31T23:59:00+07:00'))).toEqual([]);
    await expectChanged(content, [scheduled.id, COUNTS], '2025-02-01T08:00:00+07:00');
  });

  it('under npm run dev, which shows a scheduled article marked, change for it when its time comes', async () => {
    const scheduled = article('2025/len-lich', '2025-02-01T08:00:00+07:00', VPCP);
    const content = edit(base, (c) => c.articles.push(scheduled));
    vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', true);
    try {
      const early = await build(content, '2025-01-31T23:59:00+07:00');
      const due = await build(content, '2025-02-01T08:00:00+07:00');
      expect(changed(early, due)).toEqual(showing([early], scheduled.id));
    } finally {
      vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
    }
  });

  it('change for a deleted article where it was shown and wherever counts are shown', async () => {
    const paths = await expectChanged(
      edit(base, (c) => (c.articles = c.articles.filter((a) => a.id !== PLAIN))),
      [PLAIN, COUNTS],
    );
    expect(paths).toContain(`/bai-viet/${PLAIN}/`);
  });

  it('change for a document added on the documents’ pages and the articles now citing it', async () => {
    const added = document('12-ct-tw', { number: '12-CT/TW', issued: '2022-01-05' });
    const uncited = edit(base, (c) => c.documents!.push(added));
    expect(await expectChanged(uncited, ['12-ct-tw'])).toEqual(['/van-ban/', '/van-ban/12-ct-tw/']);
    // The articles' loader renders every article again when the documents change: one mentioning it now links it.
    const cited = edit(uncited, (c) => (articleFile(c, PLAIN).cites = ['12-ct-tw']));
    expect(await expectChanged(cited, ['12-ct-tw', PLAIN])).toEqual(expect.arrayContaining([`/bai-viet/${PLAIN}/`, '/van-ban/12-ct-tw/']));
  });

  it('change for an edited document on its page, the list and the documents it replaces', async () => {
    const paths = await expectChanged(
      edit(base, (c) => (c.documents![0]!.data['summary'] = 'Về tăng cường công tác kiểm tra.')),
      ['35-ct-tw'],
    );
    expect(paths).toEqual(['/van-ban/', '/van-ban/05-ct-tw/', '/van-ban/35-ct-tw/']);
  });

  it('change for an edited edition on its page and its articles’ pages; for the first edition on every page', async () => {
    const renamed = await expectChanged(
      edit(base, (c) => (c.editions![0]!.data['period'] = 'Quý I/2024')),
      ['so-1'],
    );
    expect(renamed).toEqual(['/bai-viet/2024/dang-uy-hop/', '/bai-viet/2024/hoi-nghi-so-ket/', '/so/so-1/']);
    // The header links the editions once there is one.
    await expectChanged(
      edit(base, (c) => (c.editions = [])),
      [FRAME],
    );
  });

  it('change on its page alone for a standing page’s text, and on every page for a linked page’s title', async () => {
    expect(await expectChanged(edit(base, (c) => (c.pages![1]!.body = 'Địa chỉ mới.')), ['lien-he'])).toEqual(['/lien-he/']);
    await expectChanged(
      edit(base, (c) => (c.pages![1]!.data['title'] = 'Liên hệ với Ban Biên tập')),
      [FRAME],
    );
  });

  it('change on every page for a unit or an author renamed, and for the share cards drawn anew', async () => {
    await expectChanged(
      edit(base, (c) => (c.units[2]!['name'] = 'Văn phòng Thành ủy')),
      [FRAME],
    );
    await expectChanged(
      edit(base, (c) => (c.authors[1]!['name'] = 'Nguyễn Gia Huy')),
      [FRAME],
    );
    cards.frameDigest = 'cards-2';
    try {
      await expectChanged(base, [FRAME]);
    } finally {
      cards.frameDigest = 'cards-1';
    }
  });
});
