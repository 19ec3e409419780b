// @ts-check
// The yardstick for `npm run bench`: the least an Astro 7 site does with the same archive — one page per article,
// no listings, feeds or sitemap — built in the same run, so bantin's time is reported as a ratio. Its search index
// is made as a plain Astro user would make it: the Pagefind CLI over dist/ after `astro build` (see scripts/bench.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.BANTIN_CACHE_DIR ? { cacheDir: process.env.BANTIN_CACHE_DIR } : {}),
});
