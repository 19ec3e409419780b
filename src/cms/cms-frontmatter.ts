/**
 * A Markdown file with YAML frontmatter as the web editor reads and writes it for the collections with no rules of
 * their own (documents, standing pages): frontmatter read with YAML 1.2's core schema (days stay text), written with
 * one key a line, the body after a blank line.
 */
import { Document, parse } from 'yaml';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** The editor's data from a file: its frontmatter's keys and `body`. */
export function frontmatterFromText(text: string): Data {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const parsed: unknown = parse(match[1]!, { schema: 'core' });
  const data: Data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Data) } : {};
  return { ...data, body: match[2]!.replace(/^(?:\r?\n)+/, '') };
}

/** The text of a file; `flow` names the lists written on one line, `[a, b]`, as the sample's files write tags. */
export function frontmatterToText(front: Data, body: unknown, flow: readonly string[] = []): string {
  const document = new Document(front);
  for (const key of flow) {
    const node = document.get(key, true) as { flow?: boolean } | undefined;
    if (node && typeof node === 'object') node.flow = true;
  }
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
