import { describe, expect, it } from 'vitest';
import { articleFromFile, articlePathFields, articleProblems, articleFrontmatter, articleToFile, registryFromFile, registryToFile } from '../../../src/cms/cms-files.ts';
import { newArticleFile } from '../../../src/lib/new-article.ts';
import { checkArticles } from '../../../src/content-check/check-articles.ts';
import { checkAuthors, checkUnits } from '../../../src/content-check/check-registry.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';

const TZ = 'Asia/Ho_Chi_Minh';

/** What Decap hands the format: cleared fields as "", untouched objects with empty members, the browser's offset. */
const fromEditor = {
  title: 'Đảng ủy họp phiên thường kỳ',
  date: '2024-12-31T19:30:00+01:00',
  updated: '',
  author: ['gia-huy'],
  unit: 'dang-uy-van-phong-chinh-phu',
  lede: 'Sáng 1/1, Đảng ủy họp.',
  location: '',
  source: { name: '', url: '' },
  cover: { src: 'anh/hop.jpg', alt: 'Toàn cảnh', credit: '' },
  tags: [],
  draft: false,
  body: 'Đoạn một.\n\n![Toàn cảnh](./anh/hop.jpg "Chú thích. Ảnh: Gia Huy")\n',
  fileyear: '2025',
  fileslug: 'dang-uy-hop-phien-thuong-ky',
};

describe('article files the web editor writes', () => {
  it('are written as npm run new writes them: keys in order, no empty fields, Vietnam time, one author as an id', () => {
    expect(articleToFile(fromEditor, TZ)).toBe(
      [
        '---',
        'title: Đảng ủy họp phiên thường kỳ',
        'date: 2025-01-01T01:30:00+07:00',
        'author: gia-huy',
        'unit: dang-uy-van-phong-chinh-phu',
        'lede: Sáng 1/1, Đảng ủy họp.',
        'cover:',
        '  src: ./anh/hop.jpg',
        '  alt: Toàn cảnh',
        '---',
        '',
        'Đoạn một.',
        '',
        '![Toàn cảnh](./anh/hop.jpg "Chú thích. Ảnh: Gia Huy")',
        '',
      ].join('\n'),
    );
  });

  it('pass the content check unchanged', () => {
    const bytes = new TextEncoder().encode(articleToFile({ ...fromEditor, author: ['gia-huy', 'nhat-thy'], tags: ['Xây dựng Đảng'], draft: true }, TZ));
    const diagnostics = checkArticles([{ file: 'content/articles/2025/a.md', relativePath: '2025/a.md', bytes }], {
      unitIds: new Set(['dang-uy-van-phong-chinh-phu']),
      authorIds: new Set(['gia-huy', 'nhat-thy']),
      files: new Set(['2025/anh/hop.jpg']),
      imageKind: () => 'jpeg',
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('read back as the editor holds them (author a list) and write out the same', () => {
    const sample = newArticleFile({ title: 'Bài mẫu', unit: 'van-phong-chinh-phu', author: 'nhat-thy', date: new Date('2021-03-01T02:00:00Z'), draft: false, timeZone: TZ }).content;
    const data = articleFromFile(sample);
    expect(data).toMatchObject({ title: 'Bài mẫu', date: '2021-03-01T09:00:00+07:00', author: ['nhat-thy'], body: 'Viết nội dung bài ở đây. Mỗi đoạn văn cách nhau một dòng trống.\n' });
    expect(articleToFile(data, TZ)).toBe(sample.replace('tags: []\n', ''));
  });

  it('are refused before saving when the build would refuse them, in the check’s words', () => {
    expect(articleProblems(articleFrontmatter(fromEditor, TZ))).toEqual([]);
    expect(articleProblems(articleFrontmatter({ ...fromEditor, cover: { src: './a.jpg' }, source: { url: 'https://chinhphu.vn' } }, TZ))).toEqual([
      'source.name: bắt buộc nhưng đang thiếu',
      'cover.alt: bắt buộc nhưng đang thiếu',
    ]);
    expect(articleProblems(articleFrontmatter({ ...fromEditor, source: { name: 'Chinhphu.vn', url: 'chinhphu.vn' } }, TZ))).toEqual([
      'source.url: phải là địa chỉ web bắt đầu bằng http:// hoặc https://',
    ]);
  });

  it('are named as npm run new names them: year in Vietnam time, ASCII slug with đ → d', () => {
    const fields = articlePathFields({ title: 'Đảng ủy: “Hội nghị” 2.0 — tổng kết!', date: '2024-12-31T18:30:00+01:00' }, TZ);
    const made = newArticleFile({ title: 'Đảng ủy: “Hội nghị” 2.0 — tổng kết!', unit: 'a', author: 'b', date: new Date('2024-12-31T17:30:00Z'), draft: false, timeZone: TZ });
    expect(fields).toEqual({ fileyear: '2025', fileslug: 'dang-uy-hoi-nghi-2-0-tong-ket' });
    expect(`${fields!.fileyear}/${fields!.fileslug}.md`).toBe(made.relativePath);
    expect(articlePathFields({ title: '', date: '2024-01-01T00:00:00+07:00' }, TZ)).toBeUndefined();
  });
});

describe('units and authors files the web editor writes', () => {
  it('keep the shape, header and blank lines of the registry files, and pass the check', () => {
    const data = registryFromFile('authors:\n- id: nhat-thy\n  name: Nhật Thy\n');
    expect(data).toEqual({ authors: [{ id: 'nhat-thy', name: 'Nhật Thy' }] });
    const text = registryToFile('authors', { authors: [{ id: 'nhat-thy', name: 'Nhật Thy', role: '' }, { id: 'gia-huy', name: 'Gia Huy', role: 'Phóng viên' }] });
    expect(text).toMatch(/^# Tác giả/);
    expect(text).toContain('authors:\n- id: nhat-thy\n  name: Nhật Thy\n\n- id: gia-huy\n  name: Gia Huy\n  role: Phóng viên\n');
    expect(checkAuthors('authors.yaml', new TextEncoder().encode(text)).diagnostics).toEqual([]);
    const units = registryToFile('units', { units: [{ id: 'a', name: 'A', aliases: ['VPCP'], parent: '' }] });
    expect(units).toContain('- id: a\n  name: A\n  aliases: [VPCP]\n');
    expect(checkUnits('units.yaml', new TextEncoder().encode(units)).diagnostics).toEqual([]);
  });
});
