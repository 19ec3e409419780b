import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/content-check/check-mdx.ts';

/** The syntax error parseMdx tells for a body, if any. */
const mdxSyntaxError = (body: string) => {
  const parsed = parseMdx(body);
  return parsed.ok ? undefined : { line: parsed.line, message: parsed.message };
};

describe('MDX syntax errors', () => {
  it('accepts MDX that Astro compiles', () => {
    expect(mdxSyntaxError('Đoạn văn <strong>đậm</strong>, x < 3.\n\n<br />\n\nGiá {1 + 1} triệu.\n')).toBeUndefined();
  });

  it('tells each mistake in Vietnamese, on its line of the body', () => {
    const cases = ['Đoạn văn <div>không đóng\n', 'a\n\n<b>x</i>\n', '</div>\n', '<!-- chú thích -->\n', 'Giá <3 triệu\n', 'Giá {5 triệu\n', 'a {1 +}\n'];
    expect(cases.map((body) => mdxSyntaxError(body))).toMatchInlineSnapshot(`
      [
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 10): thẻ <div> chưa được đóng; trong MDX mỗi thẻ cần thẻ đóng </div>, hoặc tự đóng như <div />",
        },
        {
          "line": 3,
          "message": "MDX viết sai cú pháp (cột 5): thẻ đóng </i> không khớp với thẻ <b> mở ở dòng 3",
        },
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 1): thẻ đóng </div> không có thẻ mở tương ứng",
        },
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 1): chú thích <!-- … --> không dùng được trong MDX; hãy viết {/* … */}",
        },
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 5): sau dấu < phải là một thẻ viết đúng, giá trị thuộc tính trong ngoặc kép như <a href="…">; muốn viết dấu < như chữ thường hãy viết \\<",
        },
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 5): dấu { chưa được đóng bằng dấu }; muốn viết dấu { như chữ thường hãy viết \\{",
        },
        {
          "line": 1,
          "message": "MDX viết sai cú pháp (cột 7): phần trong cặp dấu {…} không phải biểu thức viết đúng; muốn viết dấu { như chữ thường hãy viết \\{",
        },
      ]
    `);
  });
});
