/**
 * Pins what src/integrations/content-store-file.ts replaces: Astro's module of the content store, its id, the file it
 * embeds and the mark that keeps it out of each page's hash. If an upgrade renames the module, the pages would
 * quietly embed the 85 MB store again (a slower build); if it moves the file or changes what the module exports,
 * the pages would read the wrong thing. Either fails here first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_DATA, DATA_STORE_FILE, DATA_STORE_MODULE, contentStoreFromFile } from '../../../src/integrations/content-store-file.ts';
import { astroModule, astroSource } from '../../support/astro-internals.ts';

type Load = (id: string) => { code: string; meta: unknown } | null;

/** The load hook the integration adds to a build with `cacheDir` and `experimental`, if it adds one. */
function loadHook(cacheDir: URL, experimental: Record<string, unknown> = {}): Load | undefined {
  let load: Load | undefined;
  const setup = contentStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  const updateConfig = (config: { vite: { plugins: { load: { handler: Load } }[] } }) => (load = config.vite.plugins[0]!.load.handler);
  setup({ command: 'build', config: { cacheDir, experimental }, updateConfig });
  return load;
}

describe("the installed Astro's content store module", () => {
  it('has the id, the file and the incremental mark replaced', async () => {
    const consts = await astroModule('content/consts.js');
    expect(DATA_STORE_MODULE).toBe(consts.RESOLVED_DATA_STORE_VIRTUAL_ID);
    expect(DATA_STORE_FILE).toBe(consts.DATA_STORE_FILE);
    const { createContentDataIncrementalMetadata } = await astroModule<{ createContentDataIncrementalMetadata: () => unknown }>('core/build/incremental-metadata.js');
    expect(CONTENT_DATA).toEqual(createContentDataIncrementalMetadata());
  });

  it('reads the store from that file in the cache folder during a build, whole (not in chunks) unless asked', async () => {
    type Settings = { config: { cacheDir: URL; experimental: Record<string, unknown> }; dotAstroDir: URL };
    const paths = await astroModule<{ getDataStoreFile: (s: Settings, dev: boolean) => URL; getDataStoreChunkSize: (s: Settings) => number | undefined }>('content/paths.js');
    const settings = { config: { cacheDir: new URL('file:///cache/'), experimental: {} }, dotAstroDir: new URL('file:///root/.astro/') };
    expect(paths.getDataStoreFile(settings, false).href).toBe(`file:///cache/${DATA_STORE_FILE}`);
    expect(paths.getDataStoreChunkSize(settings)).toBeUndefined();
  });

  it('exports the file parsed as JSON, as the module put in its place does', async () => {
    const plugin = await astroSource('content/vite-plugin-content-virtual-mod.js');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(plugin).toContain('code: "export default new Map()"'); // and an empty store when there is no file

    const dir = await mkdtemp(join(tmpdir(), 'bantin-store-'));
    try {
      const load = loadHook(pathToFileURL(`${dir}/`));
      expect(load?.('\0astro:other')).toBeNull();
      const store = [{ articles: 1 }, 'bài viết'];
      await writeFile(join(dir, DATA_STORE_FILE), JSON.stringify(store));
      const module = load!(DATA_STORE_MODULE)!;
      expect(module.meta).toEqual(CONTENT_DATA);
      await writeFile(join(dir, 'store.mjs'), module.code);
      expect((await import(pathToFileURL(join(dir, 'store.mjs')).href)).default).toEqual(store);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("leaves Astro's module alone when the store is kept in chunks", () => {
    expect(loadHook(new URL('file:///cache/'), { collectionStorage: 'chunked' })).toBeUndefined();
    expect(loadHook(new URL('file:///cache/'), { collectionStorage: 'single-file' })).toBeTypeOf('function');
  });
});

