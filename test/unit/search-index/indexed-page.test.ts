import { describe, expect, it } from 'vitest';
import { decodeAttribute, indexedPage } from '../../../src/search-index/indexed-page.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="vi"><head><title>T</title><link rel="stylesheet" href="/_astro/a.css">${head}</head>` +
  `<body><header data-astro-cid-abc><nav>Trang chủ</nav></header><main>${body}</main><aside class="related"><article>Bài khác</article></aside></body></html>`;

const HEAD =
  '<meta name="search:date" data-pagefind-sort="date[content]" content="2020-08-26T03:54:00.000Z">' +
  '<meta name="search:unit" data-pagefind-filter="unit[content]" content="Văn phòng Chính phủ">' +
  '<meta name="search:unit" data-pagefind-filter="unit[content]" content="Chi bộ &quot;A&quot; &amp; B">' +
  '<meta name="search:year" data-pagefind-filter="year[content]" content="2020">' +
  '<meta name="description" content="not indexed">';

describe('an article page as the search index sees it', () => {
  it('keeps the search metadata and the data-pagefind-body element, nested elements of its kind included', () => {
    const body = '<article class="article" data-pagefind-body data-astro-cid-x1y2><h1>Tiêu đề</h1><article><p>Trích</p></article><p>Đoạn</p></article>';
    const indexed = indexedPage('/bai-viet/2020/a/', page(HEAD, body));
    expect(indexed.document).toBe(
      `<!doctype html><html lang="vi"><head>${HEAD.replace('<meta name="description" content="not indexed">', '')}</head>` +
        '<body><article class="article" data-pagefind-body><h1>Tiêu đề</h1><article><p>Trích</p></article><p>Đoạn</p></article></body></html>',
    );
    expect(indexed.date.toISOString()).toBe('2020-08-26T03:54:00.000Z');
    expect(indexed.filters).toEqual({ unit: ['Văn phòng Chính phủ', 'Chi bộ "A" & B'], year: ['2020'] });
  });

  it('does not change when only styles, navigation or related articles change', () => {
    const body = '<article data-pagefind-body><h1>X</h1></article>';
    const a = indexedPage('/a/', page(HEAD, body));
    const b = indexedPage('/a/', page(HEAD, body).replace('a.css', 'b.css').replace('Trang chủ', 'Home').replace('Bài khác', 'Khác'));
    expect(b.document).toBe(a.document);
  });

  it('refuses a page without a body to index or a date to sort by', () => {
    expect(() => indexedPage('/a/', page(HEAD, '<p>x</p>'))).toThrow('/a/: no element with data-pagefind-body');
    expect(() => indexedPage('/a/', page('', '<div data-pagefind-body>x</div>'))).toThrow('/a/: no date[content] sort key');
  });

  it('decodes character references in attribute values', () => {
    expect(decodeAttribute('&lt;a&gt; &#273; &#x110; &amp;amp; &unknown;')).toBe('<a> đ Đ &amp; &unknown;');
  });
});
