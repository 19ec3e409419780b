// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
// The configuration, read and checked once (src/content-files/site-config.ts): a mistake in it stops here, named.
import { site } from './src/data/site.ts';
import { bantin } from './src/integrations/bantin.ts';
import { cms } from './src/integrations/cms.ts';
import { contentStoreFromFile } from './src/integrations/content-store-file.ts';
import { portablePageHashes } from './src/integrations/portable-page-hashes.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { searchInDev } from './src/integrations/search-dev.ts';
import { cacheDir } from './src/node/project-dirs.ts';
import { ARTICLE_PHOTO } from './src/lib/photo-sizes.ts';
import { basePath, EDITION_PRINT_SEGMENT } from './src/lib/paths.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: site.url,
  // A site published under a path (https://vpcp.example.gov.vn/ban-tin/) has its pages and files under it.
  base: basePath(site.url),
  trailingSlash: 'always',
  // One cache folder for Astro and the search shards; tests and the benchmark give each content folder its own.
  cacheDir: cacheDir(root),
  // Four pages under way at once: one renders while another's file is written. Astro alone at 10,000 articles
  // generated its pages in 63 s instead of 92 s, its peak memory unchanged (2.8 GB either way).
  build: { format: 'directory', concurrency: 4 },
  // Scripts stay files under /_astro/ (never inlined), so the Content-Security-Policy needs no inline allowance.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server watches the project: not the test and benchmark sites (hundreds of thousands of files) or builds.
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**', '**/dist.next/**', '**/dist.previous/**'] } },
  },
  // Rebuild only the pages whose data changed (each getStaticPaths item carries a cacheKey, src/data/cache-keys.ts).
  experimental: { incrementalBuild: true },
  // Photos in articles scale with the text column, in the widths a phone or a desktop needs (src/lib/photo-sizes.ts);
  // the site's own CSS sizes them, so Astro adds no styles of its own.
  image: { layout: 'full-width', breakpoints: [...ARTICLE_PHOTO.widths], responsiveStyles: false },
  // News text has no code to colour, and Shiki's inline styles would need a CSP exception.
  markdown: { processor: markdownProcessor(basePath(site.url)), syntaxHighlight: false },
  // Every page carries a Content-Security-Policy: only this site's own files run, never 'unsafe-inline',
  // 'unsafe-eval' or WebAssembly (search is plain script over JSON files).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [bantin(site), contentStoreFromFile(), portablePageHashes(), cms(site), mdx(),
    // An edition's print page exists only for its PDF (removed from the site once the PDF is made).
    sitemap({ filter: (page) => !page.endsWith(`/${EDITION_PRINT_SEGMENT}/`) }),
    searchInDev()],
});
