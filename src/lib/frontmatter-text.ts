/**
 * A Markdown file's text around its YAML frontmatter, the one way every tool splits and writes it: the content
 * check, the web editor, `npm run new`, `npm run edition`, the importer and the benchmark's archive.
 */
import { Document } from 'yaml';

/** A file's frontmatter before it is parsed: its YAML text and its body. */
export interface FrontmatterText {
  yaml: string;
  /** 1-based line of the first YAML line in the file */
  firstLine: number;
  body: string;
}

export type SplitResult = { ok: true; value: FrontmatterText } | { ok: false; reason: string; line: number };

/** Split `---` fenced frontmatter from the body of a text with LF line ends; say why not in Vietnamese. */
export function splitFrontmatter(text: string): SplitResult {
  if (text.trim() === '') return { ok: false, line: 1, reason: 'tệp trống, chưa có nội dung' };
  const lines = text.split('\n');
  if (lines[0]!.trimEnd() !== '---') {
    return { ok: false, line: 1, reason: 'tệp phải bắt đầu bằng phần khai báo (frontmatter), mở bằng một dòng "---"' };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    return { ok: false, line: 1, reason: 'phần khai báo (frontmatter) mở ở dòng 1 chưa được đóng bằng một dòng "---"' };
  }
  return {
    ok: true,
    value: { yaml: lines.slice(1, close).join('\n'), firstLine: 2, body: lines.slice(close + 1).join('\n') },
  };
}

/** Frontmatter as YAML, one key a line; `flow` names the lists written on one line, `[a, b]` (a file's tags). */
export function frontmatterYaml(front: Record<string, unknown>, flow: readonly string[] = []): string {
  const document = new Document(front);
  for (const key of flow) {
    const node = document.get(key, true) as { flow?: boolean } | undefined;
    if (node && typeof node === 'object') node.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A Markdown file: the frontmatter between `---` lines, then the body (trimmed) after a blank line, if any. */
export function markdownFileText(front: Record<string, unknown>, body = '', flow: readonly string[] = []): string {
  const text = body.trim();
  return `---\n${frontmatterYaml(front, flow)}---\n${text ? `\n${text}\n` : ''}`;
}
