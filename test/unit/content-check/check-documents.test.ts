import { describe, expect, it } from 'vitest';
import { checkDocuments } from '../../../src/content-check/check-documents.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const doc = (fields: string, body = '') => `---\n${fields.trim()}\n---\n${body}`;
const valid = doc(`
number: 35-CT/TW
kind: Chỉ thị
issuer: Bộ Chính trị
issued: 2019-05-30
summary: Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
`);

const check = (files: Record<string, string>, attachments: string[] = []) =>
  checkDocuments(
    Object.entries(files).map(([relativePath, text]) => ({ file: `content/documents/${relativePath}`, relativePath, bytes: encode(text) })),
    { unitIds: new Set(['dang-uy-van-phong-chinh-phu']), files: new Set([...Object.keys(files), ...attachments]) },
  ).map(formatDiagnostic);

describe('checkDocuments', () => {
  it('accepts a complete document, with a unit as its issuer and attachments beside it', () => {
    expect(check({ '35-ct-tw.md': valid })).toEqual([]);
    const unit = valid.replace('Bộ Chính trị', 'dang-uy-van-phong-chinh-phu').replace('35-CT/TW', '594-QĐ/ĐU').replace('Chỉ thị', 'Quyết định');
    expect(check({ '594-qd-du.md': unit.replace('summary:', 'files: [./594.pdf, { src: ./tep/594.docx, title: Phụ lục }]\nsummary:') }, ['594.pdf', 'tep/594.docx'])).toEqual([]);
  });

  it('refuses a number that contradicts its kind, with file, line and field', () => {
    expect(check({ '35-ct-tw.md': valid.replace('35-CT/TW', '35-KH/TW') })).toEqual([
      'content/documents/35-ct-tw.md:2: number: "35-KH/TW": ký hiệu "KH" là của Kế hoạch, không khớp với loại "Chỉ thị" (kind); Chỉ thị viết như 35-CT/TW (của Đảng) hoặc 35/CT-UBND (của Nhà nước)',
    ]);
  });

  it('refuses a year in the number that is not the year of issue', () => {
    const decree = doc('number: 42/2021/NĐ-CP\nkind: Nghị định\nissuer: Chính phủ\nissued: 2022-06-24\nsummary: Quy định về việc cung cấp thông tin');
    expect(check({ '42.md': decree })).toEqual(['content/documents/42.md:2: number: "42/2021/NĐ-CP": năm 2021 trong số ký hiệu khác năm ban hành 2022 (issued)']);
  });

  it('refuses impossible days and taking effect before issue', () => {
    expect(check({ 'a.md': valid.replace('2019-05-30', '2019-02-30') })).toEqual([
      'content/documents/a.md:5: issued: "2019-02-30": ngày 30/02/2019 không có thật (tháng 2/2019 có 28 ngày)',
    ]);
    expect(check({ 'a.md': valid.replace('summary:', 'effective: 2019-05-01\nsummary:') })).toEqual([
      'content/documents/a.md:6: effective: 2019-05-01 sớm hơn ngày ban hành 2019-05-30 (issued); văn bản không thể có hiệu lực trước khi ban hành',
    ]);
  });

  it('names an unknown kind, an unknown unit id, a missing or unsupported attachment, all at once', () => {
    const text = valid
      .replace('Chỉ thị', 'Thư ngỏ')
      .replace('Bộ Chính trị', 'dang-uy-khong-co')
      .replace('summary:', 'files:\n  - ./khong-co.pdf\n  - ./anh.jpg\nsummary:');
    const problems = check({ 'a.md': text });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^content\/documents\/a\.md:3: kind: "Thư ngỏ" không phải loại văn bản đã biết; các loại: Cương lĩnh, /);
    expect(problems[1]).toBe('content/documents/a.md:4: issuer: mã đơn vị "dang-uy-khong-co" chưa có trong content/units.yaml; cơ quan bên ngoài thì ghi tên đầy đủ, ví dụ Bộ Chính trị');
    expect(problems[2]).toBe('content/documents/a.md:7: files: không tìm thấy tệp đính kèm "./khong-co.pdf" (đã tìm ở content/documents/khong-co.pdf)');
    expect(problems[3]).toBe('content/documents/a.md:8: files.1.src: chỉ đính kèm được tệp PDF, DOC, DOCX, ODT (đuôi .pdf, .doc, .docx, .odt)');
    const valid2 = valid.replace('summary:', 'files:\n  - ./khong-co.pdf\nsummary:');
    expect(check({ 'a.md': valid2 })).toEqual(['content/documents/a.md:7: files: không tìm thấy tệp đính kèm "./khong-co.pdf" (đã tìm ở content/documents/khong-co.pdf)']);
  });

  it('refuses an unknown replacedBy, a replaced document without one, and the same number twice from one issuer', () => {
    expect(check({ 'a.md': valid.replace('summary:', 'replacedBy: khong-co\nsummary:'), 'b.md': valid.replace('35-CT/TW', '05-CT/TW') })).toEqual([
      'content/documents/a.md:6: replacedBy: không có văn bản nào mang mã "khong-co" (tệp content/documents/khong-co.md); các mã hiện có: a, b',
    ]);
    expect(check({ 'a.md': valid.replace('summary:', 'status: bị thay thế\nsummary:') })).toEqual([
      'content/documents/a.md:6: status: văn bản bị thay thế cần ghi replacedBy: mã (tên tệp) của văn bản thay thế nó',
    ]);
    expect(check({ 'a.md': valid, 'b.md': valid.replace('35-CT/TW', '35 - CT/TW') })).toEqual([
      'content/documents/b.md:2: number: "35-CT/TW" của Bộ Chính trị đã có ở content/documents/a.md; mỗi văn bản chỉ đăng một lần',
    ]);
    // The same number from another issuer is another document.
    expect(check({ 'a.md': valid, 'b.md': valid.replace('Bộ Chính trị', 'Ban Bí thư') })).toEqual([]);
  });

  it('refuses a file name the listing uses and a document in a sub-folder', () => {
    expect(check({ 'trang.md': valid })).toEqual([
      'content/documents/trang.md: tên tệp "trang" trùng với một mục của trang /van-ban/; hãy đặt tên theo số ký hiệu, ví dụ 35-ct-tw.md',
    ]);
    expect(check({ '2019/a.md': valid })).toEqual([
      'content/documents/2019/a.md: văn bản phải nằm ngay trong thư mục content/documents/, không trong thư mục con (tệp đính kèm thì được)',
    ]);
  });
});
