/**
 * Edition files as the web editor writes them: keys in the schema's order, empty fields and `draft: false` left
 * out, articles as their ids, the editorial after a blank line; refused before saving when the build would refuse
 * them, in the content check's words. Decap CMS calls these through the custom format the admin script registers.
 */
import { Document, parse } from 'yaml';
import { z } from 'astro/zod';
import { editionSchema } from '../schemas/edition.ts';
import { relativeSrc } from '../lib/photo-caption.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { schemaShape } from './cms-fields.ts';
import { withoutEmpty } from './cms-files.ts';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;
const schema = editionSchema(z.string());
const KEYS = Object.keys(schemaShape(schema));

/** An edition's frontmatter from the editor's data. */
export function editionFrontmatter(data: Data): Data {
  const front: Data = {};
  for (const key of KEYS) {
    let value = withoutEmpty(data[key]);
    if (value === undefined || (key === 'draft' && value === false)) continue;
    // A number field Decap left as text, and an article list that came back as a single value.
    if ((key === 'number' || key === 'printRun') && typeof value === 'string' && /^\d+$/.test(value)) value = Number(value);
    if (key === 'sections' && Array.isArray(value)) {
      value = value.map((section: Data) => ({ ...section, articles: Array.isArray(section.articles) ? section.articles : section.articles === undefined ? [] : [section.articles] }));
    }
    if (key === 'cover' && typeof (value as Data).src === 'string') value = { ...(value as Data), src: relativeSrc((value as Data).src as string) };
    front[key] = value;
  }
  return front;
}

export function editionToFile(data: Data): string {
  const yaml = new Document(editionFrontmatter(data)).toString({ lineWidth: 0 });
  const body = typeof data.body === 'string' ? data.body.trim() : '';
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

export function editionFromFile(text: string): Data {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const parsed: unknown = parse(match[1]!, { schema: 'core' });
  const data: Data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Data) } : {};
  return { ...data, body: match[2]!.replace(/^(?:\r?\n)+/, '') };
}

/** What the content check would say of these fields (empty when they pass); articles' existence is checked by the build. */
export function editionProblems(frontmatter: Data): string[] {
  const result = schema.safeParse(frontmatter, { error: vietnameseIssue });
  if (result.success) return [];
  return reportIssues(result.error, frontmatter).map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message));
}
