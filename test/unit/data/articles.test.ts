import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { article, articleFile, bulletin, DANG_UY, edit, VPCP } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterEach(() => vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false));
afterAll(forgetData);

async function articles(content: Content, now?: string) {
  const { getArticles } = await freshData(content, now).articles();
  return getArticles();
}

const withUnpublished = edit(bulletin(), (c) =>
  c.articles.push(
    article('2024/ban-nhap', '2024-03-02T08:00:00+07:00', VPCP, { draft: true }),
    article('2025/len-lich', '2025-02-01T08:00:00+07:00', VPCP),
  ),
);

describe('getArticles', () => {
  it('lists the published articles newest first, equal instants by id', async () => {
    const content = edit(bulletin(), (c) => c.articles.push(article('2024/a-cung-gio', '2024-03-01T07:45:00+07:00', DANG_UY)));
    expect((await articles(content)).map((a) => a.id)).toEqual([
      '2024/a-cung-gio',
      '2024/chuyen-doi-so',
      '2024/kiem-tra-dong-nai',
      '2024/dang-uy-hop',
      '2024/hoi-nghi-so-ket',
      '2023/tong-ket-nam',
    ]);
  });

  it('leaves out drafts, and articles dated after the build’s instant until it reaches them', async () => {
    const ids = async (now: string) => (await articles(withUnpublished, now)).map((a) => a.id);
    expect(await ids('2025-01-31T23:59:59+07:00')).not.toContain('2025/len-lich');
    expect(await ids('2025-01-31T23:59:59+07:00')).not.toContain('2024/ban-nhap');
    expect((await ids('2025-02-01T08:00:00+07:00'))[0]).toBe('2025/len-lich');
  });

  it('under npm run dev lists drafts and scheduled articles too, marked by their state', async () => {
    vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', true);
    const states = Object.fromEntries((await articles(withUnpublished, '2025-01-01T00:00:00+07:00')).map((a) => [a.id, a.state]));
    expect(states).toMatchObject({ '2024/ban-nhap': 'draft', '2025/len-lich': 'scheduled', '2024/dang-uy-hop': 'published' });
  });

  it('gives the unit with its parents, the year and month in Vietnam time, the address and what the loaders stored', async () => {
    const content = edit(bulletin(), (c) => {
      const file = articleFile(c, '2024/dang-uy-hop');
      file.data['date'] = '2024-01-01T00:30:00+07:00'; // still 2023 in UTC
      file.body = Array.from({ length: 460 }, () => 'chữ').join(' ');
    });
    const found = (await articles(content)).find((a) => a.id === '2024/dang-uy-hop')!;
    expect(found.unit.id).toBe(DANG_UY);
    expect(found.unitPath.map((u) => u.id)).toEqual([VPCP]);
    expect([found.year, found.month]).toEqual([2024, 1]);
    expect(found.url).toBe('/bai-viet/2024/dang-uy-hop/');
    expect(found.authors.map((a) => a.name)).toEqual(['Gia Huy']);
    expect(found.cites).toEqual(['35-ct-tw']);
    expect(found.readingMinutes).toBe(2);
  });

  it('names the file and the field of an unknown unit or author, in Vietnamese', async () => {
    const unknownUnit = edit(bulletin(), (c) => (articleFile(c, '2024/dang-uy-hop').data['unit'] = 'ban-khong-co'));
    await expect(articles(unknownUnit)).rejects.toThrow('content/articles/2024/dang-uy-hop.md: unit: mã đơn vị "ban-khong-co" chưa có trong content/units.yaml');
    const unknownAuthor = edit(bulletin(), (c) => (articleFile(c, '2024/dang-uy-hop').data['author'] = ['gia-huy', 'an-danh']));
    await expect(articles(unknownAuthor)).rejects.toThrow('content/articles/2024/dang-uy-hop.md: author: mã tác giả "an-danh" chưa có trong content/authors.yaml');
  });
});
