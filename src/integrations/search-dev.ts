import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { AstroIntegration } from 'astro';
import { INDEX_DIR } from '../lib/search-manifest.ts';

/**
 * Search while writing: `astro dev` serves the index of the last `npm run build` at /chi-muc/ (under the site's base path). The index itself
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
        server.middlewares.use(`${base}${INDEX_DIR}/`, sirv(join(outDir, INDEX_DIR), { dev: true, etag: true }));
      },
    },
  };
}
