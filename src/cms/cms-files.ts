/**
 * The files the web editor writes, as `npm run new` writes them: frontmatter keys in the schema's order, empty
 * fields left out, dates in the site's time zone with their offset, a single author as an id, the body after a
 * blank line; units and authors as src/lib/registry-file.ts writes them. Decap CMS calls these through the custom
 * formats the admin script registers (src/client/cms/admin.ts).
 */
import { Document, parse } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { parseInstant, toZonedIso } from '../lib/dates.ts';
import { registryFileText, type RegistryKind } from '../lib/registry-file.ts';
import { relativeSrc } from '../lib/photo-caption.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { articleRelativePath } from '../lib/new-article.ts';
import { LIST_FIELDS, PATH_FIELDS, schemaShape } from './cms-fields.ts';
import { showInstant } from '../lib/date-entry.ts';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;
const schema = articleSchema(z.string());
const ARTICLE_KEYS = Object.keys(schemaShape(schema));
const INSTANT_KEYS = ['date', 'updated'];

/** Without empty text, lists and objects (Decap keeps a cleared field as `""`), at any depth; text trimmed. */
export function withoutEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).map(([key, item]) => [key, withoutEmpty(item)] as const).filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/** An instant as the site writes it, `2020-08-26T10:54:00+07:00`, from whatever offset the browser gave it. */
function zonedInstant(value: unknown, timeZone: string): unknown {
  if (typeof value !== 'string') return value;
  const parsed = parseInstant(value);
  return parsed.ok ? toZonedIso(parsed.date, timeZone) : value;
}

/** An article's frontmatter from the editor's data: known keys in order, empties and `draft: false` left out. */
export function articleFrontmatter(data: Data, timeZone: string): Data {
  const front: Data = {};
  for (const key of ARTICLE_KEYS) {
    let value = withoutEmpty(data[key]);
    if (value === undefined || (key === 'draft' && value === false)) continue;
    if (INSTANT_KEYS.includes(key)) value = zonedInstant(value, timeZone);
    if (key === 'author' && Array.isArray(value) && value.length === 1) value = value[0];
    // Decap writes its public folder without `./`; the site's paths beside the article have it.
    if (key === 'cover' && typeof (value as Data).src === 'string') value = { ...(value as Data), src: relativeSrc((value as Data).src as string) };
    front[key] = value;
  }
  return front;
}

/** The text of an article file. */
export function articleToFile(data: Data, timeZone: string): string {
  const yaml = new Document(articleFrontmatter(data, timeZone)).toString({ lineWidth: 0, flowCollectionPadding: false });
  const body = typeof data.body === 'string' ? data.body.trim() : '';
  return `---\n${yaml}---\n\n${body}\n`;
}

/**
 * The editor's data from an article file: its frontmatter (`author` always a list) and `body`; with `timeZone`,
 * also its date as the list of articles shows it (`26/08/2020 10:54`), which is never written back.
 */
export function articleFromFile(text: string, timeZone?: string): Data {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const parsed: unknown = parse(match[1]!, { schema: 'core' });
  const data: Data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Data) } : {};
  if (typeof data.author === 'string') data.author = [data.author];
  if (timeZone && typeof data.date === 'string') data[LIST_FIELDS.date] = showInstant(data.date, timeZone);
  return { ...data, body: match[2]!.replace(/^(?:\r?\n)+/, '') };
}

/**
 * What the content check would say of this frontmatter's fields, as `field: message` lines (empty when it passes):
 * the editor refuses to save a file the build would refuse. Ids and photo files are checked by the build.
 */
export function articleProblems(frontmatter: Data): string[] {
  const result = schema.safeParse(frontmatter, { error: vietnameseIssue });
  if (result.success) return [];
  return reportIssues(result.error, frontmatter).map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message));
}

/** The data a new article needs for its file name (Decap's `path` and `slug`): the rule of `npm run new`. */
export function articlePathFields(data: Data, timeZone: string): Record<string, string> | undefined {
  const title = typeof data.title === 'string' ? data.title : '';
  const parsed = typeof data.date === 'string' ? parseInstant(data.date) : undefined;
  if (!title.trim() || !parsed?.ok) return undefined;
  const [year, file] = articleRelativePath(title, parsed.date, timeZone).split('/') as [string, string];
  return { [PATH_FIELDS.year]: year, [PATH_FIELDS.slug]: file.replace(/\.md$/, '') };
}

/** The text of `units.yaml` or `authors.yaml` from the editor's data. */
export function registryToFile(kind: RegistryKind, data: Data): string {
  const list = withoutEmpty(data[kind]);
  return registryFileText(kind, Array.isArray(list) ? (list as object[]) : []);
}

export function registryFromFile(text: string): Data {
  const parsed: unknown = parse(text, { schema: 'core' });
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Data) : {};
}
