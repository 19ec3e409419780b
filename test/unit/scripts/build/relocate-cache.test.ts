import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relocateCache } from '../../../../scripts/build/relocate-cache.ts';

describe('a restored cache’s record of photos', () => {
  it('names the files of the checkout it is restored into', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'bantin-relocate-'));
    try {
      const record = (root: string) => JSON.stringify({ routes: { r: { paths: { '/x/': { referencedImages: [`${root}/content/anh.png`], staticImages: [{ originalSrcPath: `${root}/content/anh.png` }] } } } } });
      expect(relocateCache(cache, '/runner-1/bantin/')).toBe(false); // a first build: nothing to move
      await writeFile(join(cache, 'incremental-build.json'), record('/runner-1/bantin'));
      expect(relocateCache(cache, '/runner-1/bantin')).toBe(false); // the same folder again
      expect(relocateCache(cache, '/runner-2/x/bantin')).toBe(true);
      expect(await readFile(join(cache, 'incremental-build.json'), 'utf8')).toBe(record('/runner-2/x/bantin'));
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });
});
