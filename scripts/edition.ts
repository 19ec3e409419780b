/**
 * npm run edition -- --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--date <YYYY-MM-DD>] [--period "<kỳ>"] [--print-run <n>] [--printer "<nơi in>"]
 * Drafts the next edition's file (content/editions/<number>.md) from the articles published in a period, grouped by
 * unit, and prints its path.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentDir } from '../src/node/project-dirs.ts';
import { readRegistryFiles } from '../src/content-check/registry-files.ts';
import { formatDiagnostic } from '../src/content-files/diagnostic.ts';
import { readFrontmatter } from '../src/content-files/frontmatter.ts';
import { articleId } from '../src/lib/article-id.ts';
import { parseDay, parseInstant } from '../src/lib/dates.ts';
import { buildInstant } from '../src/lib/publication.ts';
import { filesUnder } from '../src/node/files.ts';
import { inBatches } from '../src/node/batches.ts';
import { newEditionFile, type ArticleSummary } from '../src/lib/new-edition.ts';
import { readArgs, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';

const EDITION = {
  name: 'npm run edition',
  summary:
    'soạn số bản tin tiếp theo từ các bài đã đăng trong một kỳ: ghi tệp content/editions/<số>.md ở dạng bản nháp\n' +
    '(draft: true), các bài chia chuyên mục theo đơn vị, rồi in đường dẫn của tệp.',
  required: ['from', 'to'],
  usage: '-- --from <ngày đầu> --to <ngày cuối> [--date <ngày phát hành>] [--period "<kỳ>"] [--print-run <số bản>] [--printer "<nơi in>"]',
  options: {
    from: { type: 'string', value: '<ngày đầu>', help: 'ngày đầu của kỳ, ví dụ 2024-06-01: lấy các bài đã đăng từ ngày này' },
    to: { type: 'string', value: '<ngày cuối>', help: 'ngày cuối của kỳ, ví dụ 2024-06-30' },
    date: { type: 'string', value: '<ngày phát hành>', help: 'ngày phát hành (nếu không ghi: ngày sau ngày cuối của kỳ)' },
    period: { type: 'string', value: '"<kỳ>"', help: 'kỳ in cạnh số, ví dụ "Tháng 6/2024" (nếu không ghi: tính từ --from và --to)' },
    'print-run': { type: 'string', value: '<số bản>', help: 'số lượng in (nếu không ghi: như số trước; số đầu tiên phải ghi)' },
    printer: { type: 'string', value: '"<nơi in>"', help: 'nơi in (nếu không ghi: như số trước; số đầu tiên phải ghi)' },
  },
  examples: ['npm run edition -- --from 2024-06-01 --to 2024-06-30 --print-run 500 --printer "Xí nghiệp in Văn phòng"'],
  notes: 'Sau đó: bớt bài, sắp lại thứ tự, đặt lại tên chuyên mục, rồi xóa dòng draft: true khi đã duyệt.',
} satisfies Command;

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = readArgs(EDITION);
const { timeZone } = await siteConfigOrExit();
const day = (name: string, value: string) => {
  const parsed = parseDay(value);
  return parsed.ok ? parsed.day : fail(`--${name} ${parsed.reason}`);
};
const from = day('from', values.from!);
const to = day('to', values.to!);
if (to < from) fail(`--to ${to} trước --from ${from}`);
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const date = values.date ? day('date', values.date) : nextDay(to);
const printRun = values['print-run'] === undefined ? undefined : Number(values['print-run']);
if (printRun !== undefined && !(Number.isInteger(printRun) && printRun > 0)) fail(`--print-run "${values['print-run']}" phải là một số nguyên dương, ví dụ 500`);

const content = contentDir();
const show = (path: string) => relative(process.cwd(), path);
const registry = await readRegistryFiles(content, show);
if (registry.diagnostics.some((d) => d.severity === 'error')) fail(registry.diagnostics.map(formatDiagnostic).join('\n'));

/** Each article's title, unit, date and draft flag, as written (the content check says what is wrong with one). */
const articleFiles = (await filesUnder(join(content, 'articles')).catch(() => [] as string[])).filter((file) => /\.mdx?$/i.test(file));
const articles = (
  await inBatches(articleFiles, 64, async (file): Promise<ArticleSummary | undefined> => {
    const read = readFrontmatter(file, await readFile(join(content, 'articles', file)));
    if (!read.ok) return undefined;
    const { title, unit, date, draft } = read.value.data as Record<string, unknown>;
    const instant = typeof date === 'string' ? parseInstant(date) : undefined;
    if (typeof title !== 'string' || typeof unit !== 'string' || !instant?.ok) return undefined;
    return { id: articleId(file), title, unit, date: instant.date, draft: draft === true };
  })
).filter((article): article is ArticleSummary => article !== undefined);

const editionFiles = (await filesUnder(join(content, 'editions')).catch(() => [] as string[])).filter((file) => /^[^/]+\.md$/i.test(file));
const previous = await Promise.all(
  editionFiles.map(async (file) => {
    const read = readFrontmatter(file, await readFile(join(content, 'editions', file)));
    const data = (read.ok ? read.value.data : {}) as { number?: unknown; printRun?: unknown; printer?: unknown };
    return {
      number: typeof data.number === 'number' ? data.number : 0,
      printRun: typeof data.printRun === 'number' ? data.printRun : undefined,
      printer: typeof data.printer === 'string' ? data.printer : undefined,
    };
  }),
);

const edition = newEditionFile({
  from,
  to,
  date,
  period: values.period,
  articles,
  units: registry.units.entries.map((unit) => ({ id: unit.id, name: unit.name })),
  previous,
  printRun,
  printer: values.printer,
  timeZone,
  now: buildInstant(process.env.SOURCE_DATE_EPOCH),
});
if (!edition.ok) fail(`Chưa tạo được số mới: ${edition.reason}.`);
else {
  const target = join(content, 'editions', edition.relativePath);
  if (existsSync(target)) fail(`Tệp ${show(target)} đã có: số ${edition.number} đã được tạo.`);
  await mkdir(join(content, 'editions'), { recursive: true });
  await writeFile(target, edition.content);
  console.log(show(target));
  console.error(`Số ${edition.number}: ${edition.articles} bài, ${edition.sections} chuyên mục (bản nháp). Hãy bớt bài, sắp lại thứ tự, rồi xóa dòng draft: true khi đã duyệt.`);
}
