import { describe, expect, it } from 'vitest';
import { editionFromFile, editionFrontmatter, editionProblems, editionToFile } from '../../../src/cms/cms-edition-files.ts';
import { checkEditions } from '../../../src/content-check/check-editions.ts';

const fromEditor = {
  number: '3',
  date: '2024-06-30',
  period: 'Tháng 6/2024',
  sections: [{ title: 'Xây dựng Đảng', articles: ['2024/hoi-nghi', '2024/so-ket'] }, { title: 'Nhìn lại', articles: '2023/cu' }],
  printRun: 500,
  printer: 'Công ty In Ví Dụ',
  cover: { src: 'bia/anh.jpg', alt: '', credit: '' },
  draft: false,
  body: 'Lời tòa soạn.\n',
};

describe('edition files the web editor writes', () => {
  it('are written as the content check reads them: keys in order, ids as lists, empty fields left out', () => {
    const text = editionToFile({ ...fromEditor, cover: undefined });
    expect(text).toBe(
      '---\nnumber: 3\ndate: 2024-06-30\nperiod: Tháng 6/2024\nsections:\n  - title: Xây dựng Đảng\n    articles:\n      - 2024/hoi-nghi\n      - 2024/so-ket\n  - title: Nhìn lại\n    articles:\n      - 2023/cu\nprintRun: 500\nprinter: Công ty In Ví Dụ\n---\n\nLời tòa soạn.\n',
    );
    const articles = new Map(['2024/hoi-nghi', '2024/so-ket', '2023/cu'].map((id) => [id, { draft: false, date: new Date('2023-01-01T00:00:00Z') }]));
    const diagnostics = checkEditions([{ file: 'content/editions/3.md', relativePath: '3.md', bytes: new TextEncoder().encode(text) }], {
      articles,
      licence: undefined,
      now: new Date('2025-01-01T00:00:00Z'),
      timeZone: 'Asia/Ho_Chi_Minh',
      files: new Set(),
    });
    expect(diagnostics).toEqual([]);
    expect(editionFromFile(text)).toMatchObject({ number: 3, sections: [{ title: 'Xây dựng Đảng' }, { title: 'Nhìn lại' }], body: 'Lời tòa soạn.\n' });
  });

  it('are refused before saving when the build would refuse them, in the check’s words', () => {
    expect(editionProblems(editionFrontmatter({ ...fromEditor, cover: undefined }))).toEqual([]);
    expect(editionProblems(editionFrontmatter({ ...fromEditor, printer: ' ', cover: { src: 'bia/anh.jpg' } }))).toEqual(['printer: bắt buộc nhưng đang thiếu', 'cover.alt: bắt buộc nhưng đang thiếu']);
  });
});
