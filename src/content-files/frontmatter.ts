import { errorIn, type Diagnostic } from './diagnostic.ts';
import { decodeSource } from './source-text.ts';
import { splitFrontmatter } from '../lib/frontmatter-text.ts';
import { parseYaml } from './yaml-data.ts';
import { frontmatterShape } from '../schemas/fields.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import type { z } from 'astro/zod';

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
    return fail(frontmatterShape(example), firstLine);
  }
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return line === undefined ? undefined : line + firstLine - 1;
  };
  return { ok: true, value: { data: data as Record<string, unknown>, at, firstLine, yaml, body, bodyLine: firstLine + yaml.split('\n').length + 1 } };
}

/** A frontmatter's fields against `schema`: the parsed value, or each problem at its field's line (the first line if unwritten). */
export function checkFields<T>(file: string, read: Frontmatter, schema: z.ZodType<T>): { value?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(read.data, { error: vietnameseIssue });
  if (result.success) return { value: result.data, diagnostics: [] };
  const error = errorIn(file);
  return { diagnostics: reportIssues(result.error, read.data).map((issue) => error(issue.message, read.at(issue.path) ?? read.firstLine, issue.field)) };
}
