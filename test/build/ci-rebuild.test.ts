import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutCache, freshCheckout, pagesRendered, restoreCache } from '../../scripts/bench/checkout.ts';
import { cleanEnv } from '../support/build-site.ts';
import { listFiles } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

/**
 * Publishing from CI as a rebuild (issue 22): the cache of a build in one checkout, restored into a checkout in
 * another folder (new absolute paths, every file's time new, as actions/cache or GitLab's cache gives it), makes the
 * next build there a rebuild, and that rebuild's dist/ is byte for byte a cold build's of the same content.
 */
const work = join(tmpRoot, 'ci-rebuild');
const fixture = join(work, 'content');
// Three runners' folders, of different depths.
const first = join(work, 'runner-1/bantin');
const second = join(work, 'runner-2/builds/toa-soan/bantin');
const cold = join(work, 'cold');

/** The sample content and a month of 2022 with photos: twelve articles, one with a cover, one with a photo in its text. */
async function writeFixture() {
  await rm(work, { recursive: true, force: true });
  await cp(join(projectRoot, 'content'), fixture, { recursive: true });
  const dir = join(fixture, 'articles/2022');
  await mkdir(dir, { recursive: true });
  await copyFile(join(projectRoot, 'test/fixtures/cover.png'), join(dir, 'anh-bia.png'));
  for (let i = 1; i <= 12; i++) {
    const cover = i === 3 ? 'cover:\n  src: ./anh-bia.png\n  alt: Toàn cảnh hội nghị\n  credit: Gia Huy\n' : '';
    const photo = i === 5 ? '\n![Quang cảnh hội nghị](./anh-bia.png "Quang cảnh hội nghị. Ảnh: Gia Huy")\n' : '';
    await writeFile(
      join(dir, `hoi-nghi-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: Hội nghị lần thứ ${i}\ndate: 2022-03-${String(i + 1).padStart(2, '0')}T08:00:00+07:00\nauthor: ${i % 2 ? 'nhat-thy' : 'gia-huy'}\n` +
        `unit: ${i % 2 ? 'van-phong-chinh-phu' : 'van-phong-tinh-uy-dong-nai'}\nlede: Hội nghị lần thứ ${i} bàn về công tác văn phòng.\n${cover}---\n\n` +
        `Nội dung hội nghị lần thứ ${i}.\n${photo}`,
    );
  }
}

/** The edit pushed between the two CI runs: a paragraph added to one article of March 2022. */
const EDITED = 'articles/2022/hoi-nghi-07.md';
const edit = async (checkout: string) => {
  const file = join(checkout, 'content', EDITED);
  await writeFile(file, `${await readFile(file, 'utf8')}\nĐoạn văn thêm sau hội nghị.\n`);
};

/** `npm run build` in a checkout, as CI runs it: its own content and its cache in node_modules/.astro. */
function build(checkout: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
  delete env.BANTIN_CONTENT;
  delete env.BANTIN_CACHE_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: checkout, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Files under `dir` last written at or after `time`. */
async function writtenSince(dir: string, time: number): Promise<string[]> {
  const files = await listFiles(dir);
  const times = await Promise.all(files.map((file) => stat(join(dir, file)).then((info) => info.mtimeMs)));
  return files.filter((_, i) => times[i]! >= time);
}

let secondStarted = 0;

beforeAll(async () => {
  await writeFixture();
  await freshCheckout(projectRoot, first, fixture);
  const firstBuild = await build(first);
  expect(firstBuild.code, firstBuild.output).toBe(0);

  // The next push: a new runner checks out the edited content in another folder and restores the cache.
  await freshCheckout(projectRoot, second, fixture);
  await edit(second);
  await restoreCache(checkoutCache(first), checkoutCache(second), new Date());
  await rm(first, { recursive: true, force: true }); // nothing of the first runner is left to lean on
  await freshCheckout(projectRoot, cold, fixture);
  await edit(cold);
  secondStarted = Date.now() + 1;
  const [rebuild, coldBuild] = await Promise.all([build(second), build(cold)]);
  expect(rebuild.code, rebuild.output).toBe(0);
  expect(coldBuild.code, coldBuild.output).toBe(0);
}, 900_000); // three builds, two of them side by side

describe('a CI build with the cache of the last run restored into a checkout in another folder', () => {
  it('renders only the pages the edit changed: every other page comes from the cache', async () => {
    const { rendered, kept } = await pagesRendered(checkoutCache(second), secondStarted);
    expect(rendered).toContain('bai-viet/2022/hoi-nghi-07/index.html');
    for (const page of ['bai-viet/2022/hoi-nghi-06/index.html', 'bai-viet/2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy/index.html', 'van-ban/53-nq-cp/index.html', 'gioi-thieu/index.html'])
      expect(rendered).not.toContain(page);
    expect(rendered.length).toBeLessThan(kept / 3);
  });

  it('keeps the search shards of the months it did not change, and the edition’s PDF', async () => {
    const shards = await readdir(join(checkoutCache(second), 'search/shards'));
    const keptShards = [];
    for (const shard of shards) if ((await stat(join(checkoutCache(second), 'search/shards', shard, '.complete'))).mtimeMs < secondStarted) keptShards.push(shard);
    expect(keptShards.length).toBeGreaterThan(0);
    expect(keptShards.length).toBeLessThan(shards.length); // March 2022's shard was indexed again
    const pdfs = (await listFiles(join(checkoutCache(second), 'editions'))).filter((file) => file.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(await writtenSince(join(checkoutCache(second), 'editions'), secondStarted)).toEqual([]);
  });

  it('publishes exactly what a cold build of the same content publishes, byte for byte', async () => {
    const [ours, theirs] = await Promise.all([listFiles(join(second, 'dist')), listFiles(join(cold, 'dist'))]);
    expect(ours).toEqual(theirs);
    const differing = [];
    for (const file of ours) if (!(await readFile(join(second, 'dist', file))).equals(await readFile(join(cold, 'dist', file)))) differing.push(file);
    expect(differing).toEqual([]);
    expect(await readFile(join(second, 'dist/bai-viet/2022/hoi-nghi-07/index.html'), 'utf8')).toContain('Đoạn văn thêm sau hội nghị.');
  });
});
