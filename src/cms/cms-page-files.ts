/**
 * Standing page files (Giới thiệu, Liên hệ…) as the web editor writes them: keys in the schema's order, empty
 * fields and `draft: false` left out, the day of update in the site's time zone; refused before saving when the
 * content check would refuse them. A new page's file is named after its title: `Liên hệ` → `lien-he.md`, `/lien-he/`.
 */
import { pageSchema } from '../schemas/page.ts';
import { parseInstant, toZonedIso } from '../lib/dates.ts';
import { RESERVED_SEGMENTS } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { PATH_FIELDS, schemaShape } from './cms-fields.ts';
import { withoutEmpty } from './cms-files.ts';
import { frontmatterFromText, frontmatterToText } from './cms-frontmatter.ts';

type Data = Record<string, unknown>;

const KEYS = Object.keys(schemaShape(pageSchema));

export function pageFrontmatter(data: Data, timeZone: string): Data {
  const front: Data = {};
  for (const key of KEYS) {
    let value = withoutEmpty(data[key]);
    if (value === undefined || (key === 'draft' && value === false)) continue;
    if (key === 'updated' && typeof value === 'string') {
      const parsed = parseInstant(value);
      if (parsed.ok) value = toZonedIso(parsed.date, timeZone);
    }
    front[key] = value;
  }
  return front;
}

export const pageToFile = (data: Data, timeZone: string) => frontmatterToText(pageFrontmatter(data, timeZone), data.body);
export const pageFromFile = frontmatterFromText;

/** What the content check would say of these fields (empty when they pass). */
export function pageProblems(frontmatter: Data): string[] {
  const result = pageSchema.safeParse(frontmatter, { error: vietnameseIssue });
  if (result.success) return [];
  return reportIssues(result.error, frontmatter).map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message));
}

/** A new page's file name from its title, unless it would take an address of the site's own. */
export function pagePathFields(data: Data): Record<string, string> | undefined {
  const slug = typeof data.title === 'string' ? slugify(data.title) : '';
  if (!slug || RESERVED_SEGMENTS.has(slug)) return undefined;
  return { [PATH_FIELDS.slug]: slug };
}
