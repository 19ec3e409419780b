/**
 * npm run build [-- --outDir <dir>]: build the site next to the published one, index it for search, then swap it
 * in. A build that fails for any reason leaves the previous dist/ exactly as it was.
 *
 * Astro builds the pages in a child process. While it starts, this process copies Astro's cached pages in
 * (build/page-cache.ts), checks the content and deletes the site published before the last build (kept until then
 * in dist.previous/ for a rollback). While it renders, the search shards of the years it has finished are indexed on
 * the core it leaves idle (src/search-index/prewarm.ts); the index itself is put together after it has exited, so
 * Astro's memory and the whole index are never held at once.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteConfigOrExit } from './cli/site-config.ts';
import { CONTENT_CHECKED } from '../src/integrations/bantin.ts';
import { checkContent, contentErrorMessage } from '../src/content-check/check-content.ts';
import { hasErrors, summariseWarnings } from '../src/content-check/diagnostic.ts';
import { cacheDir } from '../src/project-dirs.ts';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { SearchPrewarm } from '../src/search-index/prewarm.ts';
import { SummaryCache } from '../src/search-index/summary-cache.ts';
import { searchLimits } from '../src/search-index/shard-plan.ts';
import { pruneSeededPages, seedFromPageCache } from './build/page-cache.ts';
import { buildEditionPdfs } from '../src/editions/build-editions.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const target = resolve(values.outDir);
const staging = `${target}.next`;
const previous = `${target}.previous`;

function fail(message?: string): never {
  if (message) console.error(`\n${message}`);
  console.error(`\nDựng trang thất bại; ${values.outDir}/ vẫn giữ nguyên như trước.`);
  process.exit(1);
}

// The configuration first: a mistake in it is told as one line and nothing is touched.
const site = await siteConfigOrExit(fail);

/**
 * An article page Astro starts (or keeps from its cache): `├─ /bai-viet/2024/x/index.html`. Astro renders a few pages
 * at once, so one line of its log may name several, each followed later by its time.
 */
const ARTICLE_PAGE = /├─ \/(bai-viet\/\S+?\/index\.html)/g;

/**
 * Astro's build in a process of its own, its output echoed (each line told to `onLine`) except its errors, which
 * are held until `showErrors()`: an editor whose content fails the check is told that, not Astro's own complaint.
 */
function startAstroBuild(outDir: string, onLine: (line: string) => void) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('build/astro-build.ts', import.meta.url)), '--outDir', outDir], {
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, [CONTENT_CHECKED]: '1' },
  });
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  let heldErrors: Buffer[] | undefined = [];
  child.stderr!.on('data', (chunk: Buffer) => (heldErrors ? heldErrors.push(chunk) : process.stderr.write(chunk)));
  const exited = new Promise<number | null>((done, reject) => {
    child.on('error', reject);
    child.on('close', done);
  });
  return {
    exited,
    /** The output folder is ready: Astro may write pages. */
    outputReady: () => child.connected && child.send('ready'),
    showErrors() {
      for (const chunk of heldErrors ?? []) process.stderr.write(chunk);
      heldErrors = undefined;
    },
    stop: () => child.kill(),
  };
}

/**
 * Delete a folder on a thread of its own. Unlinking a 10,000-article site keeps the kernel busy 7–9 s: the site
 * published before the last build (`dist.previous/`, kept until now for a rollback) goes while Astro starts.
 */
function removeMeanwhile(dir: string): Promise<void> {
  return new Promise((done, reject) => {
    const worker = new Worker(`require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`, { eval: true });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? done() : reject(new Error(`không xóa được ${dir}`))));
  });
}

await rm(staging, { recursive: true, force: true });
const clearing = removeMeanwhile(previous);
clearing.catch(() => {}); // awaited before the swap; a failed build must not die of it first
try {
  const options = { dist: staging, cacheDir: cacheDir(root), timeZone: site.timeZone, limits: searchLimits(process.env) };
  const prewarm = new SearchPrewarm(options);
  const astro = startAstroBuild(staging, (line) => {
    for (const [, path] of line.replace(/\x1b\[[0-9;]*m/g, '').matchAll(ARTICLE_PAGE)) prewarm.page(path!);
  });
  try {
    // While Astro starts on one core: copy its cached pages in, and check the content on the other.
    const seeded = await seedFromPageCache(options.cacheDir, staging);
    prewarm.reuse(await SummaryCache.load(options.cacheDir, staging, seeded.at));
    astro.outputReady();
    const diagnostics = await checkContent(root, site);
    for (const line of summariseWarnings(diagnostics)) console.warn(`[bantin] ${line}`);
    if (hasErrors(diagnostics)) throw new Error(contentErrorMessage(diagnostics));
    astro.showErrors();
    const code = await astro.exited;
    const prewarmed = await prewarm.finish();
    if (code !== 0) throw new Error();
    await pruneSeededPages(options.cacheDir, staging, seeded);
    const time = () => new Date().toTimeString().slice(0, 8);
    await buildEditionPdfs({ dist: staging, cacheDir: options.cacheDir, siteUrl: site.url, log: (line) => console.log(`${time()} [edition] ${line}`) });
    await buildSearchIndex({ ...options, prewarmed, log: (line) => console.log(`${time()} [search] ${line}`) });
  } finally {
    astro.stop();
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}

await clearing;
if (existsSync(target)) await rename(target, previous);
await rename(staging, target);
console.log(`Đã xuất bản bản dựng mới vào ${values.outDir}/`);
