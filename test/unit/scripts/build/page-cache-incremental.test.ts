/**
 * Pins the internals of Astro's incremental build that scripts/build/page-cache.ts, relocate-cache.ts and
 * src/search-index/summary-cache.ts read, with the installed Astro's own writer: its record
 * (`<cacheDir>/incremental-build.json`, version 1: routes, paths, output files, photos by absolute path) and its copies
 * of pages (`<cacheDir>/dist/`). If an upgrade changes them, a rebuild copies nothing in (Astro restores each page
 * itself, 15–19 s at 14,000 pages) or a restored CI cache drops photos: it fails here first.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneSeededPages, seedFromPageCache } from '../../../../scripts/build/page-cache.ts';
import { relocateCache } from '../../../../scripts/build/relocate-cache.ts';
import { astroModule, astroSource } from '../../../support/astro-internals.ts';

interface Cache {
  record(component: string, hash: string, pathname: string, cacheKey: string, outputFile: string, contentKeys?: string[], staticImages?: unknown[], referencedImages?: string[]): void;
  writeManifest(settings: unknown): void;
  writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
}
type CacheClass = new (configHash: string, lockfileHash: string, keyDigest: string) => Cache;

const ARTICLE = 'src/pages/bai-viet/[...id].astro';
let dir = '';
let cacheDir = '';
let settings: unknown;

/** A build as Astro records it: each article page rendered and kept in the cache, one naming a photo by path. */
async function astroBuild(articles: string[], root = '/runner-1/bantin') {
  const { IncrementalBuildCache } = await astroModule<{ IncrementalBuildCache: CacheClass }>('core/build/incremental.js');
  const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
  for (const slug of articles) {
    const outputFile = `bai-viet/${slug}/index.html`;
    await cache.writeOutputFile(settings, outputFile, `<h1>${slug}</h1>`);
    cache.record(ARTICLE, 'hash', `/bai-viet/${slug}/`, slug, outputFile, [], [{ originalSrcPath: `${root}/content/anh.png` }], [`${root}/content/anh.png`]);
  }
  cache.writeManifest(settings);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bantin-incremental-'));
  cacheDir = join(dir, 'cache');
  settings = { config: { cacheDir: pathToFileURL(`${cacheDir}/`) } };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the installed Astro's incremental build record and page copies", () => {
  it('are read to copy the cached pages into the output folder, and to remove those Astro no longer builds', async () => {
    await astroBuild(['a', 'b']);
    const out = join(dir, 'out');
    const seeded = await seedFromPageCache(cacheDir, out);
    expect(seeded.files.sort()).toEqual(['bai-viet/a/index.html', 'bai-viet/b/index.html']);
    expect(await readFile(join(out, 'bai-viet/a/index.html'), 'utf8')).toBe('<h1>a</h1>');

    await astroBuild(['a']); // the next build: b was deleted
    expect(await pruneSeededPages(cacheDir, out, seeded)).toBe(1);
    expect(existsSync(join(out, 'bai-viet/b'))).toBe(false);
    expect(existsSync(join(out, 'bai-viet/a/index.html'))).toBe(true);
  });

  it('names photos by absolute path, which a cache restored in another folder has moved', async () => {
    await astroBuild(['a'], '/runner-1/bantin');
    relocateCache(cacheDir, '/runner-1/bantin');
    expect(relocateCache(cacheDir, '/runner-2/x/bantin')).toBe(true);
    const record = await readFile(join(cacheDir, 'incremental-build.json'), 'utf8');
    expect(record).toContain('"/runner-2/x/bantin/content/anh.png"');
    expect(record).not.toContain('/runner-1/');
  });

  it('leave a page already in the output folder as it is (what makes copying them in first pay)', async () => {
    const generate = await astroSource('core/build/generate.js');
    expect(generate).toContain('const existsInDist = nodeFs.existsSync(outFile);');
    expect(generate).toContain('const restored = !existsInDist && await cache.restoreOutputFile(');
  });
});
