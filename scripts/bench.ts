/**
 * npm run bench [-- --articles N[,M…]] [--search-only | --build-only]: generate a deterministic archive of N articles
 * (default 10,000), build it with bantin's production build and with a minimal Astro + Pagefind site in the same
 * run, rebuild after editing one article (in place, then as CI does: in a fresh checkout elsewhere with the cache
 * restored), and run the judged queries in headless Chromium (cost and relevance). Prints Markdown tables; writes
 * .tmp/bench/result.{json,md}. `--search-only` measures search on the last build of N articles, `--build-only`
 * the builds alone. Several sizes are built one after the other and searched in turn, query by query, so that how
 * search grows with the archive is measured on the same machine in the same minutes.
 */
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readArgs, usageError, type Command } from './cli/args.ts';
import { generateArchive } from './bench/generate-archive.ts';
import { buildPhases, searchShards } from './bench/phases.ts';
import { benchTable, growthTable, type BenchResult } from './bench/report.ts';
import { textPool } from './bench/text-pool.ts';
import { launchChromium } from './harness/chromium.ts';
import { serveDist } from './harness/static-host.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { searchCost, type SearchCost, type SearchQuery } from './bench/search-cost.ts';
import { judgedQueries } from './bench/judged-queries.ts';
import { judge, summarise } from './bench/relevance.ts';
import { editionFigures, editionReport, writeBenchEdition } from './bench/edition-cost.ts';
import { freshCheckout, pagesRendered, restoreCache } from './bench/checkout.ts';
import { rootPaths } from '../src/lib/paths.ts';
import { articleId } from '../src/lib/article-id.ts';

/** Searches sorted newest first, measured for their cost beside the judged queries (which are by relevance). */
const NEWEST: SearchQuery[] = [
  { q: 'cai cach hanh chinh', newest: true },
  { q: 'đảng ủy', newest: true },
];

const BENCH = {
  name: 'npm run bench',
  summary:
    'đo hiệu năng trên một kho bài sinh tự động: dựng site (và một site Astro + Pagefind tối giản để so sánh), dựng lại\n' +
    'sau khi sửa một bài (tại chỗ, rồi như máy CI: bản sao mới ở thư mục khác, khôi phục bộ nhớ đệm), chạy bộ truy vấn\n' +
    'đã chấm điểm trong Chromium. Kết quả ở .tmp/bench/result.{json,md}.',
  usage: '[-- --articles N[,M…]] [--search-only | --build-only]',
  options: {
    articles: { type: 'string', default: '10000', value: 'N', help: 'số bài của kho (mặc định 10000); nhiều cỡ kho cách nhau bằng dấu phẩy' },
    'search-only': { type: 'boolean', default: false, help: 'chỉ đo tìm kiếm, trên bản dựng gần nhất có N bài' },
    'build-only': { type: 'boolean', default: false, help: 'chỉ đo các lần dựng, không đo tìm kiếm' },
  },
  examples: ['npm run bench -- --articles 2000', 'npm run bench -- --articles 10000,50000 --search-only'],
} satisfies Command;

const { values } = readArgs(BENCH);
const counts = String(values.articles).split(',').map((part) => Number(part.trim()));
if (counts.some((count) => !Number.isInteger(count) || count < 1) || new Set(counts).size !== counts.length) {
  usageError(BENCH, `--articles: "${values.articles}" không phải số bài hợp lệ (số nguyên dương, nhiều cỡ thì cách nhau bằng dấu phẩy, không lặp).`);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp/bench');
const started = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function files(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => ({ path: join(e.parentPath, e.name), size: (await stat(join(e.parentPath, e.name))).size })),
  );
}

/**
 * Run a build, echoing Astro's progress lines every so often so a long build shows it is alive (bantin's build is
 * run with --verbose: its phases are read from Astro's and each step's own lines, bench/phases.ts). The disk is
 * synced first: the previous step's writes would otherwise be flushed during this build and slow it down.
 */
async function build(label: string, args: string[], env: Record<string, string>, cwd?: string): Promise<Measurement & { phases: string[] }> {
  execFileSync('sync');
  log(`${label}…`);
  let lines = 0;
  const phases: string[] = [];
  const result = await measure(process.execPath, args, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, (line) => {
    const text = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
    if (/\[types\] Generated|generating static routes|Completed in|indexed \d+|\[search\]/.test(text)) phases.push(text);
    if (++lines % 2000 === 0 || /Complete|indexed|pages? built|Building|generating/i.test(text)) log(`  ${text}`);
  }, cwd);
  if (result.code !== 0) throw new Error(`${label} failed:\n${result.output.slice(-4000)}`);
  log(`${label}: ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds?.toFixed(1) ?? '?'} s CPU, peak ${result.peakTreeMiB.toFixed(0)} MiB`);
  return { ...result, phases };
}

