import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * How often the hold is renewed: well inside the half-second Astro waits after a change to its content store
 * before writing the whole store to disk (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js): a framework
 * internal, pinned by test/unit/loaders/holding-store-writes-debounce.test.ts with Astro's own store.
 */
const RENEW_MS = 200;
const HOLD = 'sync-in-progress';

/**
 * Wrap a long-running loader so that Astro writes its content store once, after the loader, not also in the middle.
 *
 * Each sync begins with Astro storing its version and configuration digests, which starts its countdown to a write.
 * On a rebuild the articles' loader then spends seconds comparing 10,000 unchanged files without storing anything,
 * the countdown runs out, and the 85 MB store is serialised (about 5 s on the main thread) before the one edited
 * article is stored and the store is written again. Renewing a marker in the collection's meta store, unchanged,
 * restarts the countdown until the loader is done.
 */
export function holdingStoreWrites(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+held-writes`,
    load: async (context: LoaderContext) => {
      const timer = setInterval(() => context.meta.set(HOLD, 'true'), RENEW_MS);
      try {
        await loader.load(context);
      } finally {
        clearInterval(timer);
      }
    },
  };
}
