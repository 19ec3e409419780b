/**
 * Astro's incremental build record (`<cacheDir>/incremental-build.json`, astro/dist/core/build/incremental.js) names
 * the photos each page uses by absolute path (`originalSrcPath`, `referencedImages`), and Astro removes an original
 * photo from the site when no page refers to it by that path. In a cache restored into a checkout in another folder
 * (a CI runner) those paths are the old folder's, so before Astro starts the record is moved to this folder: the
 * folder it was written for is kept beside it (`cache-root.json`). Every other key in the cache is a content hash.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RECORD = 'incremental-build.json';
const RECORDED_ROOT = 'cache-root.json';

const quoted = (text: string) => JSON.stringify(text).slice(1, -1);
const withoutSlash = (dir: string) => dir.replace(/[/\\]+$/, '');

/** Point the cache's record at `root` (the project's folder) if it was written for another. Returns whether it was. */
export function relocateCache(cacheDir: string, root: string): boolean {
  const here = withoutSlash(root);
  let was: string | undefined;
  try {
    was = (JSON.parse(readFileSync(join(cacheDir, RECORDED_ROOT), 'utf8')) as { root?: string }).root;
  } catch {
    // A cache without one (none yet, or an older bantin's): nothing to move.
  }
  let moved = false;
  const record = join(cacheDir, RECORD);
  if (was && was !== here && existsSync(record)) {
    const text = readFileSync(record, 'utf8');
    const next = text.split(quoted(`${was}/`)).join(quoted(`${here}/`));
    if (next !== text) writeFileSync(record, next);
    moved = true;
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, RECORDED_ROOT), `${JSON.stringify({ root: here })}\n`);
  return moved;
}
