import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANKING_ARTICLES, RANKING_ORDERS } from '../../fixtures/search-ranking.ts';
import { testIndex, type TestArticle, type TestIndex } from '../../support/search-index.ts';

const ARTICLES: TestArticle[] = RANKING_ARTICLES.map(({ id, ...article }) => ({ id: id.split('/')[1]!, ...article }));

const ids = async (index: TestIndex, q: string, newest = false) => {
  const search = index.search(q);
  const page = newest ? await search.newest(20) : await search.relevant(20);
  return index.ids(page.hits);
};

describe('search ranking in one tier', () => {
  let index: TestIndex;
  beforeAll(async () => {
    index = await testIndex(ARTICLES);
  });
  afterAll(() => index.close());

  it('puts articles holding the syllables together first, in the title, then the lede, then the body, newer first; apart last', async () => {
    expect(await ids(index, 'dang uy')).toEqual(RANKING_ORDERS['dang uy']);
  });

  it('puts the exact tone marks a reader typed before folded matches, without penalising a reader who typed none', async () => {
    expect(await ids(index, 'đảng ủy')).toEqual(RANKING_ORDERS['đảng ủy']);
    expect(await ids(index, 'ĐẢNG UỶ'.normalize('NFD'))).toEqual(await ids(index, 'đảng ủy'));
  });

  it('favours articles holding each word of a longer query together, and the whole query in a row above all', async () => {
    expect((await ids(index, 'đảng ủy hội nghị')).slice(0, 3)).toEqual(['whole', 'each', 'one']);
  });

  it('lists only the articles holding a quoted phrase, word for word', async () => {
    expect(await ids(index, '"dang uy"')).toEqual(RANKING_ORDERS['"dang uy"']);
    expect(await ids(index, '“hội nghị trực tuyến”')).toEqual(RANKING_ORDERS['“hội nghị trực tuyến”']);
    // Unquoted, the pairs scattered over sentences rank below the phrase.
    expect(await ids(index, 'hoi nghi truc tuyen')).toEqual(RANKING_ORDERS['hoi nghi truc tuyen']);
  });

  it('orders by date when asked, and finds nothing when a word is missing', async () => {
    expect(await ids(index, 'dang uy', true)).toEqual(['sentence', 'apart', 'body', 'folded-title', 'title', 'lede', 'one', 'each', 'whole']);
    expect(await ids(index, 'dang uy xyz')).toEqual([]);
  });
});

