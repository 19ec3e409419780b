import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const fail = (what: string, errors: readonly string[]) => {
  throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
};

/** Index the built site: only elements marked `data-pagefind-body` (article pages) are indexed. Returns the count. */
export async function indexSite(dir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index || errors.length) return fail('start', errors);
    // Only article pages carry data-pagefind-body: reading the listing pages too would only cost time.
    const added = await index.addDirectory({ path: dir, glob: 'bai-viet/**/*.html' });
    if (added.errors.length) fail('read the site', added.errors);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) fail('write the index', written.errors);
    const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages === 0) fail('find any article', ['no page has data-pagefind-body']);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Pagefind in the build (`astro:build:done`, through its Node API), and in `astro dev` the index of the last
 * build served at /pagefind/ so search can be tried while writing.
 */
export function pagefindSearch(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/pagefind/', async (req, res, next) => {
          const path = join(outDir, 'pagefind', decodeURIComponent((req.url ?? '/').split('?')[0]!));
          if (!path.startsWith(join(outDir, 'pagefind')) || !existsSync(path)) return next();
          res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(await readFile(path));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} article page(s) for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
