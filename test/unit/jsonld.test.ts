import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { shareLinks } from '../../src/lib/share-links.ts';
import { feedItems } from '../../src/lib/feed-items.ts';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';

describe('JSON-LD', () => {
  const ld = newsArticleJsonLd({
    url: 'https://x.vn/bai-viet/2020/a/',
    headline: 'Tiêu đề </script><script>alert(1)</script>',
    description: 'Tóm tắt',
    datePublished: new Date('2020-08-26T03:54:00Z'),
    authors: [{ name: 'Nhật Thy', url: 'https://x.vn/tac-gia/nhat-thy/' }],
    section: 'Chi bộ Vụ Khoa giáo-Văn xã',
    publisher: { name: 'Ban Biên tập', url: 'https://x.vn/', logo: 'https://x.vn/logo.svg' },
    keywords: ['COVID-19'],
    timeZone: 'Asia/Ho_Chi_Minh',
  });

  it('describes a NewsArticle in Vietnamese with +07:00 instants', () => {
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'vi',
      datePublished: '2020-08-26T10:54:00+07:00',
      dateModified: '2020-08-26T10:54:00+07:00',
      author: [{ '@type': 'Person', name: 'Nhật Thy' }],
      publisher: { '@type': 'Organization', name: 'Ban Biên tập' },
      articleSection: 'Chi bộ Vụ Khoa giáo-Văn xã',
    });
  });

  it('serialises so that text can never close the script element', () => {
    const json = serializeJsonLd(ld);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(ld);
  });
});

describe('share links', () => {
  it('are plain URLs with the page address encoded', () => {
    const links = shareLinks('https://x.vn/bai-viet/2020/a/', 'Đảng ủy & chi bộ');
    expect(links.map((l) => l.network)).toEqual(['facebook', 'zalo', 'email']);
    expect(links[0]!.href).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.vn%2Fbai-viet%2F2020%2Fa%2F');
    expect(links[2]!.href).toContain('subject=%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20%26%20chi%20b%E1%BB%99');
  });
});

describe('feed items', () => {
  it('caps the feed and escapes author names', () => {
    const article = { title: 'T', url: '/a/', lede: 'L', date: new Date(0), authorNames: ['A & B'], unitName: 'U', tags: ['x'] };
    const items = feedItems(Array.from({ length: 60 }, () => article));
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({ categories: ['U', 'x'], customData: '<dc:creator>A &amp; B</dc:creator>' });
  });
});

describe('paths', () => {
  it('builds ASCII URLs for every page kind', () => {
    expect(paths.tag('Xây dựng Đảng')).toBe('/chu-de/xay-dung-dang/');
    expect(paths.month(2021, 6)).toBe('/luu-tru/2021/06/');
    expect(absoluteUrl('/bai-viet/a/', 'https://x.vn/sub')).toBe('https://x.vn/sub/bai-viet/a/');
  });
});
