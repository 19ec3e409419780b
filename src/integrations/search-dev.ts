import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { AstroIntegration } from 'astro';

/**
 * Search while writing: `astro dev` serves the index of the last `npm run build` at /pagefind/ (under the site's base path). The index itself
 * is built by `npm run build` after Astro has finished (src/search-index/), not by Astro.
 */
export function searchInDev(): AstroIntegration {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'bantin:search-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        // `dev`: read the folder on each request, since a build may replace it while the server runs.
        server.middlewares.use(`${base}pagefind/`, sirv(join(outDir, 'pagefind'), { dev: true, etag: true }));
      },
    },
  };
}
