/**
 * Pins the internal src/loaders/holding-store-writes.ts leans on, with the installed Astro's own content store: a
 * change stored in a collection's meta store is written to disk after a short countdown (half a second in Astro
 * 7.3), and each change restarts it. If an upgrade shortens the countdown below the hold's renewal, or stops
 * restarting it, a rebuild writes the whole store in the middle of a sync again (about 5 s at 10,000 articles).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { holdingStoreWrites } from '../../../src/loaders/holding-store-writes.ts';
import { astroModule } from '../../support/astro-internals.ts';

interface MetaStore {
  set(key: string, value: string): void;
}
interface Store {
  metaStore(collection: string): MetaStore;
  onFileWritten(listener: () => void): void;
  waitUntilSaveComplete(): Promise<void>;
}

/** A loader as a rebuild runs it: the sync's digests stored first, seconds comparing unchanged files, then one entry. */
const rebuildLoader: Loader = {
  name: 'articles',
  load: async ({ meta }) => {
    meta.set('digest', 'a');
    await new Promise((done) => setTimeout(done, 1_500));
    meta.set('edited', 'b');
  },
};

/** How many times Astro's store wrote its file while `loader` ran, and in all. */
async function writesDuring(loader: Loader): Promise<{ during: number; total: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'bantin-store-writes-'));
  try {
    const { MutableDataStore } = await astroModule<{ MutableDataStore: { fromFile(file: URL): Promise<Store> } }>('content/mutable-data-store.js');
    const store = await MutableDataStore.fromFile(pathToFileURL(join(dir, 'data-store.json')));
    let writes = 0;
    store.onFileWritten(() => writes++);
    await loader.load({ meta: store.metaStore('articles') } as unknown as LoaderContext);
    const during = writes;
    await store.waitUntilSaveComplete();
    return { during, total: writes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.concurrent("the installed Astro's content store", () => {
  it('writes itself in the middle of a long sync when nothing holds it (the countdown the hold restarts)', async () => {
    expect((await writesDuring(rebuildLoader)).during).toBeGreaterThan(0);
  });

  it('writes once, after the loader, when the loader holds its writes', async () => {
    expect(await writesDuring(holdingStoreWrites(rebuildLoader))).toEqual({ during: 0, total: 1 });
  });
});
