import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, LEDE_PLACEHOLDER, newArticleFile } from '../../../src/lib/new-article.ts';
import { checkArticle } from '../../../src/content-check/check-articles.ts';

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