describe('search over tiers', () => {
  // 40 articles over 20 months, two a month: shards of at most 2 articles and a first tier of 4, so most are in
  // large tiers, searched through the directory.
  const many: TestArticle[] = Array.from({ length: 40 }, (_, i) => {
    const month = new Date(Date.UTC(2021, i >> 1, 10 + (i % 2)));
    const id = `bai-${String(i).padStart(2, '0')}`;
    const date = `${month.toISOString().slice(0, 10)}T09:00:00+07:00`;
    if (i === 3) return { id, date, title: 'Chuyển đổi số trong cơ quan đảng', body: ['Nội dung.'] };
    if (i === 30) return { id, date, title: 'Tin', lede: 'Đẩy mạnh chuyển đổi số.', body: ['Nội dung.'] };
    return { id, date, title: `Tin số ${i}`, body: [i % 5 === 0 ? 'Bàn về chuyển đổi số ở cơ sở.' : 'Bàn về chuyển đổi cơ cấu, số liệu.'] };
  });
  const documents: TestArticle[] = [
    { id: '12-ct-tw', date: '2021-05-02T09:00:00+07:00', title: 'Chỉ thị 12-CT/TW về chuyển đổi số' },
    { id: '7-qd-ttg', date: '2021-03-02T09:00:00+07:00', title: 'Quyết định 7/QĐ-TTg', lede: 'Số liệu về chuyển đổi cơ cấu.' },
  ];
  let index: TestIndex;
  beforeAll(async () => {
    index = await testIndex(many, { maxPages: 2, firstTierPages: 4 }, documents);
  });
  afterAll(() => index.close());

  it('cuts a large archive into tiers with a directory', () => {
    expect(index.manifest.tiers.length).toBeGreaterThanOrEqual(3);
    expect(index.manifest.directory).toBeDefined();
  });

  it('finds an old title before newer bodies, and a lede before bodies', async () => {
    const search = index.search('chuyen doi so');
    const page = await search.relevant(3);
    expect(await index.ids(page.hits)).toEqual(['bai-03', 'bai-30', 'bai-35']);
    expect(page.complete).toBe(false);
  });

  it('finds an old title before newer bodies for a single syllable too, whose title lists are in the tiers\' own files', async () => {
    index.reset();
    const page = await index.search('chuyển').relevant(3);
    expect(await index.ids(page.hits)).toEqual(['bai-03', 'bai-30', 'bai-39']);
    const older = index.manifest.tiers.filter((tier) => tier.bits.r !== undefined);
    expect(index.reads.some((path) => older.some((tier) => path.startsWith(`${tier.dir}r/`)))).toBe(true);
  });

  it('tells the first results as soon as nothing unread can come before them, never one that moves later', async () => {
    const told: string[][] = [];
    const page = await index.search('chuyen doi so').relevant(3, (hits) => void told.push(hits.map((h) => `${h.tier}:${h.doc}`)));
    const final = page.hits.map((h) => `${h.tier}:${h.doc}`);
    expect(told.length).toBeGreaterThan(1);
    expect(told.some((hits) => hits.length > 0 && hits.length < final.length)).toBe(true);
    for (const hits of told) expect(final.slice(0, hits.length)).toEqual(hits);
  });

  it('reads one directory file only, when the first tier already holds the best results', async () => {
    index.reset();
    const page = await index.search('ban ve').relevant(2);
    expect(await index.ids(page.hits)).toEqual(['bai-39', 'bai-38']);
    // The pair's directory file (the first tier's lists, the older tiers' counts), nothing of the older tiers' lists.
    const lists = index.reads.filter((path) => !/\/f\/\d+\.json$/.test(path));
    expect(lists).toHaveLength(1);
    expect(lists[0]!.startsWith(index.manifest.directory.dir)).toBe(true);
  });

  it("finds documents holding a query's words apart through the documents' own word files, not the directory's", async () => {
    index.reset();
    const page = await index.searchDocuments('chuyen doi so').relevant(10);
    // The first holds the phrase; the second its words apart, found through "so", the rarest of them.
    expect(page.hits).toHaveLength(2);
    const wordFiles = index.reads.filter((path) => path.startsWith(`${index.manifest.documents!.dir}w/`));
    const directoryFiles = index.reads.filter((path) => path.startsWith(index.manifest.directory.dir));
    expect(wordFiles.length).toBeGreaterThan(0);
    // Only the pairs' files of the directory: "chuyen doi" and "doi so".
    expect(new Set(directoryFiles).size).toBeLessThanOrEqual(2);
  });

  it('gives more results when asked, in the same order', async () => {
    const search = index.search('chuyen doi so');
    const first = await index.ids((await search.relevant(3)).hits);
    const more = await search.relevant(8);
    expect((await index.ids(more.hits)).slice(0, 3)).toEqual(first);
    expect(more.hits).toHaveLength(8);
    const all = await search.relevant(100);
    expect(all.complete).toBe(true);
    expect(all.hits).toHaveLength(all.found);
  });

  it('filters by year and counts results by filter value', async () => {
    const page = await index.search('chuyen doi so', { filters: { year: ['2022'] } }).relevant(20);
    const found = await index.ids(page.hits);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => Number(id.slice(4)) >= 24)).toBe(true);
    const counts = await index.search('chuyen doi so').countByFilter(['year', 'unit']);
    expect(counts.year).toEqual({ '2021': expect.any(Number), '2022': expect.any(Number) });
    expect(Object.values(counts.unit!)).toEqual([Object.values(counts.year!).reduce((a, b) => a + b, 0)]);
  });
});
