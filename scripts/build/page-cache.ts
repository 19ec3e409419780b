/**
 * Astro's incremental build keeps a copy of every page it rendered with a cache key (`<cacheDir>/dist/`) and, in
 * the next build, copies each unchanged page from there into the output folder, one page at a time: 15–19 s for
 * 14,000 pages, most of a rebuild. A page already in the output folder is left as it is ("cached"), so the build
 * puts those copies into the fresh output folder in one native recursive copy before Astro starts, and afterwards
 * removes the copies of pages Astro no longer builds.
 *
 * Copies, never hard links: Astro rewrites a changed page in place, and a link would change the published site
 * (and Astro's cache) before the build has succeeded.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inBatches } from '../../src/node/batches.ts';
import { filesUnder } from '../../src/node/files.ts';

/**
 * Astro's record of its incremental build (astro/dist/core/build/incremental.js), as far as it is read here: a
 * framework internal, pinned by test/unit/scripts/build/page-cache-incremental.test.ts with Astro's own writer.
 */
interface IncrementalManifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const MANIFEST_VERSION = 1;

function readManifest(cacheDir: string): IncrementalManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as IncrementalManifest;
    return manifest.version === MANIFEST_VERSION && typeof manifest.routes === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The output files (relative, `/`-separated) Astro recorded with a cache key in its last build. */
function keyedOutputs(manifest: IncrementalManifest): Set<string> {
  const outputs = new Set<string>();
  for (const route of Object.values(manifest.routes)) for (const path of Object.values(route.paths)) outputs.add(path.outputFile);
  return outputs;
}

export interface SeededPages {
  /** pages copied into the output folder */
  files: string[];
  /** when the copy finished: a page Astro writes afterwards is newer */
  at: number;
}

/**
 * Copy Astro's cached pages into the (empty) output folder. Nothing is copied when Astro's record is missing or
 * of a format this code does not know: Astro then restores pages itself, slowly but correctly.
 */
export async function seedFromPageCache(cacheDir: string, outDir: string): Promise<SeededPages> {
  const pages = join(cacheDir, 'dist');
  if (!readManifest(cacheDir) || !existsSync(pages)) return { files: [], at: Date.now() };
  const files = await filesUnder(pages);
  cpSync(pages, outDir, { recursive: true });
  // A millisecond on: a copy made in the clock's last millisecond is older still (Astro writes nothing before this returns).
  return { files, at: Date.now() + 1 };
}

/**
 * After Astro's build: remove each copied page Astro neither recorded in this build nor wrote (an article deleted
 * or moved since), then the folders left empty. Returns how many were removed.
 */
export async function pruneSeededPages(cacheDir: string, outDir: string, seeded: SeededPages): Promise<number> {
  if (seeded.files.length === 0) return 0;
  const manifest = readManifest(cacheDir);
  if (!manifest) throw new Error(`Astro's incremental build record in ${cacheDir} cannot be read after the build`);
  const kept = keyedOutputs(manifest);
  const stale = (
    await inBatches(seeded.files, 64, async (file) => {
      if (kept.has(file)) return undefined;
      const info = await stat(join(outDir, file)).catch(() => undefined);
      return info && info.mtimeMs < seeded.at ? file : undefined;
    })
  ).filter((file): file is string => file !== undefined);
  await inBatches(stale, 64, (file) => rm(join(outDir, file), { force: true }));
  // Folders emptied by the removals, deepest first; a folder still holding something stays.
  const folders = [...new Set(stale.map((file) => dirname(file)))].sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    for (let dir = folder; dir !== '.' && dir !== ''; dir = dirname(dir)) {
      if (!(await rmdir(join(outDir, dir)).then(() => true, () => false))) break;
    }
  }
  return stale.length;
}
