/**
 * npm run build [-- --outDir <dir>] [--verbose]: build the site next to the published one, index it for search, then
 * swap it in. A build that fails for any reason leaves the previous dist/ exactly as it was. What it prints (phases,
 * one progress line, a summary of what changed against the replaced site) is build/console-report.ts's; every line,
 * Astro's included, goes to dist.log.
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
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteConfigOrExit } from './cli/site-config.ts';
import { untestedVersions, untestedVersionsWarning } from './cli/tested-versions.ts';
import { CONTENT_CHECKED } from '../src/integrations/bantin.ts';
import { checkContent, contentErrorMessage } from '../src/content-check/check-content.ts';
import { formatDiagnostic, hasErrors, summariseWarnings } from '../src/content-files/diagnostic.ts';
import { buildInstant } from '../src/lib/publication.ts';
import { cacheDir, contentDir } from '../src/node/project-dirs.ts';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { SearchPrewarm } from '../src/search-index/prewarm.ts';
import { SummaryCache } from '../src/search-index/summary-cache.ts';
import { searchLimits } from '../src/search-index/shard-plan.ts';
import { pruneSeededPages, seedFromPageCache } from './build/page-cache.ts';
import { relocateCache } from './build/relocate-cache.ts';
import { buildEditionPdfs } from '../src/editions/build-editions.ts';
import { readBuildArgs } from './build/args.ts';
import { BuildReport } from './build/console-report.ts';
import { diffSites } from './build/site-diff.ts';
import { articleChanges } from './build/article-changes.ts';
import { recordSite, takeSiteRecord } from './build/build-records.ts';
import { fullArticleLists, summaryLines } from './build/summary.ts';
import { formatCount } from '../src/lib/text.ts';

const read = readBuildArgs(process.argv.slice(2));
if (!read.ok) {
  (read.code === 0 ? console.log : console.error)(read.text);
  process.exit(read.code);
}
const { outDir, verbose } = read.args;
const root = fileURLToPath(new URL('..', import.meta.url));
const target = resolve(outDir);
const staging = `${target}.next`;
const previous = `${target}.previous`;
const report = new BuildReport({ verbose, tty: process.stdout.isTTY === true, logFile: `${target}.log` });

async function fail(message?: string): Promise<never> {
  if (message) report.error(`\n${message}`);
  report.error(`\nDựng trang thất bại; ${outDir}/ vẫn giữ nguyên như trước. Nhật ký đầy đủ: ${outDir}.log`);
  await report.close();
  process.exit(1);
}

// The configuration first: a mistake in it is told as one line and nothing is touched.
const site = await siteConfigOrExit(fail);

/**
 * Astro's build in a process of its own, its output told to the report (each article page it starts to `onArticle`),
 * its errors held until `showErrors()`: an editor whose content fails the check is told that, not Astro's complaint.
 */
