import { afterAll, describe, expect, it, vi } from 'vitest';
import { article, bulletin, DANG_UY, edit, TINH_UY, VPCP } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterAll(forgetData);

async function listings(content: Content) {
  const { getListings } = await freshData(content).listings();
  return getListings();
}
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((a) => a.id);

describe('getListings', () => {
  it('lists a unit’s articles with its sub-units’, newest first, and leaves drafts out of every list', async () => {
    const content = edit(bulletin(), (c) => c.articles.push(article('2024/ban-nhap', '2024-03-02T08:00:00+07:00', DANG_UY, { draft: true, tags: ['Kiểm tra'] })));
    const { byUnit, byAuthor, byTag, all } = await listings(content);
    expect(ids(byUnit.get(VPCP))).toEqual(['2024/chuyen-doi-so', '2024/dang-uy-hop', '2024/hoi-nghi-so-ket']);
    expect(ids(byUnit.get(DANG_UY))).toEqual(['2024/dang-uy-hop']);
    expect(ids(byUnit.get(TINH_UY))).toEqual(['2024/kiem-tra-dong-nai', '2023/tong-ket-nam']);
    expect(ids(byAuthor.get('gia-huy'))).toEqual(['2024/kiem-tra-dong-nai', '2024/dang-uy-hop']);
    expect(ids(byTag.get('kiem-tra'))).toEqual(['2024/kiem-tra-dong-nai', '2023/tong-ket-nam']);
    expect(ids(all)).not.toContain('2024/ban-nhap');
  });

  it('groups by year and by month of Vietnam time', async () => {
    const content = edit(bulletin(), (c) => c.articles.push(article('2024/giao-thua', '2024-01-01T00:10:00+07:00', VPCP)));
    const { byYear, byMonth } = await listings(content);
    expect([...byYear.keys()]).toEqual([2024, 2023]);
    expect(ids(byYear.get(2023))).toEqual(['2023/tong-ket-nam']);
    expect([...byMonth.keys()]).toEqual(['2024-03', '2024-02', '2024-01', '2023-12']);
    expect(ids(byMonth.get('2024-01'))).toEqual(['2024/hoi-nghi-so-ket', '2024/giao-thua']);
  });

  it('names each tag as first written by the newest article, one slug whatever the spelling, in Vietnamese order', async () => {
    const content = edit(bulletin(), (c) => c.articles.push(article('2024/moi-nhat', '2024-04-01T08:00:00+07:00', VPCP, { tags: ['chuyển đổi số', 'Ải Nam Quan'] })));
    const { tags, byTag } = await listings(content);
    expect(tags).toEqual([
      { slug: 'ai-nam-quan', name: 'Ải Nam Quan', count: 1 },
      { slug: 'chuyen-doi-so', name: 'chuyển đổi số', count: 3 },
      { slug: 'kiem-tra', name: 'Kiểm tra', count: 2 },
      { slug: 'xay-dung-dang', name: 'Xây dựng Đảng', count: 1 },
    ]);
    expect(ids(byTag.get('chuyen-doi-so'))[0]).toBe('2024/moi-nhat');
  });

  it('relates articles of one unit or sharing a tag, never the article itself', async () => {
    const { all, related } = await listings(bulletin());
    const byId = new Map(all.map((a) => [a.id, a]));
    expect(ids(related(byId.get('2024/hoi-nghi-so-ket')!))).toEqual(['2024/chuyen-doi-so']);
    expect(ids(related(byId.get('2023/tong-ket-nam')!))).toEqual(['2024/kiem-tra-dong-nai']);
  });
});
