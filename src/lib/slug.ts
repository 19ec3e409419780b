import { foldDiacritics } from './text.ts';

/**
 * An ASCII URL segment for Vietnamese text: `Đảng ủy Văn phòng` → `dang-uy-van-phong`.
 * Only `a-z`, `0-9` and single hyphens remain.
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slugify each segment of a slash-separated path: `2020/Đảng ủy` → `2020/dang-uy`. */
export function slugifyPath(path: string): string {
  return path
    .split('/')
    .map((segment) => slugify(segment))
    .filter(Boolean)
    .join('/');
}

/** What `slugify` gives, as a regular expression's source: the form of every id (a unit, an author, a document). */
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole text in the form `slugify` gives: `van-phong-chinh-phu`, `35-ct-tw`. */
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`);
