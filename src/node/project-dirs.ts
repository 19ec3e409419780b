import { basename, dirname, resolve } from 'node:path';

/**
 * Where the content lives: `content/` in the project, or the folder named by `BANTIN_CONTENT` (tests build
 * fixture sites and the benchmark builds generated archives with the same code).
 */
export function contentDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.BANTIN_CONTENT ?? 'content');
}

/**
 * The build's one cache folder: Astro's (content store, incremental pages) and the search shards. A build with
 * none is a cold build. `BANTIN_CACHE_DIR` gives tests and the benchmark caches of their own.
 */
export function cacheDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.BANTIN_CACHE_DIR ?? 'node_modules/.astro');
}

/**
 * The repository `npm run cms` edits with its local backend (decap-server): the folder holding the content folder,
 * and the content folder's name in it. For the project itself, the project and `content`.
 */
export function localCmsRepo(projectRoot: string = process.cwd()): { repoDir: string; contentPath: string } {
  const content = contentDir(projectRoot);
  return { repoDir: dirname(content), contentPath: basename(content) };
}
