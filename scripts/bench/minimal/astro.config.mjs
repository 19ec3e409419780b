// @ts-check
// The yardstick for `npm run bench`: the least an Astro 7 + Pagefind site does with the same archive — one page
// per article, no listings, feeds or sitemap — built in the same run, so bantin's time is reported as a ratio.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  ...(process.env.BANTIN_CACHE_DIR ? { cacheDir: process.env.BANTIN_CACHE_DIR } : {}),
  integrations: [
    {
      name: 'minimal-pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          try {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
            if (!index) throw new Error(errors.join('\n'));
            const added = await index.addDirectory({ path: fileURLToPath(dir) });
            if (added.errors.length) throw new Error(added.errors.join('\n'));
            const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
            if (written.errors.length) throw new Error(written.errors.join('\n'));
            // The same line as bantin's, so the benchmark reports both indexing times.
            logger.info(`indexed ${added.page_count} page(s) for search in ${Math.round(performance.now() - started)} ms`);
          } finally {
            await pagefind.close();
          }
        },
      },
    },
  ],
});
