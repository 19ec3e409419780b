import { Document } from 'yaml';
import { toZonedIso, zonedParts } from './dates.ts';
import { slugify } from './slug.ts';
import { nfc } from './text.ts';

/** Placeholder text `npm run new` writes; the content check refuses to publish an article that still has it. */
export const LEDE_PLACEHOLDER = 'Viết sa pô (đoạn tóm tắt) của bài ở đây.';
export const BODY_PLACEHOLDER = 'Viết nội dung bài ở đây. Mỗi đoạn văn cách nhau một dòng trống.';

export interface NewArticle {
  title: string;
  unit: string;
  author: string;
  date: Date;
  draft: boolean;
  timeZone: string;
}

/**
 * Where a new article goes under `content/articles/`: `<year>/<slug>.md`, the year of its date in the site's time
 * zone and the ASCII slug of its title. `npm run new` and the web editor both name files by it.
 */
export function articleRelativePath(title: string, date: Date, timeZone: string): string {
  return `${zonedParts(date, timeZone).year}/${slugify(nfc(title.trim()))}.md`;
}

/** Path under `content/articles/` and the text of a new article with complete frontmatter. */
export function newArticleFile(input: NewArticle): { relativePath: string; content: string } {
  const title = nfc(input.title.trim());
  const frontmatter: Record<string, unknown> = {
    title,
    date: toZonedIso(input.date, input.timeZone),
    author: input.author,
    unit: input.unit,
    lede: LEDE_PLACEHOLDER,
    tags: [],
  };
  if (input.draft) frontmatter.draft = true;
  const yaml = new Document(frontmatter).toString({ lineWidth: 0, flowCollectionPadding: false });
  return {
    relativePath: articleRelativePath(title, input.date, input.timeZone),
    content: `---\n${yaml}---\n\n${BODY_PLACEHOLDER}\n`,
  };
}
