import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../../../src/lib/jsonld.ts';

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