/** Two commands run one after the other, as one build: times add up, memory is the larger peak. */
function sequence(a: Measurement & { phases: string[] }, b: Measurement & { phases: string[] }): Measurement & { phases: string[] } {
  const add = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined ? undefined : x + y);
  return {
    ...a,
    wallSeconds: a.wallSeconds + b.wallSeconds,
    cpuSeconds: add(a.cpuSeconds, b.cpuSeconds),
    peakProcessMiB: Math.max(a.peakProcessMiB ?? 0, b.peakProcessMiB ?? 0),
    peakTreeMiB: Math.max(a.peakTreeMiB, b.peakTreeMiB),
    output: a.output + b.output,
    phases: [...a.phases, `indexed by the Pagefind CLI in ${Math.round(b.wallSeconds * 1000)} ms`],
  };
}

const figures = (m: Measurement & { phases: string[] }) => ({
  wallSeconds: m.wallSeconds,
  cpuSeconds: m.cpuSeconds,
  peakProcessMiB: m.peakProcessMiB,
  peakTreeMiB: m.peakTreeMiB,
  phases: buildPhases(m.phases),
  shards: searchShards(m.phases),
});

const seeds = join(root, 'test/fixtures/seeds');
const pool = textPool(await Promise.all((await readdir(seeds)).sort().map((f) => readFile(join(seeds, f), 'utf8'))));
const searchOnly = values['search-only'] ?? false;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const minimalDist = join(work, 'dist-minimal');
const mib = (list: { size: number }[]) => list.reduce((sum, f) => sum + f.size, 0) / 1024 / 1024;

/** One size of archive: its generated articles, where they are written, and where bantin builds them. */
interface Size {
  count: number;
  content: string;
  archive: ReturnType<typeof generateArchive>;
  /** bantin's build of it (each size its own, so that sizes can be searched in turn) */
  oursDist: string;
}

/** The archive of `count` articles, written out unless only search is measured (on the last build of that size). */
async function archiveOf(count: number): Promise<Size> {
  const content = join(work, `content-${count}`);
  log(`generating ${count} articles in ${content}`);
  const archive = generateArchive(count, pool);
  if (!searchOnly) {
    await rm(content, { recursive: true, force: true });
    for (const file of archive.files) {
      await mkdir(dirname(join(content, file.path)), { recursive: true });
      await writeFile(join(content, file.path), file.content);
    }
    // An edition of the newest articles, which the rebuild's edit leaves alone (scripts/bench/edition-cost.ts)
    await writeBenchEdition(content, archive.files, archive.files.find((f) => f.path.startsWith('articles/'))!);
  }
  return { count, content, archive, oursDist: join(work, `dist-bantin-${count}`) };
}

