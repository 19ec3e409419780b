import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module holding the content layer's data store (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Astro's file of the data store, in its cache folder during a build (astro/dist/content/paths.js). */
export const DATA_STORE_FILE = 'data-store.json';
/** How Astro marks its content data modules so its incremental build leaves them out of each page's hash. */
export const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

/**
 * In a production build, the pages read the content layer's store from its file when they first need it, instead
 * of from a module that embeds the whole file as a string literal (Astro's way: `JSON.parse("…")`).
 *
 * At 10,000 articles the store is about 85 MB of rendered articles. Embedded, it passes through the server bundle
 * (Vite's build took 9 s; under 2 s without it) and Node then compiles a module of that size before the first page
 * renders (9 s, and its source stays in memory). Read from the file, it costs one `JSON.parse`. What the pages get
 * is the same value: the store as Astro serialised it, which Astro's runtime unflattens as before. Static output
 * only, which is all bantin builds: the built server code is run once, here, to prerender the pages.
 *
 * A framework internal (README, "Framework internals we rely on"); test/unit/integrations/content-store-file.test.ts
 * checks it against the installed Astro. With Astro's experimental chunked store the file is a list of chunks, not
 * the store: Astro's own module is left alone then.
 */
export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'bantin:content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bantin:content-store-file',
                enforce: 'pre',
                // Before Astro's own plugin, which would read, parse and quote the whole file for nothing.
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== DATA_STORE_MODULE) return null;
                    return {
                      code: `import { existsSync, readFileSync } from 'node:fs';\nconst file = ${JSON.stringify(file)};\nexport default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();\n`,
                      meta: CONTENT_DATA,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
