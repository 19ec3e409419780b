import { describe, expect, it } from 'vitest';
import { decodeAttribute, indexedPage } from '../../../src/search-index/indexed-page.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="vi"><head><title>T</title><link rel="stylesheet" href="/_astro/a.css">${head}</head>` +
  `<body><header data-astro-cid-abc><nav>Trang chủ</nav></header><main>${body}</main><aside class="related"><article>Bài khác</article></aside></body></html>`;

const HEAD =
  '<meta name="search:date" content="2020-08-26T03:54:00.000Z">' +
  '<meta name="search:dateline" content="Thứ Tư, 26/08/2020 10:54">' +
  '<meta name="search:unit-name" content="Chi bộ &quot;A&quot; &amp; B">' +
  '<meta name="search:unit" content="Văn phòng Chính phủ">' +
  '<meta name="search:unit" content="Chi bộ &quot;A&quot; &amp; B">' +
  '<meta name="search:year" content="2020">' +
  '<meta name="description" content="not indexed">';

const BODY =
  '<article class="article" data-search-body data-astro-cid-x1y2>' +
  '<div data-search-ignore><nav><a href="/">Trang chủ</a></nav></div>' +
  '<h1 data-search="title">Tập trung <em>cao độ</em></h1>' +
  '<div data-search-ignore><p>Bài: Nhật Thy</p></div>' +
  '<p class="article__lede" data-search="lede">Sa pô &amp; tóm tắt</p>' +
  '<div class="prose"><figure><figcaption>Ảnh hội nghị <span class="credit">Ảnh: A</span></figcaption></figure>' +
  '<p>Đoạn một, Đảng ủy<sup><a href="#fn1">1</a></sup> họp.</p><article><p>Trích dẫn</p></article>' +
  '<script>var x = "không phải chữ";</script><ul><li>Ý một</li><li>Ý hai</li></ul></div>' +
  '<footer data-search-ignore><p>Chia sẻ</p></footer></article>';

describe('a page as the search index reads it', () => {
  it('reads the title, lede and body blocks of the data-search-body element, leaving out ignored parts and scripts', () => {
    const indexed = indexedPage('/bai-viet/2020/a/', page(HEAD, BODY));
    expect(indexed.title).toBe('Tập trung cao độ');
    expect(indexed.lede).toBe('Sa pô & tóm tắt');
    expect(indexed.body).toEqual(['Ảnh hội nghị Ảnh: A', 'Đoạn một, Đảng ủy 1 họp.', 'Trích dẫn', 'Ý một', 'Ý hai']);
    expect(indexed.date.toISOString()).toBe('2020-08-26T03:54:00.000Z');
    expect(indexed.dateline).toBe('Thứ Tư, 26/08/2020 10:54');
    expect(indexed.unit).toBe('Chi bộ "A" & B');
    expect(indexed.filters).toEqual({ unit: ['Văn phòng Chính phủ', 'Chi bộ "A" & B'], year: ['2020'] });
    expect(indexed.keywords).toEqual([]);
  });

  it('does not change when only styles, navigation or related articles change', () => {
    const a = indexedPage('/a/', page(HEAD, BODY));
    const b = indexedPage('/a/', page(HEAD, BODY).replace('a.css', 'b.css').replace('Trang chủ', 'Home').replace('Bài khác', 'Khác'));
    expect(b).toEqual(a);
  });

  it('refuses a page without a body to index or a date to sort by', () => {
    expect(() => indexedPage('/a/', page(HEAD, '<p>x</p>'))).toThrow('/a/: no element with data-search-body');
    expect(() => indexedPage('/a/', page('', '<div data-search-body>x</div>'))).toThrow('/a/: no search:date');
  });

  it('decodes character references', () => {
    expect(decodeAttribute('&lt;a&gt; &#273; &#x110; &amp;amp; &unknown;')).toBe('<a> đ Đ &amp; &unknown;');
  });
});
