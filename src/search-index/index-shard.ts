import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { inBatches } from '../node/batches.ts';
import { childPeakMiB } from './child-memory.ts';

/**
 * How every shard is indexed: part of each shard's cache key. Index chunks of 2,000 word locations instead of
 * Pagefind's 20,000: a query term then loads about a third of the bytes per shard, for a slightly longer list of
 * chunks in the shard's metadata (measured on 669 articles: 27 against 68 KiB of index for "chu duc nhuan", 9.3
 * against 7.5 KiB of metadata). Pagefind reads the size from its environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`).
 */
export const PAGEFIND_OPTIONS = { forceLanguage: 'vi', indexChunkSize: 2000 } as const;

/** Pagefind's own search UIs and playground: bantin has its own search page and ships none of them. */
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.|playground$)/;

/** Pagefind's script, Web Worker and WebAssembly: the browser loads them from the newest shard's folder. */
export const isRuntimeFile = (path: string) => /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.test(path);

export interface ShardToIndex {
  /** its pages' documents, read when the shard's turn comes */
  documents: () => Promise<readonly { url: string; document: string }[]>;
  /** where its bundle is written */
  outDir: string;
}

export interface IndexingFigures {
  seconds: number;
  /** the indexer process's largest resident memory while this shard was indexed */
  peakMiB: number | undefined;
}

const fail = (what: string, errors: readonly string[]) => {
  throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
};

/** A shard's documents written out as a small site for Pagefind to read (faster than sending them one by one). */
async function writeSource(shard: ShardToIndex): Promise<{ source: string; pages: number }> {
  const source = `${shard.outDir}.source`;
  await rm(source, { recursive: true, force: true });
  const pages = await shard.documents();
  await inBatches(pages, 64, async (page) => {
    const file = join(source, page.url, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page.document);
  });
  return { source, pages: pages.length };
}

async function index(source: string, pages: number, outDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: PAGEFIND_OPTIONS.forceLanguage });
    if (!index || errors.length) return fail('start', errors);
    const added = await index.addDirectory({ path: source });
    if (added.errors.length) fail('read the pages', added.errors);
    if (added.page_count !== pages) fail('read every page', [`${added.page_count} of ${pages} pages indexed`]);
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) fail('write the index', written.errors);
  } finally {
    // The indexer process stops after each shard: its memory never holds more than one shard.
    await pagefind.close();
  }
  for (const entry of await readdir(outDir)) if (UNUSED.test(entry)) await rm(join(outDir, entry), { recursive: true, force: true });
}

/**
 * Index shards one after another, each with a fresh Pagefind indexer. While one is indexed (Pagefind's work), the
 * next one's documents are read and written out. `onIndexed` hears of each shard when done. (Measured at 10,000
 * articles: while Astro renders, an indexer limited to one thread falls behind and finishes long after Astro; with
 * all threads it slows Astro a little and finishes soon after it.)
 */
export async function indexShards<T extends ShardToIndex>(shards: readonly T[], onIndexed: (shard: T, figures: IndexingFigures) => Promise<void>): Promise<void> {
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(PAGEFIND_OPTIONS.indexChunkSize);
  let next = shards[0] && writeSource(shards[0]);
  try {
    for (const [i, shard] of shards.entries()) {
      const started = performance.now();
      const { source, pages } = await next!;
      next = shards[i + 1] && writeSource(shards[i + 1]!);
      const { peakMiB } = await childPeakMiB('pagefind', () => index(source, pages, shard.outDir));
      await rm(source, { recursive: true, force: true });
      await onIndexed(shard, { seconds: (performance.now() - started) / 1000, peakMiB });
    }
  } finally {
    await next?.catch(() => {});
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  }
}
