import { describe, expect, it } from 'vitest';
import { assetPath, checkBody } from '../../../src/content-check/check-body.ts';

describe('body checks', () => {
  const ctx = { file: 'f.md', folder: 'content/articles', relativePath: '2024/bai.md', firstLine: 10, files: new Set(['2024/anh.jpg', 'chung/logo.png']), articleIds: new Set(['2023/bai-cu']), draft: false };

  it('resolves images beside the article', () => {
    expect(assetPath('2024/bai.md', './anh.jpg')).toBe('2024/anh.jpg');
    expect(assetPath('2024/bai.md', '../chung/logo.png')).toBe('chung/logo.png');
    expect(assetPath('2024/bai.md', 'https://x.vn/a.jpg')).toBeUndefined();
    expect(assetPath('2024/bai.md', '/logo.svg')).toBeUndefined();
  });

  it('reports missing alt text, missing files and dead article links on their lines', () => {
    const body = [
      '![Toàn cảnh](./anh.jpg)',
      '![](./anh.jpg)',
      '![Ảnh](./khong-co.jpg)',
      '<img src="../chung/logo.png">',
      '[bài cũ](/bai-viet/2023/bai-cu/) và [bài khác](/bai-viet/2023/khong-co/)',
      '![Báo cáo](./bao-cao.pdf)',
    ].join('\n');
    expect(checkBody(body, ctx).map((d) => `${d.line}: ${d.message}`)).toEqual([
      '11: ảnh "./anh.jpg" thiếu mô tả (alt): hãy viết mô tả ảnh trong ![…]',
      '12: không tìm thấy ảnh "./khong-co.jpg" (đã tìm ở content/articles/2024/khong-co.jpg)',
      '13: thẻ <img> thiếu mô tả (alt): hãy thêm alt="…" mô tả nội dung ảnh',
      '14: liên kết /bai-viet/2023/khong-co/ không dẫn tới bài nào: không có bài viết mang mã 2023/khong-co',
      '15: "./bao-cao.pdf" không phải tệp ảnh; ảnh trong bài phải là JPEG, PNG, WebP, AVIF, GIF hoặc SVG',
    ]);
  });

  it('reads the body as Markdown: reference-style images and links, HTML blocks, code left alone', () => {
    const body = [
      'Ảnh ![][toan-canh] và [bài cũ][cu].', // 10
      '',
      '<figure>',
      '<img src="./anh.jpg" alt="">', // 13
      '</figure>',
      '',
      '    ![](./trong-khoi-ma.jpg)', // 16: indented code, not an image
      '',
      '[toan-canh]: ./khong-co.jpg',
      '[cu]: /bai-viet/2023/khong-co/#muc',
    ].join('\n');
    expect(checkBody(body, ctx).map((d) => `${d.line}: ${d.message}`)).toEqual([
      '10: ảnh "./khong-co.jpg" thiếu mô tả (alt): hãy viết mô tả ảnh trong ![…]',
      '10: không tìm thấy ảnh "./khong-co.jpg" (đã tìm ở content/articles/2024/khong-co.jpg)',
      '10: liên kết /bai-viet/2023/khong-co/ không dẫn tới bài nào: không có bài viết mang mã 2023/khong-co',
      '13: thẻ <img> thiếu mô tả (alt): hãy thêm alt="…" mô tả nội dung ảnh',
    ]);
  });
});
