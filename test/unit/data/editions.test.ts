import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { bulletin, edit } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterEach(() => vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false));
afterAll(forgetData);

async function editions(content: Content, now?: string) {
  const { getEditions } = await freshData(content, now).editions();
  return getEditions();
}
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

const edition = (id: string, number: number, date: string, articles: string[], draft = false) => ({
  id,
  data: { number, date, sections: [{ title: 'Tin hoạt động', articles }], printRun: 300, printer: 'Công ty In Ví Dụ', draft },
});

const three = edit(bulletin(), (c) =>
  c.editions!.push(
    edition('so-2', 2, '2024-04-05', ['2024/chuyen-doi-so', '2024/hoi-nghi-so-ket']),
    edition('so-3', 3, '2024-05-05', ['2024/kiem-tra-dong-nai'], true),
    edition('so-4', 4, '2025-02-05', ['2023/tong-ket-nam']),
  ),
);

describe('getEditions', () => {
  it('lists the published editions, highest number first: no draft, none dated after the build', async () => {
    expect(ids((await editions(three, '2025-01-01T00:00:00+07:00')).all)).toEqual(['so-2', 'so-1']);
    expect(ids((await editions(three, '2025-02-05T00:00:00+07:00')).all)).toEqual(['so-4', 'so-2', 'so-1']);
  });

  it('under npm run dev lists drafts and later editions too', async () => {
    vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', true);
    expect(ids((await editions(three, '2025-01-01T00:00:00+07:00')).all)).toEqual(['so-4', 'so-3', 'so-2', 'so-1']);
  });

  it('gives its articles in print order, by section, and the editions carrying each article oldest first', async () => {
    const content = edit(three, (c) => (c.editions![1]!.data['sections'] as unknown[]).push({ title: 'Địa phương', articles: ['2023/tong-ket-nam'] }));
    const { all, byArticle } = await editions(content);
    const second = all.find((e) => e.id === 'so-2')!;
    expect(second.sections.map((s) => [s.title, ids(s.articles)])).toEqual([
      ['Tin hoạt động', ['2024/chuyen-doi-so', '2024/hoi-nghi-so-ket']],
      ['Địa phương', ['2023/tong-ket-nam']],
    ]);
    expect(ids(second.articles)).toEqual(['2024/chuyen-doi-so', '2024/hoi-nghi-so-ket', '2023/tong-ket-nam']);
    expect(ids(byArticle.get('2024/hoi-nghi-so-ket'))).toEqual(['so-1', 'so-2']);
    expect(byArticle.has('2024/kiem-tra-dong-nai')).toBe(false);
  });

  it('gives the title, the addresses of its page, print page and PDF, and the first instant of its day in Vietnam', async () => {
    const [first] = (await editions(bulletin())).all;
    expect(first!.title).toContain('Số 1');
    expect(first!.url).toBe('/so/so-1/');
    expect(first!.printUrl).toMatch(/^\/so\/so-1\/[a-z-]+\/$/);
    expect(first!.pdf.url).toBe(`/so/so-1/${first!.pdf.name}`);
    expect(first!.pdf.name).toMatch(/^[a-z0-9-]+\.pdf$/);
    expect(first!.publishedAt.toISOString()).toBe('2024-03-04T17:00:00.000Z');
  });
});
