/**
 * A Markdown file with YAML frontmatter as the web editor reads it: frontmatter read with YAML 1.2's core schema
 * (days stay text), its keys and `body` as Decap holds them. Files are written by src/lib/frontmatter-text.ts.
 */
import { parse } from 'yaml';
import { markdownFileText, splitFrontmatter } from '../lib/frontmatter-text.ts';

type Data = Record<string, unknown>;

/** The editor's data from a file: its frontmatter's keys and `body` (the whole text when it has no frontmatter). */
export function frontmatterFromText(text: string): Data {
  const split = splitFrontmatter(text.replace(/\r\n?/g, '\n'));
  if (!split.ok) return { body: text };
  const parsed: unknown = parse(split.value.yaml, { schema: 'core' });
  const data: Data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Data) } : {};
  return { ...data, body: split.value.body.replace(/^\n+/, '') };
}

/** The text of a file from its frontmatter and the editor's `body`; `flow` names the lists written on one line. */
export const frontmatterToText = (front: Data, body: unknown, flow: readonly string[] = []) => markdownFileText(front, typeof body === 'string' ? body : '', flow);
