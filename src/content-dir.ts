import { resolve } from 'node:path';

/**
 * Where the content lives: `content/` in the project, or the folder named by `BANTIN_CONTENT` (tests build
 * fixture sites and the benchmark builds generated archives with the same code).
 */
export function contentDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.BANTIN_CONTENT ?? 'content');
}