const indexFiles = async ({ oursDist }: Size) => (await files(oursDist)).filter((f) => /\/(chi-muc|pagefind)\//.test(f.path.slice(oursDist.length)));

/** Cold builds (the yardstick, then bantin), what bantin wrote, and a rebuild after editing one article. */
async function measureBuilds(size: Size): Promise<Omit<BenchResult, 'articles' | 'date' | 'machine' | 'search' | 'judged'> & { outputs: { cold: string; rebuild: string } }> {
  const { content, archive, oursDist } = size;
  for (const dir of [join(work, 'cache-minimal'), join(work, 'cache-bantin'), minimalDist, oursDist, `${oursDist}.previous`]) await rm(dir, { recursive: true, force: true });
  // The yardstick builds its pages with Astro, then indexes them with the Pagefind CLI, as a plain Astro user would.
  // A plain Astro site may fail at a size bantin builds (at 50,000 articles Astro's bundler cannot take its content
  // store as one string): the run goes on without the yardstick, and says why.
  let minimal: (Measurement & { phases: string[] }) | undefined;
  let minimalFailure: string | undefined;
  try {
    const minimalPages = await build('minimal Astro build', [astro, 'build', '--root', join(root, 'scripts/bench/minimal'), '--outDir', minimalDist], {
      BANTIN_CONTENT: content,
      BANTIN_CACHE_DIR: join(work, 'cache-minimal'),
    });
    const minimalIndex = await build('minimal site: Pagefind CLI', [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', minimalDist, '--force-language', 'vi'], {});
    minimal = sequence(minimalPages, minimalIndex);
  } catch (error) {
    minimalFailure = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => /error|failed/i.test(line)).slice(-2).join(' ');
    log(`the minimal build failed: ${minimalFailure}`);
  }
  const ours = await build('bantin production build', [join(root, 'scripts/build.ts'), '--outDir', oursDist, '--verbose'], {
    BANTIN_CONTENT: content,
    BANTIN_CACHE_DIR: join(work, 'cache-bantin'),
  });

  // What it wrote
  const oursFiles = await files(oursDist);
  const minimalFiles = minimal ? await files(minimalDist) : [];
  const index = await indexFiles(size);
  const article = archive.files.find((f) => f.path.startsWith('articles/'))!;
  const articleUrl = rootPaths.article(articleId(article.path.replace(/^articles\//, '')));
  const articleHtml = await readFile(join(oursDist, articleUrl, 'index.html'), 'utf8');
  const assets = [...articleHtml.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const gz = (text: string | Buffer) => gzipSync(text).length;
  let articleBytes = gz(articleHtml);
  for (const asset of new Set(assets)) articleBytes += gz(await readFile(join(oursDist, asset)));

  // Rebuild after editing one article, as every build after the first: with a site published before the last
  // build (dist.previous/) to delete while Astro starts
  cpSync(oursDist, `${oursDist}.previous`, { recursive: true });
  const edited = join(content, article.path);
  await appendFile(edited, '\nMột đoạn văn được thêm khi đo thời gian dựng lại.\n');
  const rebuild = await build('bantin rebuild after editing one article', [join(root, 'scripts/build.ts'), '--outDir', oursDist, '--verbose'], {
    BANTIN_CONTENT: content,
    BANTIN_CACHE_DIR: join(work, 'cache-bantin'),
  });
  const ci = await measureCiRebuild(size, article.path);
  return {
    ...(minimal ? { minimal: { ...figures(minimal), pages: minimalFiles.filter((f) => f.path.endsWith('.html')).length } } : { minimalFailure }),
    bantin: {
      ...figures(ours),
      pages: oursFiles.filter((f) => f.path.endsWith('.html')).length,
      distMiB: mib(oursFiles),
      indexMiB: mib(index),
      indexFiles: index.length,
    },
    rebuild: figures(rebuild),
    ciRebuild: ci,
    articlePageKiB: articleBytes / 1024,
    outputs: { cold: ours.output, rebuild: rebuild.output },
  };
}

/**
 * A rebuild as CI makes it (README, "Publishing from CI"): a checkout in another folder of the content as pushed
 * next (one more paragraph in the article the rebuild edited), its node_modules installed, the cache the last build
 * left restored with every file dated anew, and `npm run build` run there. Content, cache and output are where they
 * were in the project, relative to the checkout, as a CI job's are from one run to the next (Astro's route hashes
 * include its output and cache folders, relative to the project).
 */
async function measureCiRebuild({ content, oursDist }: Size, articlePath: string): Promise<NonNullable<BenchResult['ciRebuild']>> {
  const runner = join(work, 'ci-runner/checkout/bantin');
  const inRunner = (path: string) => join(runner, relative(root, path));
  const cache = inRunner(join(work, 'cache-bantin'));
  log('CI rebuild: a fresh checkout in another folder, the cache restored…');
  await freshCheckout(root, runner, content, relative(root, content));
  await restoreCache(join(work, 'cache-bantin'), cache);
  await appendFile(join(inRunner(content), articlePath), '\nMột đoạn văn nữa, thêm trước lần dựng trên máy CI.\n');
  const started = Date.now();
  const ci = await build('bantin CI rebuild after editing one article', [join(runner, 'scripts/build.ts'), '--outDir', inRunner(oursDist), '--verbose'], { BANTIN_CONTENT: inRunner(content), BANTIN_CACHE_DIR: cache }, runner);
  const pages = await pagesRendered(cache, started);
  log(`CI rebuild: ${pages.rendered.length} pages rendered, ${pages.kept} kept from the cache`);
  await rm(join(work, 'ci-runner'), { recursive: true, force: true });
  return { ...figures(ci), pagesRendered: pages.rendered.length, pagesCached: pages.kept };
}

/**
 * Each query is searched by this many readers, one after another, each in a browser context of their own; the median
 * of each figure is kept (this machine's milliseconds vary by a third from one search to the next).
 */
const READERS = 3;
const MEDIAN_FIGURES = ['bytes', 'indexBytes', 'completeBytes', 'pageBytes', 'ms', 'completeMs'] as const;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The judged queries (by relevance) and the newest-first ones in Chromium, each in a new browser context, on a
 * server that compresses text as a real host does; the builds' writes flushed first. With several sizes, each has
 * its own server, and their queries take turns (the first query of each size, then the second…, each reader's pass
 * through them all before the next reader's): the machine's speed, which drifts over minutes on a shared host, weighs
 * on every size alike.
 */
async function measureSearch(sizes: readonly Size[]) {
  execFileSync('sync');
  const sets = sizes.map((size) => {
    const judged = judgedQueries(size.archive);
    log(`${size.count} articles: ${judged.length} judged queries and ${NEWEST.length} newest-first ones, in headless Chromium`);
    return { judged, queries: [...judged.map((query): SearchQuery => ({ q: query.q })), ...NEWEST] };
  });
  const servers = await Promise.all(sizes.map((size) => serveDist(size.oursDist, { gzip: true })));
  const browser = await launchChromium();
  try {
    const runs = sets.map((set) => set.queries.map((): SearchCost[] => []));
    const longest = Math.max(...sets.map((set) => set.queries.length));
    for (let reader = 0; reader < READERS; reader++) {
      log(`reader ${reader + 1} of ${READERS}`);
      for (let i = 0; i < longest; i++) {
        // Sizes in turn, the first one first on even turns and last on odd ones.
        for (const s of i % 2 ? [...sizes.keys()].reverse() : [...sizes.keys()]) {
          const query = sets[s]!.queries[i];
          if (query) runs[s]![i]!.push(await searchCost(browser, servers[s]!.url, servers[s]!.log, query));
        }
      }
    }
    return sets.map((set, s) => {
      const costs = set.queries.map((query, i) => {
        const reads = runs[s]![i]!;
        const cost: SearchCost = { ...reads[0]!, ...Object.fromEntries(MEDIAN_FIGURES.map((figure) => [figure, median(reads.map((r) => r[figure]))])) };
        log(
          `  ${sizes[s]!.count}: “${query.q}”${query.newest ? ' (newest first)' : ''}: first results ${(cost.bytes / 1024).toFixed(1)} KiB, ${cost.ms} ms (${cost.results} shown); ` +
            `final ${(cost.completeBytes / 1024).toFixed(1)} KiB, ${cost.completeMs} ms (${cost.total ?? '?'} results)`,
        );
        return cost;
      });
      return { judged: set.judged.map((query, i) => judge(query, costs[i]!)), newest: costs.slice(set.judged.length) };
    });
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}

const sizes: Size[] = [];
for (const count of counts) sizes.push(await archiveOf(count));
const builds = [];
for (const size of sizes) builds.push(searchOnly ? undefined : await measureBuilds(size));
const searches = values['build-only'] ? sizes.map(() => ({ judged: [], newest: [] })) : await measureSearch(sizes);
const reports: { result: BenchResult; edition: ReturnType<typeof editionFigures> | undefined }[] = [];
for (const [s, size] of sizes.entries()) {
  const { outputs, ...buildFigures } = builds[s] ?? {};
  const { judged, newest } = searches[s]!;
  const index = await indexFiles(size);
  const result: BenchResult = {
    articles: size.count,
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version },
    ...buildFigures,
    search: newest,
    judged: judged.map(({ query, cost, rPrecision, reciprocalRank }) => ({ type: query.type, q: query.q, relevant: query.relevant?.length, target: query.target, rPrecision, reciprocalRank, cost })),
    searchTypes: summarise(judged),
    index: { mib: mib(index), files: index.length },
  };
  reports.push({ result, edition: outputs && editionFigures(outputs.cold, outputs.rebuild) });
}
// Each size's tables, then how search grows between them: each table apart, as Markdown needs.
const table = [
  ...reports.map(({ result, edition }) => benchTable(result) + (edition ? editionReport(edition) : '')),
  ...(reports.length > 1 && !values['build-only'] ? [growthTable(reports.map((r) => r.result))] : []),
]
  .map((part) => part.trim())
  .join('\n\n')
  .concat('\n');
const json = reports.map(({ result, edition }) => ({ ...result, ...(edition ? { edition } : {}) }));
const name = searchOnly ? 'search-result' : 'result';
await writeFile(join(work, `${name}.json`), `${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
await writeFile(join(work, `${name}.md`), table);
console.log(`\n${table}\nWritten to .tmp/bench/${name}.json and .tmp/bench/${name}.md`);
