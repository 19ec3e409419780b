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
