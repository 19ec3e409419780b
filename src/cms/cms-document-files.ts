/**
 * Document (văn bản) files as the web editor writes them: keys in the schema's order, empty fields left out,
 * attachments as paths beside the file (`./35-ct-tw.pdf`, or with a title), topics on one line; refused before
 * saving when the content check would refuse them, in its words (the number against the kind included). The file
 * is named after the number: `35-CT/TW` → `35-ct-tw.md`.
 */
import { documentSchema } from '../schemas/document.ts';
import { documentRuleProblems } from '../lib/document-rules.ts';
import { RESERVED_DOCUMENT_IDS } from '../lib/document-id.ts';
import { relativeSrc } from '../lib/photo-caption.ts';
import { slugify } from '../lib/slug.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { PATH_FIELDS, schemaShape } from './cms-fields.ts';
import { withoutEmpty } from './cms-files.ts';
import { frontmatterFromText, frontmatterToText } from './cms-frontmatter.ts';

type Data = Record<string, unknown>;

const KEYS = Object.keys(schemaShape(documentSchema));

export function documentFrontmatter(data: Data): Data {
  const front: Data = {};
  for (const key of KEYS) {
    let value = withoutEmpty(data[key]);
    if (value === undefined) continue;
    if (key === 'files' && Array.isArray(value)) {
      value = (value as Data[]).map((file) => {
        const src = typeof file.src === 'string' ? relativeSrc(file.src) : file.src;
        return file.title === undefined ? src : { src, title: file.title };
      });
    }
    front[key] = value;
  }
  return front;
}

export const documentToFile = (data: Data) => frontmatterToText(documentFrontmatter(data), data.body, ['tags']);

/** The editor's data from a document file: attachments always `{ src, title }`. */
export function documentFromFile(text: string): Data {
  const data = frontmatterFromText(text);
  if (Array.isArray(data.files)) data.files = data.files.map((file: unknown) => (typeof file === 'string' ? { src: file } : file));
  return data;
}

/** What the content check would say of these fields, as `field: message` lines (empty when they pass). */
export function documentProblems(frontmatter: Data): string[] {
  const result = documentSchema.safeParse(frontmatter, { error: vietnameseIssue });
  if (!result.success) return reportIssues(result.error, frontmatter).map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message));
  return documentRuleProblems(result.data, frontmatter.status).map((problem) => `${problem.field}: ${problem.message}`);
}

/** A new document's file name from its number (Decap's `slug`), or a problem with it. */
export function documentPathFields(data: Data): Record<string, string> | undefined {
  const number = typeof data.number === 'string' ? slugify(data.number) : '';
  if (!number || RESERVED_DOCUMENT_IDS.has(number)) return undefined;
  return { [PATH_FIELDS.slug]: number };
}
