/**
 * MDX's syntax errors, told in Vietnamese before Astro's compiler meets them (it would stop the build in English,
 * naming the page rather than the file). The parser is the one Astro's MDX uses (Sätteri, markdown-rs), so what
 * passes here compiles there; its English is kept, in brackets, for what this list does not know.
 */
const EXPLAINED: [RegExp, (match: RegExpExecArray, line: (bodyLine: string) => number) => string][] = [
  [/^Expected a closing tag for `<([^>]*)>`/, ([, tag]) => `thẻ <${tag}> chưa được đóng; trong MDX mỗi thẻ cần thẻ đóng </${tag}>, hoặc tự đóng như <${tag} />`],
  [
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/,
    ([, closing, open, at], line) => `thẻ đóng </${closing}> không khớp với thẻ <${open}> mở ở dòng ${line(at!)}`,
  ],
  [/^Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/, ([, tag]) => `thẻ đóng </${tag}> không có thẻ mở tương ứng`],
  [/to create a comment in MDX/, () => 'chú thích <!-- … --> không dùng được trong MDX; hãy viết {/* … */}'],
  [
    /^Unexpected character after `<`/,
    () => 'sau dấu < phải là một thẻ viết đúng, giá trị thuộc tính trong ngoặc kép như <a href="…">; muốn viết dấu < như chữ thường hãy viết \\<',
  ],
  [/^Unexpected end of file in expression/, () => 'dấu { chưa được đóng bằng dấu }; muốn viết dấu { như chữ thường hãy viết \\{'],
  [/^Could not parse expression/, () => 'phần trong cặp dấu {…} không phải biểu thức viết đúng; muốn viết dấu { như chữ thường hãy viết \\{'],
  [/attribute value|before attribute|after attribute/, () => 'thuộc tính của thẻ viết sai: trong MDX, giá trị thuộc tính phải đặt trong ngoặc kép, ví dụ <a href="/lien-he/">'],
];

/** A syntax error thrown by Sätteri's MDX parser, in Vietnamese, at its line of the file. */
export function explainMdxError(error: unknown, firstLine: number): { line: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
  const line = (bodyLine: string) => firstLine + Number(bodyLine) - 1;
  const reason = place?.[3] ?? text;
  let explained: string | undefined;
  for (const [pattern, explain] of EXPLAINED) {
    const match = pattern.exec(reason);
    if (match) {
      explained = explain(match, line);
      break;
    }
  }
  const column = place ? ` (cột ${place[2]})` : '';
  return { line: place ? line(place[1]!) : firstLine, message: `MDX viết sai cú pháp${column}: ${explained ?? `không đọc được (${reason})`}` };
}
