import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

/** How every shard is indexed: part of each shard's cache key. */
export const PAGEFIND_OPTIONS = { forceLanguage: 'vi' } as const;

/** Pagefind's own search UIs and playground: bantin has its own search page and ships none of them. */
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.|playground\/)/;

/** Pagefind's script, Web Worker and WebAssembly: the browser loads them from the newest shard's folder. */
export const isRuntimeFile = (path: string) => /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.test(path);

const fail = (what: string, errors: readonly string[]) => {
  throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
};

/**
 * Index one shard's pages into `outDir` with its own Pagefind indexer, which is stopped when done: the memory of a
 * build's indexing is bounded by its largest shard, not by the archive.
 */
export async function indexShard(pages: readonly { url: string; document: string }[], outDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
    if (!index || errors.length) return fail('start', errors);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.document });
      if (added.errors.length) fail(`read ${page.url}`, added.errors);
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length) fail('write the index', writeErrors);
    for (const file of files) {
      const path = file.path.split('\\').join('/');
      if (UNUSED.test(path)) continue;
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await writeFile(join(outDir, path), file.content);
    }
  } finally {
    await pagefind.close();
  }
}
