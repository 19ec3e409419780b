/**
 * What `npm run build` prints, on a small fixture site: phases in Vietnamese and a summary naming what changed
 * against the replaced site (pinned by snapshots, times and the order of phases that run side by side normalised);
 * a rebuild after one edit names the article; a scheduled article whose time came is named as gone live, a draft
 * published and an article made a draft are named too. And `--help`.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';
import { BUILD_USAGE } from '../../scripts/build/args.ts';

const root = join(tmpRoot, 'build-output');
const content = join(root, 'content');
const outDir = join(root, 'dist');
const cacheDir = join(root, 'cache');
/** 1 December 2026, 09:00 in Vietnam, then 10 December: the scheduled article's time (5 December) comes between. */
const BEFORE = String(Date.parse('2026-12-01T09:00:00+07:00') / 1000);
const AFTER = String(Date.parse('2026-12-10T09:00:00+07:00') / 1000);

const article = (title: string, date: string, extra = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Tóm tắt ${title.toLowerCase()}.\n${extra}---\n\nNội dung ${title.toLowerCase()}.\n`;
const file = (id: string) => join(content, 'articles', `${id}.md`);

const build = async (epoch: string) => {
  const result = await buildSite({ outDir, content, cacheDir, env: { SOURCE_DATE_EPOCH: epoch } });
  expect(result.code, result.output).toBe(0);
  return result.output;
};

/**
 * The output without what varies from one run to the next: times, the progress lines (written every few seconds),
 * the folder, and the order in which phases running side by side end (Astro starts while the content is checked).
 */
function normalise(output: string): string {
  const lines = output
    .replaceAll(root, '<tmp>')
    .replace(/\d+ ph \d+ s|\d+(?:,\d)? s\b/g, '<t>')
    .split('\n')
    .filter((line) => !/^Trang: /.test(line));
  const phasesEnd = lines.findIndex((line) => line.startsWith('✓ trang:'));
  const concurrent = lines.slice(0, phasesEnd).filter((line) => line.startsWith('✓ ')).sort();
  let next = 0;
  return lines
    .map((line, i) => (i < phasesEnd && line.startsWith('✓ ') ? concurrent[next++]! : line))
    .map((line) => (line.startsWith('  Thời gian: ') ? `  Thời gian: ${[...line.matchAll(/(?:: | · )([^·;]+?) <t>/g)].map((m) => m[1]).sort().join(', ')}` : line))
    .join('\n');
}

describe('the build output of a small site, then rebuilt', () => {
  let cold: string;
  let edited: string;
  let later: string;
  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
    await mkdir(join(content, 'articles/2026'), { recursive: true });
    await writeFile(file('2026/hoi-nghi-tong-ket'), article('Hội nghị tổng kết năm 2026', '2026-11-20T09:00:00+07:00'));
    await writeFile(file('2026/thong-bao-nghi-tet'), article('Thông báo nghỉ Tết', '2026-12-05T08:00:00+07:00'));
    await writeFile(file('2026/du-thao-ke-hoach'), article('Dự thảo kế hoạch năm 2027', '2026-11-25T09:00:00+07:00', 'draft: true\n'));
    cold = await build(BEFORE);
    await writeFile(file('2026/hoi-nghi-tong-ket'), `${await readFile(file('2026/hoi-nghi-tong-ket'), 'utf8')}\nMột đoạn văn thêm sau hội nghị.\n`);
    edited = await build(BEFORE);
    // Time passes (the scheduled notice goes out), the plan is published, the meeting's report is made a draft again.
    await writeFile(file('2026/du-thao-ke-hoach'), article('Dự thảo kế hoạch năm 2027', '2026-11-25T09:00:00+07:00'));
    await writeFile(file('2026/hoi-nghi-tong-ket'), article('Hội nghị tổng kết năm 2026', '2026-11-20T09:00:00+07:00', 'draft: true\n'));
    later = await build(AFTER);
  }, 600_000);

  it('prints phases in Vietnamese, one progress line, and the summary of a first build', () => {
    expect(normalise(cold)).toMatchSnapshot();
    expect(cold).toMatch(/^Trang: 1\/\d+ /m);
    expect(cold).not.toContain('├─');
  });

  it('names the one article edited, as changed', () => {
    expect(normalise(edited)).toMatchSnapshot();
    expect(edited).toMatch(/Bài có trang đổi \(1\):\n {4}2026\/hoi-nghi-tong-ket “Hội nghị tổng kết năm 2026”\n/);
  });

  it('names the scheduled article whose time came as gone live, the draft published, and the article made a draft', () => {
    expect(normalise(later)).toMatchSnapshot();
    expect(later).toContain('2026/thong-bao-nghi-tet “Thông báo nghỉ Tết”: đến giờ đăng đã hẹn (Thứ Bảy, 05/12/2026 08:00)');
    expect(later).toContain('2026/du-thao-ke-hoach “Dự thảo kế hoạch năm 2027”: thôi là bản nháp');
    expect(later).toContain('2026/hoi-nghi-tong-ket “Hội nghị tổng kết năm 2026”: chuyển thành bản nháp');
  });

  it('keeps every line, Astro’s included, in the log file beside the output folder', async () => {
    const log = await readFile(`${outDir}.log`, 'utf8');
    expect(log).toMatch(/├─ \/bai-viet\/2026\/thong-bao-nghi-tet\/index\.html/);
    expect(log).toContain('Bài lên mạng: 2026/du-thao-ke-hoach, 2026/thong-bao-nghi-tet');
    expect(log).toContain('Tóm tắt bản dựng');
  });
});

describe('npm run build -- --help', () => {
  it('answers in Vietnamese with the options and an example', async () => {
    const help = await runScript('scripts/build.ts', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.trim()).toBe(BUILD_USAGE);
    expect(BUILD_USAGE).toMatch(/--outDir <thư mục>[\s\S]*--verbose[\s\S]*Ví dụ:\n[\s\S]*npm run build -- /);
  });

  it('rejects an unknown option with a Vietnamese message and the help, exit 2, no trace', async () => {
    const wrong = await runScript('scripts/build.ts', ['--watch']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Lệnh này không có tùy chọn "--watch"');
    expect(wrong.stderr).toContain(BUILD_USAGE);
    expect(wrong.stderr).not.toMatch(/^\s+at /m);
    expect(wrong.stdout).toBe('');
  });
});
