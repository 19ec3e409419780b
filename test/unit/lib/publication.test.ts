import { describe, expect, it } from 'vitest';
import { buildInstant, publicationState } from '../../../src/lib/publication.ts';
import { BODY_PLACEHOLDER, LEDE_PLACEHOLDER, newArticleFile } from '../../../src/lib/new-article.ts';
import { checkArticle } from '../../../src/content-check/check-articles.ts';
import { assetPath, checkBody } from '../../../src/content-check/check-body.ts';

const now = new Date('2024-06-01T00:00:00Z');

describe('publication', () => {
  it('holds back drafts and articles dated after the build', () => {
    expect(publicationState({ draft: false, date: new Date('2024-05-31T23:59:59Z') }, now)).toBe('published');
    expect(publicationState({ draft: false, date: new Date('2024-06-01T00:00:01Z') }, now)).toBe('scheduled');
    expect(publicationState({ draft: true, date: new Date('2020-01-01T00:00:00Z') }, now)).toBe('draft');
  });

  it('builds as of SOURCE_DATE_EPOCH when given, else the clock', () => {
    expect(buildInstant('1717200000')).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(buildInstant(undefined, () => 5)).toEqual(new Date(5));
    expect(buildInstant('', () => 5)).toEqual(new Date(5));
    expect(() => buildInstant('hôm nay')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('npm run new', () => {
  const file = newArticleFile({
    title: '  Hội nghị Đảng ủy  ',
    unit: 'van-phong-chinh-phu',
    author: 'nhat-thy',
    date: new Date('2024-12-31T20:00:00Z'),
    draft: true,
    timeZone: 'Asia/Ho_Chi_Minh',
  });

  it('files the article under its Vietnam-time year with an ASCII slug', () => {
    expect(file.relativePath).toBe('2025/hoi-nghi-dang-uy.md');
  });

  it('writes complete frontmatter that passes the checks as a draft', () => {
    expect(file.content).toBe(
      `---\ntitle: Hội nghị Đảng ủy\ndate: 2025-01-01T03:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: ${LEDE_PLACEHOLDER}\ntags: []\ndraft: true\n---\n\n${BODY_PLACEHOLDER}\n`,
    );
    const registry = { unitIds: new Set(['van-phong-chinh-phu']), authorIds: new Set(['nhat-thy']), files: new Set<string>(), articleIds: new Set<string>() };
    const check = (content: string) =>
      checkArticle({ file: 'f.md', relativePath: file.relativePath, bytes: new TextEncoder().encode(content) }, registry).map((d) => d.message);
    expect(check(file.content)).toEqual([]);
    expect(check(file.content.replace('draft: true\n', ''))).toEqual([
      'vẫn còn câu mẫu do npm run new ghi sẵn; hãy thay bằng sa pô của bài',
      'nội dung bài vẫn còn câu mẫu do npm run new ghi sẵn; hãy thay bằng nội dung thật',
    ]);
  });
});

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
