import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { asciiHeadingIds, createIdAllocator } from '../../../src/markdown/heading-ids.ts';
import { isExternalUrl, sanitizeHtml } from '../../../src/markdown/sanitize.ts';
import { slugify } from '../../../src/lib/slug.ts';

/** Markdown to HTML as the site renders article bodies (raw HTML on, the sanitiser and heading ids). */
const render = (markdown: string) =>
  markdownToHtml(markdown, { features: { rawHtml: true, smartPunctuation: false }, hastPlugins: [sanitizeHtml, asciiHeadingIds] }).html.trim();

describe('the article HTML allow-list', () => {
  it('removes scripts and styles with their content, and unknown elements but not their text', () => {
    expect(render('Chữ <script>alert(1)</script><style>p{}</style> cuối')).toBe('<p>Chữ  cuối</p>');
    expect(render('<iframe src="https://x.vn"></iframe>\n\nA <object data="x.swf">đối tượng</object> B')).toBe('<p>A đối tượng B</p>');
    expect(render('<center>Giữa <b onclick="x()">đậm</b> <a href="javascript:alert(1)">liên kết</a></center>')).toBe(
      'Giữa <b>đậm</b> <a>liên kết</a>',
    );
    expect(render('<form action="/x"><input name="q"><button>Gửi</button></form>')).toBe('Gửi');
  });

  it('keeps only listed attributes and safe URL protocols', () => {
    expect(render('<p style="color:red" class="x" title="Tiêu đề" onmouseover="x()">Đoạn</p>')).toBe('<p title="Tiêu đề">Đoạn</p>');
    expect(render('<img src="x.png" onerror="alert(1)" alt="ảnh" width="10">')).toBe('<img src="x.png" alt="ảnh" width="10">');
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:x', 'java\tscript:x', 'vbscript:x', 'data:text/html,x']) {
      expect(render(`[a](${url.replace('\t', '&#9;')})`)).toBe('<p><a>a</a></p>');
    }
    expect(render('[a](/bai-viet/x/) [b](#muc) [c](mailto:a@b.vn) [d](tel:0251) [e](https://chinhphu.vn)')).toBe(
      '<p><a href="/bai-viet/x/">a</a> <a href="#muc">b</a> <a href="mailto:a@b.vn">c</a> <a href="tel:0251">d</a> <a href="https://chinhphu.vn" rel="noopener noreferrer">e</a></p>',
    );
  });

  it('leaves photos from other sites without their address: the page would try to fetch them', () => {
    expect(render('<img src="https://x.vn/a.jpg" alt="ảnh"> ![b](//x.vn/b.jpg) <img src="anh.jpg" alt="d">')).toBe('<p><img alt="ảnh"> <img alt="b"> <img src="anh.jpg" alt="d"></p>');
    expect(render('<center><img src="http://x.vn/c.jpg" alt="c"></center>')).toBe('<img alt="c">');
  });

  it('keeps what news text uses: captioned figures with a credit, tables, abbreviations', () => {
    const figure = '<figure>\n<figcaption>Hội nghị. <span class="credit">Ảnh: Gia Huy</span></figcaption>\n</figure>';
    expect(render(figure)).toBe(figure);
    expect(render('<span class="x">a</span>')).toBe('<p><span>a</span></p>');
    expect(render('| A | B |\n| - | - |\n| 1 | 2 |')).toContain('<td>1</td>');
    expect(render('<abbr title="Ủy ban nhân dân">UBND</abbr>')).toBe('<p><abbr title="Ủy ban nhân dân">UBND</abbr></p>');
  });

  it('prefixes editors’ ids and names once, and keeps footnote links working', () => {
    expect(render('<a name="top" id="search-form">x</a>')).toBe('<p><a name="user-content-top" id="user-content-search-form">x</a></p>');
    const html = render('Chữ[^1]\n\n[^1]: Chú thích.');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).not.toContain('user-content-user-content');
  });

  it('gives headings ASCII ids after sanitising, also inside removed wrappers', () => {
    expect(render('## Đảng ủy <span id="x">cơ quan</span>')).toBe('<h2 id="dang-uy-co-quan">Đảng ủy <span id="user-content-x">cơ quan</span></h2>');
    expect(render('<center><a href="https://x.vn">ngoài</a></center>')).toBe('<a href="https://x.vn" rel="noopener noreferrer">ngoài</a>');
  });

  it('recognises external links and allocates unique heading ids', () => {
    expect(isExternalUrl('https://x.vn')).toBe(true);
    expect(isExternalUrl('//x.vn')).toBe(true);
    expect(isExternalUrl('/a/')).toBe(false);
    const next = createIdAllocator(slugify);
    expect([next('Đảng ủy'), next('Đảng ủy'), next('!!!')]).toEqual(['dang-uy', 'dang-uy-2', 'muc']);
  });
});

describe('footnotes', () => {
  it('are titled and labelled in Vietnamese, their links still working', async () => {
    const { footnoteLabels } = await import('../../../src/markdown/footnote-labels.ts');
    const html = markdownToHtml('Chữ[^1]\n\n[^1]: Chú thích.', {
      features: { rawHtml: true, smartPunctuation: false },
      hastPlugins: [sanitizeHtml, footnoteLabels, asciiHeadingIds],
    }).html;
    expect(html).toMatch(/<h2[^>]*>Chú thích<\/h2>/);
    expect(html).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    expect(html).toContain('href="#user-content-fn-1"');
    // the references are described by the footnotes' heading, which keeps its id
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`<h2 class="sr-only" id="${describedBy}">`);
  });
});
