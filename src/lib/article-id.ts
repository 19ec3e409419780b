import { slugifyPath } from './slug.ts';

/** Extensions of article files under `content/articles/`. */
export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;

/**
 * The permanent id (and URL path) of an article: its path under `content/articles/` without the extension,
 * in ASCII. It comes from the file name, never from the title, so editing a headline keeps the URL.
 * `2020/Đảng ủy họp.md` → `2020/dang-uy-hop`
 */
export function articleId(relativePath: string): string {
  return slugifyPath(relativePath.replace(/\\/g, '/').replace(/\.mdx?$/i, ''));
}

/** A standing page's id (and URL path), from its file name under `content/pages/` as an article's: `Giới thiệu.md` → `gioi-thieu`. */
export const pageId = articleId;