function startAstroBuild(outDir: string, onArticle: (page: string) => void) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('build/astro-build.ts', import.meta.url)), '--outDir', outDir], {
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, [CONTENT_CHECKED]: '1' },
  });
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => report.astroOutput(chunk, onArticle));
  child.on('message', (message: { pages?: number }) => typeof message.pages === 'number' && report.pagesToWrite(message.pages));
  let heldErrors: Buffer[] | undefined = [];
  child.stderr!.on('data', (chunk: Buffer) => (heldErrors ? heldErrors.push(chunk) : report.astroErrors(chunk)));
  const exited = new Promise<number | null>((done, reject) => {
    child.on('error', reject);
    child.on('close', done);
  });
  return {
    exited,
    /** The output folder is ready: Astro may write pages. */
    outputReady: () => child.connected && child.send('ready'),
    showErrors() {
      for (const chunk of heldErrors ?? []) report.astroErrors(chunk);
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

const untested = untestedVersionsWarning(untestedVersions(root));
if (untested) report.say(untested);
report.say(`Dựng site vào ${outDir}.next/; ${outDir}/ giữ nguyên tới khi xong.`);
await rm(staging, { recursive: true, force: true });
// A cache restored from a build in another folder (CI) names that folder's files: Astro must find this one's.
relocateCache(cacheDir(root), root);
const clearing = removeMeanwhile(previous);
clearing.catch(() => {}); // awaited before the swap; a failed build must not die of it first
const options = { dist: staging, cacheDir: cacheDir(root), timeZone: site.timeZone, limits: searchLimits(process.env) };
let copiedBefore: number | undefined;
try {
  const sameCache = await takeSiteRecord(options.cacheDir, target);
  const prewarm = new SearchPrewarm(options);
  const astro = startAstroBuild(staging, (page) => prewarm.page(page));
  try {
    // While Astro starts on one core: copy its cached pages in, and check the content on the other.
    const seeded = await report.phase('chép trang đã dựng từ bộ nhớ đệm', () => seedFromPageCache(options.cacheDir, staging), (s) => `${formatCount(s.files.length)} tệp`);
    prewarm.reuse(await SummaryCache.load(options.cacheDir, staging, seeded.at));
    if (sameCache) copiedBefore = seeded.at;
    astro.outputReady();
    const diagnostics = await report.phase('kiểm tra nội dung', () => checkContent(root, site), contentTally, (d) => !hasErrors(d));
    for (const d of diagnostics) if (d.severity === 'warning') report.logOnly(formatDiagnostic(d));
    for (const line of summariseWarnings(diagnostics, verbose ? Infinity : 3)) report.say(`  ${line}`);
    if (hasErrors(diagnostics)) throw new Error(contentErrorMessage(diagnostics));
    astro.showErrors();
    const code = await astro.exited;
    report.astroDone(code === 0);
    const prewarmed = await prewarm.finish();
    if (code !== 0) throw new Error();
    await pruneSeededPages(options.cacheDir, staging, seeded);
    const time = () => new Date().toTimeString().slice(0, 8);
    await report.phase(
      'PDF số báo',
      () => buildEditionPdfs({ dist: staging, cacheDir: options.cacheDir, siteUrl: site.url, log: (line) => report.detail(`${time()} [edition] ${line}`) }),
      editionTally,
    );
    await report.phase(
      'chỉ mục tìm kiếm',
      () => buildSearchIndex({ ...options, prewarmed, log: (line) => report.detail(`${time()} [search] ${line}`) }),
      (index) => `${formatCount(index.pages)} bài, ${index.shards.length} phần (${index.shards.filter((s) => s.reused).length} dùng lại)`,
    );
  } finally {
    astro.stop();
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await fail(error instanceof Error ? error.message : String(error));
}

// What the new site changes, against the one it replaces (read before the swap, while both are whole). The site is
// published even if this account cannot be made.
const changes = await report
  .phase('so với bản trước', async () => {
    const diff = await diffSites(target, staging, copiedBefore);
    const now = buildInstant(process.env.SOURCE_DATE_EPOCH);
    const articlesDir = join(contentDir(root), 'articles');
    const articles = await articleChanges({ diff, previousDir: target, nextDir: staging, articlesDir, cacheDir: options.cacheDir, now, timeZone: site.timeZone });
    return { diff, articles };
  }, ({ diff: d }) => (d.previousFiles ? `thêm ${formatCount(d.added.length)}, đổi ${formatCount(d.changed.length)}, bớt ${formatCount(d.removed.length)} tệp` : 'chưa có bản trước'))
  .catch((error: unknown) => {
    report.say(`Không so được với bản trước (${error instanceof Error ? error.message : String(error)}); vẫn xuất bản.`);
    return undefined;
  });
if (changes) for (const line of fullArticleLists(changes.articles)) report.logOnly(line);

await clearing;
const replaced = existsSync(target);
if (replaced) await rename(target, previous);
await rename(staging, target);
await recordSite(options.cacheDir, target);
report.say(`Đã xuất bản bản dựng mới vào ${outDir}/`);
for (const line of summaryLines({
  outDir,
  changes,
  phases: report.phases,
  totalMs: report.elapsed(),
  previous: replaced ? `${outDir}.previous` : undefined,
  logFile: `${outDir}.log`,
})) {
  report.say(line);
}
await report.close();

/** `2 số dựng lại, 40 số không đổi` */
function editionTally(editions: readonly { rendered: boolean }[]): string {
  if (editions.length === 0) return 'không có số báo';
  const rendered = editions.filter((e) => e.rendered).length;
  const kept = editions.length - rendered;
  return [rendered ? `${formatCount(rendered)} số dựng lại` : '', kept ? `${formatCount(kept)} số không đổi, dùng lại bản đã dựng` : ''].filter(Boolean).join(', ');
}

/** `không có lỗi, 3 cảnh báo` */
function contentTally(diagnostics: readonly { severity: string }[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return [errors ? `${formatCount(errors)} lỗi` : 'không có lỗi', warnings ? `${formatCount(warnings)} cảnh báo` : ''].filter(Boolean).join(', ');
}
