// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { bantin } from './src/integrations/bantin.ts';
import { markdownProcessor } from './src/integrations/markdown.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Separate caches let tests and the benchmark build other content folders without sharing state.
  ...(process.env.BANTIN_CACHE_DIR ? { cacheDir: process.env.BANTIN_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // Scripts stay files under /_astro/ (never inlined), so the Content-Security-Policy needs no inline allowance.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: markdownProcessor() },
  integrations: [bantin(site), mdx(), sitemap(), pagefindSearch()],
});
