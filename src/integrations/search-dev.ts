import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/**
 * Search while writing: `astro dev` serves the index of the last `npm run build` at /pagefind/. The index itself
 * is built by `npm run build` after Astro has finished (src/search-index/), not by Astro.
 */
export function searchInDev(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'bantin:search-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const root = join(outDir, 'pagefind');
        server.middlewares.use('/pagefind/', async (req, res, next) => {
          const path = join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!));
          const isFile = path.startsWith(root + sep) && (await stat(path).catch(() => undefined))?.isFile();
          if (!isFile) return next();
          res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(await readFile(path));
        });
      },
    },
  };
}
