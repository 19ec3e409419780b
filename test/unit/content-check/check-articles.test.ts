import { describe, expect, it } from 'vitest';
import { checkArticle, checkArticles } from '../../../src/content-check/check-articles.ts';
import { formatDiagnostic, summariseWarnings, type Diagnostic } from '../../../src/content-check/diagnostic.ts';

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
    expect(check(valid.replace('title: Tiêu đề\n', ''))).toEqual(['content/articles/2020/bai.md:2: title: is required but missing']);
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(check(valid.replace('2020-08-26T10:54:00+07:00', '2020-02-31T10:54:00+07:00'))).toEqual([
      'content/articles/2020/bai.md:3: date: "2020-02-31T10:54:00+07:00": 02/2020 has no day 31',
    ]);
  });

  it('asks for the offset on a date without one', () => {
    expect(check(valid.replace('2020-08-26T10:54:00+07:00', '2020-08-26 10:54'))[0]).toMatch(/:3: date: .*no time zone offset/);
  });

  it('lists the known ids for an unknown unit or author', () => {
    const out = check(valid.replace('unit: van-phong-chinh-phu', 'unit: bo-y-te').replace('author: nhat-thy', 'author: [nhat-thy, ai-do]'));
    expect(out).toEqual([
      'content/articles/2020/bai.md:5: unit: "bo-y-te" is not a unit in content/units.yaml (known: van-phong-chinh-phu)',
      'content/articles/2020/bai.md:4: author: "ai-do" is not an author in content/authors.yaml (known: nhat-thy, gia-huy)',
    ]);
  });

  it('reports a wrong type, an unknown field and a non-boolean draft', () => {
    const out = check(valid.replace('lede: Tóm tắt', 'lede: Tóm tắt\ndraft: "có"\ntitel: x'));
    expect(out).toContain('content/articles/2020/bai.md:7: draft: must be true or false');
    expect(out).toContain('content/articles/2020/bai.md:8: titel: is not a known field (check its spelling)');
  });

  it('explains broken YAML, an unclosed frontmatter, an empty file and invalid UTF-8', () => {
    expect(check(valid.replace('lede: Tóm tắt', 'lede: [Tóm tắt'))[0]).toMatch(/^content\/articles\/2020\/bai\.md:\d+: the YAML cannot be read/);
    expect(check(valid.replace(/---\n\nNội/, '\nNội'))).toEqual([
      'content/articles/2020/bai.md:1: the frontmatter opened on line 1 is never closed by a line "---"',
    ]);
    expect(check('  \n')).toEqual(['content/articles/2020/bai.md:1: the file is empty']);
    const bytes = new Uint8Array([...encode(valid.slice(0, 20)), 0xff, 0xfe, ...encode(valid.slice(20))]);
    expect(check(bytes)[0]).toMatch(/^content\/articles\/2020\/bai\.md:3: the file is not valid UTF-8 \(byte \d+\)/);
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
      'content/articles/2020/Đảng ủy.mdx: has the same permalink /bai-viet/2020/dang-uy/ as content/articles/2020/dang-uy.md; rename one of the files',
    ]);
  });
});

describe('warnings in a build log', () => {
  it('show the first few of each kind and count the rest', () => {
    const warning = (file: string, field: string, message: string): Diagnostic => ({ file, line: 6, field, message, severity: 'warning' });
    const ledes = Array.from({ length: 5 }, (_, i) => warning(`a${i}.md`, 'lede', `is ${301 + i} characters; keep ledes under 300`));
    const lines = summariseWarnings([...ledes, warning('b.md', 'title', 'is 120 characters; keep headlines under 100')], 2);
    expect(lines).toEqual([
      'a0.md:6: warning: lede: is 301 characters; keep ledes under 300',
      'a1.md:6: warning: lede: is 302 characters; keep ledes under 300',
      '… and 3 more warning(s) like "lede: is N characters; keep ledes under N" (npm run check lists them all)',
      'b.md:6: warning: title: is 120 characters; keep headlines under 100',
    ]);
  });
});
