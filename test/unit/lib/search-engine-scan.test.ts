/**
 * The search engine reads only what can still change the first page; whatever it skips, its page must be the one a
 * full scan gives: every article's own text scored (search-rank.ts), ordered by key, then newest first. Checked on a
 * generated archive of several tiers whose articles share phrases in every field, so that pruning has work to do.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fragment } from '../../../src/lib/search-manifest.ts';
import { parseQuery } from '../../../src/lib/search-query.ts';
import { classOf, scoreText } from '../../../src/lib/search-rank.ts';
import { testIndex, type TestArticle, type TestIndex } from '../../support/search-index.ts';

const PHRASES = [
  'đảng ủy', 'đang ủy', 'ủy ban', 'hội nghị trực tuyến', 'hội nghị', 'chuyển đổi số', 'cải cách hành chính',
  'ban chấp hành', 'nâng cao hiệu quả', 'thành phố Hồ Chí Minh', 'công tác cán bộ', 'kiểm tra giám sát',
  'an sinh xã hội', 'đại hội đảng bộ', 'các cấp', 'tại huyện', 'về', 'năm', 'tổ chức', 'triển khai',
];

/** A small deterministic generator (mulberry32), so the archive is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function archive(count: number): TestArticle[] {
  const next = random(20);
  const sentence = (words: number) => {
    const parts = Array.from({ length: words }, () => PHRASES[Math.floor(next() * PHRASES.length)]!);
    const text = parts.join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1) + i * 9 * 86_400_000).toISOString().slice(0, 10);
    return { id: `bai-${String(i).padStart(3, '0')}`, date: `${day}T08:00:00+07:00`, title: sentence(2 + (i % 3)), lede: sentence(4), body: [sentence(6), sentence(6) + (i % 7 === 3 ? ' theo Quy định 85' : '')] };
  });
}

const QUERIES = [
  'đảng ủy', 'dang uy', 'ủy ban', 'hoi nghi truc tuyen', 'chuyển đổi số', '"cai cach hanh chinh"', '"đảng ủy hội nghị"',
  'nang cao hieu qua cong tac can bo', 'thành phố Hồ Chí Minh nâng cao hiệu quả', 'dai hoi dang bo cac cap tai huyen',
  'an sinh xã hội về kiểm tra giám sát', 'ban chap hanh dang uy', 'trien khai chuyen doi so nam', 'cap', 'hội',
  // a common pair with a rare word (a document number): most holders of the pair lack the word
  'hoi nghi 85', 'đảng ủy 85',
];

describe('search against a full scan', () => {
  let index: TestIndex;
  const articles = archive(240);
  beforeAll(async () => {
    index = await testIndex(articles, { maxPages: 24, firstTierPages: 20 });
  });
  afterAll(() => index.close());

  /** Every result of `q` in order, from every article's text. */
  async function scan(q: string): Promise<string[]> {
    const query = parseQuery(q);
    const scored: { rank: number; tier: number; doc: number }[] = [];
    for (const [tier, entry] of index.manifest.tiers.entries()) {
      for (let doc = 0; doc < entry.docs; doc++) {
        const fragment = JSON.parse(await readFragment(entry.dir, doc)) as Fragment;
        const score = scoreText(query, fragment);
        if (score.allWords && score.phrases) scored.push({ rank: classOf(score.key), tier, doc });
      }
    }
    scored.sort((a, b) => b.rank - a.rank || a.tier - b.tier || a.doc - b.doc);
    return scored.map((s) => `${s.tier}:${s.doc}`);
  }
  const readFragment = (dir: string, doc: number) => readFile(join(index.indexDir, dir, 'f', `${doc}.json`), 'utf8');

  it('is cut into tiers, older ones with lists of their own', () => {
    expect(index.manifest.tiers.filter((tier) => tier.bits.r !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it.for(QUERIES)('gives the first page a full scan gives, and every result when asked: %s', async (q) => {
    const all = await scan(q);
    expect(all.length).toBeGreaterThan(0);
    for (const count of [1, 3, 10]) {
      index.reset();
      const page = await index.search(q).relevant(count);
      expect(page.hits.map((h) => `${h.tier}:${h.doc}`), `${count} results`).toEqual(all.slice(0, count));
      expect(page.found).toBeLessThanOrEqual(all.length);
      if (page.complete) expect(page.found).toBe(all.length);
    }
    const every = await index.search(q).relevant(all.length + 5);
    expect(every.hits.map((h) => `${h.tier}:${h.doc}`)).toEqual(all);
    expect(every.complete).toBe(true);
    expect(every.found).toBe(all.length);
  });
});
