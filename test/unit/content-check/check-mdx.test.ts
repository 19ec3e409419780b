import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/content-check/check-body.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';

/** The body's problems as the editor reads them; the body starts on line 6 of `2021/bai.<format>`. */
const check = (body: string, format: 'md' | 'mdx' = 'mdx') =>
  checkBody(body, { file: `bai.${format}`, folder: 'content/articles', relativePath: `2021/bai.${format}`, firstLine: 6, files: new Set(['2021/anh.jpg']), articleIds: new Set(['2021/khac']), draft: false }).map(formatDiagnostic);

describe('MDX bodies', () => {
  it('accept text, allowed HTML, comments and project components with data for props', () => {
    const body = [
      "import NameList from '@/components/NameList.astro'",
      '',
      '{/* ghi chú cho người biên tập */}',
      '',
      'Chữ <abbr title="Ủy ban nhân dân">UBND</abbr> và <a href="/bai-viet/2021/khac/">bài khác</a>.',
      '',
      '<figure><img src="./anh.jpg" alt="Hội nghị" /><figcaption>Hội nghị. <span className="credit">Ảnh: Gia Huy</span></figcaption></figure>',
      '',
      '<NameList items={[{ name: "Văn phòng", href: "/don-vi/van-phong/", count: 2 }]} />',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('refuse code: imports but components, exports, expressions, spreads, directives and code in props', () => {
    const body = [
      "import NameList from '@/components/NameList.astro'",
      "import { readFileSync } from 'node:fs'",
      "import Site from '@/components/../data/site.ts'",
      'export const khoa = process.env.TOKEN',
      '',
      'Chữ {alert(1)} chữ.',
      '',
      '<NameList client:load items={globalThis.x} {...props} />',
      '',
      '<NameList items={[{ name: "x", href: "javascript:alert(1)", count: 1 }]} />',
      '',
      '<Fragment set:html="<script>alert(1)</script>" />',
    ].join('\n');
    expect(check(body)).toEqual([
      'bai.mdx:7: không được nhập "node:fs"; chỉ được nhập (import) thành phần của trang từ @/components/, ví dụ: import Hop from \'@/components/Hop.astro\'',
      'bai.mdx:8: không được nhập "@/components/../data/site.ts"; chỉ được nhập (import) thành phần của trang từ @/components/, ví dụ: import Hop from \'@/components/Hop.astro\'',
      'bai.mdx:9: không được dùng export trong bài; bài viết không được chứa mã JavaScript: mã trong tệp MDX chạy trên máy dựng trang',
      'bai.mdx:11: biểu thức {alert(1)} không được dùng; bài viết không được chứa mã JavaScript: mã trong tệp MDX chạy trên máy dựng trang. Muốn viết dấu "{" như chữ thường, hãy viết \\{; ghi chú thì viết {/* … */}',
      'bai.mdx:13: thành phần <NameList>: client:load không được phép (client: đưa mã xuống trình duyệt, set:html chèn HTML không qua kiểm tra)',
      'bai.mdx:13: thành phần <NameList>: giá trị của items là mã JavaScript hoặc địa chỉ javascript:/data:; chỉ được dùng giá trị cố định (chữ, số, true/false, danh sách, địa chỉ http(s))',
      'bai.mdx:13: thành phần <NameList>: {...props} không được dùng; bài viết không được chứa mã JavaScript: mã trong tệp MDX chạy trên máy dựng trang',
      'bai.mdx:15: thành phần <NameList>: giá trị của items là mã JavaScript hoặc địa chỉ javascript:/data:; chỉ được dùng giá trị cố định (chữ, số, true/false, danh sách, địa chỉ http(s))',
      "bai.mdx:17: thành phần <Fragment> chưa được nhập; chỉ được nhập (import) thành phần của trang từ @/components/, ví dụ: import Hop from '@/components/Hop.astro'",
    ]);
  });

  it('hold HTML to the article allow-list, one message per element or attribute', () => {
    const body = [
      'Chữ <a href="javascript:alert(1)" onclick="x()">đây</a> <span class="do">đỏ</span>.',
      '',
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://example.com"></iframe>',
      '',
      '<div style="background:url(javascript:x)" title={tieuDe}>Khối</div>',
      '',
      '<img src="https://example.com/a.jpg" />',
    ].join('\n');
    expect(check(body)).toEqual([
      'bai.mdx:6: thẻ <a>: địa chỉ "javascript:alert(1)" ở href không được phép; chỉ dùng http(s)://, mailto:, tel: hoặc đường dẫn trong trang',
      'bai.mdx:6: thẻ <a>: thuộc tính onclick không được phép (trang không chạy mã do bài viết mang theo)',
      'bai.mdx:6: thẻ <span>: giá trị "do" của class không được phép',
      'bai.mdx:8: thẻ <script> không được phép: bài viết không được mang mã hay kiểu trình bày riêng lên trang',
      'bai.mdx:10: thẻ <iframe> không có trong danh sách thẻ HTML được phép trong bài (README, mục An toàn nội dung)',
      'bai.mdx:12: thẻ <div>: giá trị của title là biểu thức {…}; trong thẻ HTML, hãy viết giá trị trong ngoặc kép',
      'bai.mdx:12: thẻ <div>: thuộc tính style không được phép',
      'bai.mdx:14: thẻ <img> thiếu mô tả (alt): hãy thêm alt="…" mô tả nội dung ảnh',
      'bai.mdx:14: ảnh "https://example.com/a.jpg" nằm ở trang web khác: trang chỉ hiện ảnh của chính mình, nên ảnh này sẽ không hiện; hãy tải ảnh về, đặt cạnh bài và dẫn tới nó như ./anh.jpg',
    ]);
  });

  it('that MDX cannot read are refused in Vietnamese, with the line and column', () => {
    expect(check('Dòng một.\n\nĐoạn văn <div>không đóng')).toEqual(['bai.mdx:8: MDX viết sai cú pháp (cột 10): thẻ <div> chưa được đóng; trong MDX mỗi thẻ cần thẻ đóng </div>, hoặc tự đóng như <div />']);
    expect(check('<img src=x onerror=alert(1)>')).toEqual([expect.stringMatching(/^bai\.mdx:6: MDX viết sai cú pháp \(cột \d+\): /)]);
    expect(check('Giá {100 đồng')).toEqual([expect.stringMatching(/^bai\.mdx:6: MDX viết sai cú pháp \(cột \d+\): /)]);
  });
});

describe('Markdown bodies', () => {
  it('refuse a photo from another site, which the pages’ policy would not show', () => {
    expect(check('<img src="https://example.com/a.jpg" alt="Hội nghị">\n\n![Hội nghị](//example.com/b.jpg)', 'md')).toEqual([
      'bai.md:6: ảnh "https://example.com/a.jpg" nằm ở trang web khác: trang chỉ hiện ảnh của chính mình, nên ảnh này sẽ không hiện; hãy tải ảnh về, đặt cạnh bài và dẫn tới nó như ./anh.jpg',
      'bai.md:8: ảnh "//example.com/b.jpg" nằm ở trang web khác: trang chỉ hiện ảnh của chính mình, nên ảnh này sẽ không hiện; hãy tải ảnh về, đặt cạnh bài và dẫn tới nó như ./anh.jpg',
    ]);
  });

  it('keep `{`, `<` and import lines as text, as Markdown reads them', () => {
    expect(check("import x from 'node:fs'\n\nGiá {100} đồng, a <b>đậm</b>.", 'md')).toEqual([]);
  });
});
