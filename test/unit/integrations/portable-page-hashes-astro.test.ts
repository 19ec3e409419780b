/**
 * Pins what src/integrations/portable-page-hashes.ts wraps, with the installed Astro's own plugin: its name, a
 * synchronous `generateBundle` that hashes each page's modules with `crypto.createHash`, ids and code carrying the
 * project's folder (withastro/astro#18055). If an upgrade changes how it hashes, a cache restored in CI would
 * quietly match no page (every page rendered again); if Astro fixes the issue, the first test says the wrapper
 * can go. test/build/ci-rebuild.test.ts proves the same with real builds in three folders.
 */
import { describe, expect, it } from 'vitest';
import { INCREMENTAL_PLUGIN, hashingWithoutRoot } from '../../../src/integrations/portable-page-hashes.ts';
import { astroModule, astroSource } from '../../support/astro-internals.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
interface Plugin {
  name: string;
  generateBundle: Hook;
}

const PAGE = 'src/pages/bai-viet/[...id].astro';

/** The hash Astro's plugin gives the article page of a project checked out in `root`, its hook wrapped by `wrap`. */
async function pageHash(root: string, wrap: (hook: Hook) => Hook = (hook) => hook, text = 'Bài viết'): Promise<string | undefined> {
  const { pluginIncremental } = await astroModule<{ pluginIncremental: (internals: unknown, root: URL) => Plugin }>('core/build/plugins/plugin-incremental.js');
  const { VIRTUAL_PAGE_RESOLVED_MODULE_ID } = await astroModule<{ VIRTUAL_PAGE_RESOLVED_MODULE_ID: string }>('vite-plugin-pages/const.js');
  const page = `${root}/${PAGE}`;
  const lib = `${root}/src/lib/paths.ts`;
  const modules = new Map([
    [page, { id: page, code: `import "${lib}";\nconst $$Page = createComponent(() => render\`<h1>${text}</h1>\`, "${page}", void 0);`, importedIds: [lib], dynamicallyImportedIds: [], importers: [`${VIRTUAL_PAGE_RESOLVED_MODULE_ID}bai-viet`], dynamicImporters: [], meta: {} }],
    [lib, { id: lib, code: `export const here = new URL("file://${root}/src/lib/paths.ts");`, importedIds: [], dynamicallyImportedIds: [], importers: [page], dynamicImporters: [], meta: {} }],
  ]);
  const internals = { pagesByViteID: new Map([[page, { component: PAGE }]]), pageDependencyHashes: undefined as Map<string, string> | undefined };
  const plugin = pluginIncremental(internals, new URL(`file://${root}/`));
  expect(plugin.name).toBe(INCREMENTAL_PLUGIN);
  const graph = { environment: { name: 'prerender' }, getModuleIds: () => modules.keys(), getModuleInfo: (id: string) => modules.get(id) ?? null };
  const result = wrap(plugin.generateBundle).call(graph);
  expect(result).toBeUndefined(); // synchronous: the wrapper's replacement of createHash covers it
  return internals.pageDependencyHashes?.get(PAGE);
}

describe("the installed Astro's incremental plugin", () => {
  it('hashes the project’s folder into each page’s hash (what the wrapper is for)', async () => {
    const a = await pageHash('/home/runner/work/bantin/bantin');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await pageHash('/builds/toa-soan/bantin')).not.toBe(a);
  });

  it('gives the same hash in any folder once wrapped, and still tells different code apart', async () => {
    const portable = (root: string, text?: string) => pageHash(root, (hook) => hashingWithoutRoot(hook, root), text);
    const a = await portable('/home/runner/work/bantin/bantin');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await portable('/builds/toa-soan/bantin')).toBe(a);
    expect(await portable('/builds/toa-soan/bantin', 'Văn bản')).not.toBe(a);
  });

  it('hashes through the crypto module’s own createHash, the function the wrapper replaces during the hook', async () => {
    const source = await astroSource('core/build/plugins/plugin-incremental.js');
    expect(source).toContain('import crypto from "node:crypto";');
    expect(source).not.toMatch(/import \{[^}]*createHash/);
  });
});
