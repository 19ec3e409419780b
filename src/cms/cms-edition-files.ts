/**
 * Edition files as the web editor writes them: keys in the schema's order, empty fields and `draft: false` left
 * out, articles as their ids, the editorial after a blank line; refused before saving when the build would refuse
 * them, in the content check's words. Decap CMS calls these through the custom format the admin script registers.
 */
import { z } from 'astro/zod';
import { editionSchema } from '../schemas/edition.ts';
import { fieldProblems } from '../schemas/issues.ts';
import { schemaShape } from './cms-fields.ts';
import { coverWithRelativeSrc, frontmatterOf } from './cms-files.ts';
import { frontmatterFromText, frontmatterToText } from './cms-frontmatter.ts';

type Data = Record<string, unknown>;

const schema = editionSchema(z.string());
const KEYS = Object.keys(schemaShape(schema));

/** An edition's frontmatter from the editor's data. */
export function editionFrontmatter(data: Data): Data {
  return frontmatterOf(data, KEYS, (key, value) => {
    // A number field Decap left as text, and an article list that came back as a single value.
    if ((key === 'number' || key === 'printRun') && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    if (key === 'sections' && Array.isArray(value)) {
      return value.map((section: Data) => ({ ...section, articles: Array.isArray(section.articles) ? section.articles : section.articles === undefined ? [] : [section.articles] }));
    }
    return key === 'cover' ? coverWithRelativeSrc(value) : value;
  });
}

export const editionToFile = (data: Data): string => frontmatterToText(editionFrontmatter(data), data.body);
export const editionFromFile = frontmatterFromText;

/** What the content check would say of these fields (empty when they pass); articles' existence is checked by the build. */
export function editionProblems(frontmatter: Data): string[] {
  return fieldProblems(schema, frontmatter).problems;
}
