/**
 * npm run build [-- --outDir <dir>]: build the site next to the published one, index it for search, then swap it
 * in. A build that fails for any reason leaves the previous dist/ exactly as it was.
 *
 * Astro builds the pages in a child process. While it renders, the search shards of the years it has finished are
 * indexed on the core it leaves idle (src/search-index/prewarm.ts); the index itself is put together after it has
 * exited, so Astro's memory and the whole index are never held at once.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { site } from '../src/data/site.ts';
import { cacheDir } from '../src/project-dirs.ts';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { SearchPrewarm } from '../src/search-index/prewarm.ts';
import { searchLimits } from '../src/search-index/shard-plan.ts';
import { pruneSeededPages, seedFromPageCache } from './build/page-cache.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const target = resolve(values.outDir);
const staging = `${target}.next`;
const previous = `${target}.previous`;

function fail(message?: string): never {
  if (message) console.error(`\n${message}`);
  console.error(`\nThe build failed; ${values.outDir}/ was left as it was.`);
  process.exit(1);
}

/**
 * An article page Astro starts (or keeps from its cache): `├─ /bai-viet/2024/x/index.html`. Astro renders a few pages
 * at once, so one line of its log may name several, each followed later by its time.
 */
const ARTICLE_PAGE = /├─ \/(bai-viet\/\S+?\/index\.html)/g;

/** Run Astro's build in its own process, echoing its output and telling `onLine` of each line. */
function astroBuild(outDir: string, onLine: (line: string) => void): Promise<number | null> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('build/astro-build.ts', import.meta.url)), '--outDir', outDir], {
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) onLine(line);
    });
    child.on('error', reject);
    child.on('close', done);
  });
}

await rm(staging, { recursive: true, force: true });
try {
  const options = { dist: staging, cacheDir: cacheDir(root), timeZone: site.timeZone, limits: searchLimits(process.env) };
  const seeded = await seedFromPageCache(options.cacheDir, staging);
  const prewarm = new SearchPrewarm(options);
  const code = await astroBuild(staging, (line) => {
    for (const [, path] of line.replace(/\x1b\[[0-9;]*m/g, '').matchAll(ARTICLE_PAGE)) prewarm.page(path!);
  });
  const prewarmed = await prewarm.finish();
  if (code !== 0) throw new Error();
  await pruneSeededPages(options.cacheDir, staging, seeded);
  const time = () => new Date().toTimeString().slice(0, 8);
  await buildSearchIndex({ ...options, prewarmed, log: (line) => console.log(`${time()} [search] ${line}`) });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`Published the new build to ${values.outDir}/`);
