/**
 * Standing page files (Giới thiệu, Liên hệ…) as the web editor writes them: keys in the schema's order, empty
 * fields and `draft: false` left out, the day of update in the site's time zone; refused before saving when the
 * content check would refuse them. A new page's file is named after its title: `Liên hệ` → `lien-he.md`, `/lien-he/`.
 */
import { pageSchema } from '../schemas/page.ts';
import { RESERVED_SEGMENTS } from '../lib/paths.ts';
import { fieldProblems } from '../schemas/issues.ts';
import { schemaShape, slugPathFields } from './cms-fields.ts';
import { frontmatterOf, zonedInstant } from './cms-files.ts';
import { frontmatterFromText, frontmatterToText } from './cms-frontmatter.ts';

type Data = Record<string, unknown>;

const KEYS = Object.keys(schemaShape(pageSchema));

export function pageFrontmatter(data: Data, timeZone: string): Data {
  return frontmatterOf(data, KEYS, (key, value) => (key === 'updated' ? zonedInstant(value, timeZone) : value));
}

export const pageToFile = (data: Data, timeZone: string) => frontmatterToText(pageFrontmatter(data, timeZone), data.body);
export const pageFromFile = frontmatterFromText;

/** What the content check would say of these fields (empty when they pass). */
export function pageProblems(frontmatter: Data): string[] {
  return fieldProblems(pageSchema, frontmatter).problems;
}

/** A new page's file name from its title, unless it would take an address of the site's own. */
export const pagePathFields = (data: Data) => slugPathFields(data.title, RESERVED_SEGMENTS);
