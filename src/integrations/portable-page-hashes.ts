import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's plugin that hashes each route's modules for its incremental build (astro 7.3 and 7.4,
 * astro/dist/core/build/plugins/plugin-incremental.js). It hashes every module's id and code, and both carry the
 * project's absolute path (`/home/runner/work/…/src/pages/x.astro`): a cache restored into a checkout in another
 * folder — a CI runner — matched no route, and every page was rendered again (withastro/astro#18055). A framework
 * internal, pinned by test/unit/integrations/portable-page-hashes-astro.test.ts with Astro's own plugin.
 */
export const INCREMENTAL_PLUGIN = '@astro/plugin-incremental';

/** What stands for the project's folder in what is hashed. */
const ROOT = '\0bantin-root';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
type Plugin = { name?: string; generateBundle?: Hook | { handler: Hook } };

/**
 * Source maps inlined in compiled components: their `sources` are absolute paths, and their mappings count columns
 * in code that quotes the component's absolute path. They change nothing a page shows.
 */
const INLINE_SOURCE_MAP = /[#@] sourceMappingURL=data:[^\s*'"]*/g;

/** `text` without inline source maps, every spelling of the project's folder (path, file URL) one placeholder. */
export function withoutRoot(text: string, root: string): string {
  const dir = root.replace(/[/\\]+$/, '');
  const url = pathToFileURL(dir).href;
  let out = text.includes('sourceMappingURL=data:') ? text.replace(INLINE_SOURCE_MAP, '') : text;
  if (url !== `file://${dir}`) out = out.split(url).join(`file://${ROOT}`);
  return out.split(dir).join(ROOT);
}

/**
 * Run `hook` (synchronous) with every string it hashes made independent of the project's folder. Astro's plugin
 * hashes with `crypto.createHash` while its hook runs, and nothing else runs meanwhile: the function is replaced for
 * that call only. A hook that became asynchronous would hash after the call: that fails loudly.
 */
export function hashingWithoutRoot(hook: Hook, root: string): Hook {
  return function (this: unknown, ...args: unknown[]) {
    const createHash = crypto.createHash;
    (crypto as { createHash: typeof createHash }).createHash = (algorithm: string, options?: crypto.HashOptions) => {
      const hash = createHash(algorithm, options);
      const update = hash.update.bind(hash) as (data: unknown, encoding?: unknown) => crypto.Hash;
      hash.update = ((data: unknown, encoding?: unknown) => update(typeof data === 'string' ? withoutRoot(data, root) : data, encoding)) as crypto.Hash['update'];
      return hash;
    };
    try {
      const result = hook.apply(this, args);
      if (result instanceof Promise) throw new Error(`bantin: ${INCREMENTAL_PLUGIN} của Astro đã đổi (hàm băm không còn đồng bộ); xem src/integrations/portable-page-hashes.ts`);
      return result;
    } finally {
      (crypto as { createHash: typeof createHash }).createHash = createHash;
    }
  };
}

/** Vite's plugin list, in which an entry may be a list. */
const flat = (list: readonly unknown[]): unknown[] => list.flatMap((entry) => (Array.isArray(entry) ? flat(entry) : [entry]));

/**
 * Makes Astro's incremental build cache portable: the same code and content give the same route hashes wherever
 * the project is checked out. Its record of photos, which names files by path, is moved by scripts/build/relocate-cache.ts.
 */
export function portablePageHashes(): AstroIntegration {
  let root = '';
  let incremental = false;
  return {
    name: 'bantin:portable-page-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        incremental = config.experimental.incrementalBuild === true;
      },
      'astro:build:setup': ({ vite }) => {
        if (!incremental) return;
        const plugin = flat(vite.plugins ?? []).find((p): p is Plugin => (p as Plugin | null)?.name === INCREMENTAL_PLUGIN);
        const hook = plugin?.generateBundle;
        if (!plugin || !hook) throw new Error(`bantin: không thấy ${INCREMENTAL_PLUGIN} của Astro; xem src/integrations/portable-page-hashes.ts`);
        if (typeof hook === 'function') plugin.generateBundle = hashingWithoutRoot(hook, root);
        else hook.handler = hashingWithoutRoot(hook.handler, root);
      },
    },
  };
}
