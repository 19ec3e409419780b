import { describe, expect, it } from 'vitest';
import { documentFromFile, documentFrontmatter, documentPathFields, documentProblems, documentToFile } from '../../../src/cms/cms-document-files.ts';
import { pageFromFile, pageFrontmatter, pagePathFields, pageProblems, pageToFile } from '../../../src/cms/cms-page-files.ts';
import { checkDocuments } from '../../../src/content-check/check-documents.ts';
import { checkPages } from '../../../src/content-check/check-pages.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const fromEditor = {
  number: '594-QĐ/ĐU',
  kind: 'Quyết định',
  issuer: 'dang-uy-van-phong-chinh-phu',
  signer: '',
  issued: '2023-04-05',
  effective: '',
  summary: 'Về việc ban hành Quy chế làm việc',
  files: [{ src: '594.pdf', title: '' }, { src: 'tep/phu-luc.docx', title: 'Phụ lục' }],
  status: '',
  replacedBy: '',
  tags: ['Quy chế', 'Công tác văn phòng'],
  body: '',
};

describe('document files the web editor writes', () => {
  it('are written as the sample’s are, named after the number, and pass the content check', () => {
    const text = documentToFile(fromEditor);
    expect(text).toBe(
      '---\nnumber: 594-QĐ/ĐU\nkind: Quyết định\nissuer: dang-uy-van-phong-chinh-phu\nissued: 2023-04-05\nsummary: Về việc ban hành Quy chế làm việc\nfiles:\n  - ./594.pdf\n  - src: ./tep/phu-luc.docx\n    title: Phụ lục\ntags: [Quy chế, Công tác văn phòng]\n---\n',
    );
    expect(documentPathFields(fromEditor)).toEqual({ fileslug: '594-qd-du' });
    const diagnostics = checkDocuments([{ file: 'content/documents/594-qd-du.md', relativePath: '594-qd-du.md', bytes: encode(text) }], {
      unitIds: new Set(['dang-uy-van-phong-chinh-phu']),
      files: new Set(['594-qd-du.md', '594.pdf', 'tep/phu-luc.docx']),
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(documentFromFile(text)).toMatchObject({ files: [{ src: './594.pdf' }, { src: './tep/phu-luc.docx', title: 'Phụ lục' }], tags: ['Quy chế', 'Công tác văn phòng'] });
  });

  it('are refused before saving in the content check’s own words, the number against the kind included', () => {
    const wrong = { ...fromEditor, number: '594-KH/ĐU', files: [] };
    const [problem] = documentProblems(documentFrontmatter(wrong));
    const check = checkDocuments([{ file: 'content/documents/x.md', relativePath: 'x.md', bytes: encode(documentToFile(wrong)) }], {
      unitIds: new Set(['dang-uy-van-phong-chinh-phu']),
      files: new Set(['x.md']),
    });
    expect(check.map((d) => `${d.field}: ${d.message}`)).toEqual([problem]);
    expect(problem).toMatch(/^number: "594-KH\/ĐU": ký hiệu "KH" là của Kế hoạch/);
    expect(documentProblems(documentFrontmatter({ ...fromEditor, summary: ' ', files: [] }))).toEqual(['summary: bắt buộc nhưng đang thiếu']);
    expect(documentPathFields({ number: 'trang' })).toBeUndefined();
  });
});

describe('standing page files the web editor writes', () => {
  it('keep the day of update in Vietnam time, leave empties out and pass the content check', () => {
    const text = pageToFile({ title: 'Liên hệ', description: '', updated: '2026-11-20T02:00:00Z', draft: false, body: 'Điện thoại: 024 0000 0000\n' }, 'Asia/Ho_Chi_Minh');
    expect(text).toBe('---\ntitle: Liên hệ\nupdated: 2026-11-20T09:00:00+07:00\n---\n\nĐiện thoại: 024 0000 0000\n');
    expect(pageFromFile(text)).toEqual({ title: 'Liên hệ', updated: '2026-11-20T09:00:00+07:00', body: 'Điện thoại: 024 0000 0000\n' });
    expect(pagePathFields({ title: 'Liên hệ' })).toEqual({ fileslug: 'lien-he' });
    expect(pagePathFields({ title: 'Tìm kiếm' })).toBeUndefined();
    const diagnostics = checkPages([{ file: 'content/pages/lien-he.md', relativePath: 'lien-he.md', bytes: encode(text) }], { files: undefined, articleIds: undefined, imageKind: undefined } as never);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(pageProblems(pageFrontmatter({ title: '' }, 'Asia/Ho_Chi_Minh'))).toEqual(['title: bắt buộc nhưng đang thiếu']);
  });
});
