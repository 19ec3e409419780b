import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkAuthors, checkUnits } from '../../../src/content-check/check-registry.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';
import { vietnameseIssue } from '../../../src/schemas/issues.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('units and authors', () => {
  it('reads a valid registry', () => {
    const units = checkUnits('content/units.yaml', encode('units:\n- id: a\n  name: Văn phòng\n- id: b\n  name: Chi bộ\n  parent: a\n'));
    expect(units.diagnostics).toEqual([]);
    expect(units.entries.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('names line and field of a bad entry, a duplicate id and an unknown parent', () => {
    const units = checkUnits(
      'content/units.yaml',
      encode('units:\n- id: a\n  name: A\n- id: a\n  name: B\n- id: Bad Id\n  name: C\n- id: c\n  name: D\n  parent: zz\n'),
    );
    expect(units.diagnostics.map(formatDiagnostic)).toEqual([
      'content/units.yaml:4: id: mã "a" đã dùng cho một mục khác; mỗi mục cần một mã riêng',
      'content/units.yaml:6: id: mục thứ 3: chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ nhat-thy)',
      'content/units.yaml:10: parent: đơn vị "c" có cấp trên "zz", nhưng không có đơn vị nào mang mã này',
    ]);
  });

  it('wants the list under "authors:" (the shape the web editor edits)', () => {
    const message = 'content/authors.yaml:1: tệp phải có dòng "authors:" rồi đến danh sách, mỗi mục bắt đầu bằng một dòng "- id: …"';
    expect(checkAuthors('content/authors.yaml', encode('nhat-thy: Nhật Thy\n')).diagnostics.map(formatDiagnostic)).toEqual([message]);
    expect(checkAuthors('content/authors.yaml', encode('- id: nhat-thy\n  name: Nhật Thy\n')).diagnostics.map(formatDiagnostic)).toEqual([message]);
  });
});

describe('schema checks zod has no message of ours for', () => {
  it('are said in Vietnamese all the same', () => {
    const schema = z.object({ n: z.number().int().min(3), list: z.array(z.string()).max(1), kind: z.enum(['a', 'b']) });
    const result = schema.safeParse({ n: 1.5, list: ['x', 'y'], kind: 'c' }, { error: vietnameseIssue });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'phải là một số nguyên',
      'chỉ được có tối đa 1 mục',
      'phải là một trong các giá trị: a, b',
    ]);
    expect(z.number().min(3).safeParse(1, { error: vietnameseIssue }).error?.issues[0]?.message).toBe('phải từ 3 trở lên');
  });
});
