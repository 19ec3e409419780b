import { describe, expect, it } from 'vitest';
import { checkPages } from '../../../src/content-check/check-pages.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';

const page = (relativePath: string, text: string) => ({ file: `content/pages/${relativePath}`, relativePath, bytes: new TextEncoder().encode(text) });
const known = { articleIds: new Set(['2021/bai']), files: new Set(['gioi-thieu.md', 'anh/tru-so.jpg']) };
const check = (...pages: ReturnType<typeof page>[]) => checkPages(pages, known).map(formatDiagnostic);

describe('standing pages', () => {
  it('accepts a page with a title, and links and photos that exist', () => {
    expect(check(page('gioi-thieu.md', '---\ntitle: Giới thiệu\nupdated: 2026-11-20T09:00:00+07:00\n---\n\n![Trụ sở](./anh/tru-so.jpg)\n\n[Tin](/bai-viet/2021/bai/)\n'))).toEqual([]);
  });

  it('names the file, line and field of each problem', () => {
    expect(check(page('lien-he.md', '---\ndescription: Liên hệ\nngay: 1\n---\n\n![](./anh/khong-co.jpg)\n'))).toEqual([
      'content/pages/lien-he.md:2: title: bắt buộc nhưng đang thiếu',
      'content/pages/lien-he.md:3: ngay: không có trường nào tên như vậy; hãy kiểm tra chính tả',
      'content/pages/lien-he.md:6: ảnh "./anh/khong-co.jpg" thiếu mô tả (alt): hãy viết mô tả ảnh trong ![…]',
      'content/pages/lien-he.md:6: không tìm thấy ảnh "./anh/khong-co.jpg" (đã tìm ở content/pages/anh/khong-co.jpg)',
    ]);
  });

  it('keeps the sections’ addresses and one address per page', () => {
    expect(check(page('tim-kiem.md', '---\ntitle: Tìm\n---\n'), page('co/quan.md', '---\ntitle: Cơ quan\n---\n'), page('Giới thiệu.md', '---\ntitle: A\n---\n'), page('gioi-thieu.md', '---\ntitle: B\n---\n'))).toEqual([
      'content/pages/tim-kiem.md:1: tên tệp cho trang địa chỉ /tim-kiem/, trùng với một mục của trang web; hãy đặt tên khác',
      'content/pages/co/quan.md:1: trang riêng phải nằm ngay trong content/pages/, không trong thư mục con',
      'content/pages/gioi-thieu.md:1: trùng địa chỉ /gioi-thieu/ với content/pages/Giới thiệu.md; hãy đổi tên một trong hai tệp',
    ]);
  });
});
