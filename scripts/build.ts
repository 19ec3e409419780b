/**
 * npm run build [-- --outDir <dir>]: build the site next to the published one, index it for search, then swap it
 * in. A build that fails for any reason leaves the previous dist/ exactly as it was.
 *
 * Astro builds the pages in a child process; the search index is built after that process has exited, one shard
 * at a time, so the memory of the two never adds up.
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
import { searchLimits } from '../src/search-index/shard-plan.ts';

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

await rm(staging, { recursive: true, force: true });
try {
  const code = await new Promise<number | null>((done, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('build/astro-build.ts', import.meta.url)), '--outDir', staging], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', done);
  });
  if (code !== 0) throw new Error();
  const time = () => new Date().toTimeString().slice(0, 8);
  await buildSearchIndex({
    dist: staging,
    cacheDir: cacheDir(root),
    timeZone: site.timeZone,
    limits: searchLimits(process.env),
    log: (line) => console.log(`${time()} [search] ${line}`),
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`Published the new build to ${values.outDir}/`);
