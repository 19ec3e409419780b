import { errorIn, type Diagnostic } from './diagnostic.ts';
import { decodeSource, splitFrontmatter } from './source-text.ts';
import { parseYaml } from './yaml-data.ts';

/** A content file's frontmatter read for checking: its data, where each field is, and the body. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** the line of a field (`['cover', 'src']`) in the file, if written */
  at: (path: readonly PropertyKey[]) => number | undefined;
  /** line of the frontmatter's first line */
  firstLine: number;
  yaml: string;
  body: string;
  /** line of the body's first line */
  bodyLine: number;
}

/**
 * Read a Markdown file's bytes up to its frontmatter's fields, or say (in Vietnamese, with the line) why not.
 * `example` is a field line the editor is shown when the frontmatter is not a list of fields.
 */
export function readFrontmatter(
  file: string,
  bytes: Uint8Array,
  example = 'title: …',
): { ok: true; value: Frontmatter } | { ok: false; diagnostics: Diagnostic[] } {
  const error = errorIn(file);
  const fail = (message: string, line: number) => ({ ok: false as const, diagnostics: [error(message, line)] });
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(`tệp ${decoded.reason}`, decoded.line);
  const split = splitFrontmatter(decoded.text);
  if (!split.ok) return fail(split.reason, split.line);
  const { yaml, firstLine, body } = split.value;
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return fail(parsed.reason, parsed.line + firstLine - 1);
  const { data, lineOf } = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(`phần khai báo (frontmatter) phải gồm các dòng dạng "trường: giá trị", ví dụ "${example}"`, firstLine);
  }
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return line === undefined ? undefined : line + firstLine - 1;
  };
  return { ok: true, value: { data: data as Record<string, unknown>, at, firstLine, yaml, body, bodyLine: firstLine + yaml.split('\n').length + 1 } };
}
