import { describe, expect, it } from 'vitest';
import { checkArticle, checkArticles } from '../../../src/content-check/check-articles.ts';
import { formatDiagnostic, summariseWarnings, type Diagnostic } from '../../../src/content-files/diagnostic.ts';

const registry = { unitIds: new Set(['van-phong-chinh-phu']), authorIds: new Set(['nhat-thy', 'gia-huy']) };
const encode = (text: string) => new TextEncoder().encode(text);
const valid = `---
title: Tiêu đề
date: 2020-08-26T10:54:00+07:00
author: nhat-thy
unit: van-phong-chinh-phu
lede: Tóm tắt
---

Nội dung.
`;

const check = (text: string | Uint8Array, relativePath = '2020/bai.md') =>
  checkArticle(
    { file: `content/articles/${relativePath}`, relativePath, bytes: typeof text === 'string' ? encode(text) : text },
    registry,
  ).map(formatDiagnostic);

describe('checkArticle', () => {
  it('accepts a complete article', () => {
    expect(check(valid)).toEqual([]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    expect(check('\ufeff' + valid.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('names the file, line and field of a missing title', () => {
    expect(check(valid.replace('title: Tiêu đề\n', ''))).toEqual(['content/articles/2020/bai.md:2: title: bắt buộc nhưng đang thiếu']);
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(check(valid.replace('2020-08-26T10:54:00+07:00', '2020-02-31T10:54:00+07:00'))).toEqual([
      'content/articles/2020/bai.md:3: date: "2020-02-31T10:54:00+07:00": ngày 31/02/2020 không có thật (tháng 2/2020 có 29 ngày)',
    ]);
  });

  it('asks for the offset on a date without one', () => {
    expect(check(valid.replace('2020-08-26T10:54:00+07:00', '2020-08-26 10:54'))[0]).toMatch(/:3: date: .*thiếu múi giờ/);
  });

  it('lists the known ids for an unknown unit or author', () => {
    const out = check(valid.replace('unit: van-phong-chinh-phu', 'unit: bo-y-te').replace('author: nhat-thy', 'author: [nhat-thy, ai-do]'));
    expect(out).toEqual([
      'content/articles/2020/bai.md:5: unit: mã đơn vị "bo-y-te" chưa có trong content/units.yaml; các mã hợp lệ: van-phong-chinh-phu',
      'content/articles/2020/bai.md:4: author: mã tác giả "ai-do" chưa có trong content/authors.yaml; các mã hợp lệ: nhat-thy, gia-huy',
    ]);
  });

  it('reports every problem of a file at once: a broken field does not hide an unknown unit or author', () => {
    const out = check(
      valid.replace('title: Tiêu đề\n', '').replace('2020-08-26T10:54:00+07:00', '2020-02-31T10:54:00+07:00').replace('unit: van-phong-chinh-phu', 'unit: bo-y-te').replace('author: nhat-thy', 'author: ai-do'),
    );
    expect(out).toEqual([
      'content/articles/2020/bai.md:2: title: bắt buộc nhưng đang thiếu',
      'content/articles/2020/bai.md:2: date: "2020-02-31T10:54:00+07:00": ngày 31/02/2020 không có thật (tháng 2/2020 có 29 ngày)',
      'content/articles/2020/bai.md:4: unit: mã đơn vị "bo-y-te" chưa có trong content/units.yaml; các mã hợp lệ: van-phong-chinh-phu',
      'content/articles/2020/bai.md:3: author: mã tác giả "ai-do" chưa có trong content/authors.yaml; các mã hợp lệ: nhat-thy, gia-huy',
    ]);
  });

  it('reports a wrong type, an unknown field and a non-boolean draft', () => {
    const out = check(valid.replace('lede: Tóm tắt', 'lede: Tóm tắt\ndraft: "có"\ntitel: x'));
    expect(out).toContain('content/articles/2020/bai.md:7: draft: phải là true (bản nháp) hoặc false');
    expect(out).toContain('content/articles/2020/bai.md:8: titel: không có trường nào tên như vậy; hãy kiểm tra chính tả');
  });

  it('says in Vietnamese what kind of value a field wants', () => {
    const out = check(
      valid
        .replace('author: nhat-thy', 'author: 5')
        .replace('2020-08-26T10:54:00+07:00', '2020')
        .replace('lede: Tóm tắt', 'lede: Tóm tắt\ntags: 5\nsource: Chinhphu.vn\ncover: ./anh.jpg'),
    );
    expect(out).toEqual([
      'content/articles/2020/bai.md:3: date: phải là ngày giờ viết như 2020-08-26T10:54:00+07:00',
      'content/articles/2020/bai.md:4: author: phải là một mã tác giả (ví dụ nhat-thy) hoặc danh sách mã (ví dụ [nhat-thy, gia-huy])',
      'content/articles/2020/bai.md:8: source: phải gồm name (tên nguồn) và url nếu có, mỗi trường một dòng thụt lề dưới source:',
      'content/articles/2020/bai.md:9: cover: phải gồm src (đường dẫn ảnh), alt (mô tả ảnh) và credit nếu có, mỗi trường một dòng thụt lề dưới cover:',
      'content/articles/2020/bai.md:7: tags: phải là danh sách chủ đề, ví dụ [COVID-19, Xây dựng Đảng]',
    ]);
  });

  it('says where YAML goes wrong in an editor’s words: a colon inside a value, a tab, a field written twice', () => {
    expect(check(valid.replace('title: Tiêu đề', 'title: Hội nghị: kết quả'))).toEqual([
      'content/articles/2020/bai.md:2: YAML viết sai cú pháp, không đọc được: có dấu ":" ở giữa giá trị, hoặc một dòng bị thụt lề thừa; nếu giá trị có dấu ":", hãy đặt cả giá trị trong dấu ngoặc kép "…"',
    ]);
    expect(check(valid.replace('lede: Tóm tắt', 'source:\n\tname: Chinhphu.vn\nlede: Tóm tắt'))[0]).toMatch(/:7: .*thụt lề bằng phím Tab; hãy thụt lề bằng dấu cách$/);
    expect(check(valid.replace('lede: Tóm tắt', 'lede: Tóm tắt\nlede: Tóm tắt'))[0]).toMatch(/:7: .*có một trường được viết hai lần/);
  });

  it('explains broken YAML, an unclosed frontmatter, an empty file and invalid UTF-8', () => {
    expect(check(valid.replace('lede: Tóm tắt', 'lede: [Tóm tắt'))[0]).toMatch(/^content\/articles\/2020\/bai\.md:\d+: YAML viết sai cú pháp, không đọc được: thiếu dấu "\]"/);
    expect(check(valid.replace(/---\n\nNội/, '\nNội'))).toEqual([
      'content/articles/2020/bai.md:1: phần khai báo (frontmatter) mở ở dòng 1 chưa được đóng bằng một dòng "---"',
    ]);
    expect(check('  \n')).toEqual(['content/articles/2020/bai.md:1: tệp trống, chưa có nội dung']);
    const bytes = new Uint8Array([...encode(valid.slice(0, 20)), 0xff, 0xfe, ...encode(valid.slice(20))]);
    expect(check(bytes)[0]).toMatch(/^content\/articles\/2020\/bai\.md:3: tệp không phải UTF-8 hợp lệ \(byte \d+\)/);
  });

  it('accepts a list of authors and normalises decomposed text', () => {
    expect(check(valid.normalize('NFD').replace('author: nhat-thy', 'author: [nhat-thy, gia-huy]'))).toEqual([]);
  });
});

describe('checkArticles', () => {
  it('refuses two files with the same permalink', () => {
    const out = checkArticles(
      [
        { file: 'content/articles/2020/dang-uy.md', relativePath: '2020/dang-uy.md', bytes: encode(valid) },
        { file: 'content/articles/2020/Đảng ủy.mdx', relativePath: '2020/Đảng ủy.mdx', bytes: encode(valid) },
      ],
      registry,
    ).map(formatDiagnostic);
    expect(out).toEqual([
      'content/articles/2020/Đảng ủy.mdx: trùng đường dẫn /bai-viet/2020/dang-uy/ với content/articles/2020/dang-uy.md; hãy đổi tên một trong hai tệp',
    ]);
  });
});

describe('warnings in a build log', () => {
  it('show the first few of each kind and count the rest', () => {
    const warning = (file: string, field: string, message: string): Diagnostic => ({ file, line: 6, field, message, severity: 'warning' });
    const ledes = Array.from({ length: 5 }, (_, i) => warning(`a${i}.md`, 'lede', `dài ${301 + i} ký tự; nên giữ sa pô dưới 300 ký tự`));
    const lines = summariseWarnings([...ledes, warning('b.md', 'title', 'dài 120 ký tự; nên giữ tiêu đề dưới 100 ký tự')], 2);
    expect(lines).toEqual([
      'a0.md:6: cảnh báo: lede: dài 301 ký tự; nên giữ sa pô dưới 300 ký tự',
      'a1.md:6: cảnh báo: lede: dài 302 ký tự; nên giữ sa pô dưới 300 ký tự',
      '… và 3 cảnh báo khác giống "lede: dài N ký tự; nên giữ sa pô dưới N ký tự" (npm run check liệt kê tất cả)',
      'b.md:6: cảnh báo: title: dài 120 ký tự; nên giữ tiêu đề dưới 100 ký tự',
    ]);
  });
});
