/**
 * npm run new -- --title "<tiêu đề>" --unit <unit-id> --author <author-id> [--date <ISO instant>] [--draft]
 * Starts an article with complete frontmatter and prints its path.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../src/node/project-dirs.ts';
import { readRegistryFiles } from '../src/content-check/registry-files.ts';
import { formatDiagnostic } from '../src/content-files/diagnostic.ts';
import { parseInstant } from '../src/lib/dates.ts';
import { newArticleFile } from '../src/lib/new-article.ts';
import { slugify } from '../src/lib/slug.ts';
import { readArgs, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';

const NEW = {
  name: 'npm run new',
  summary: 'tạo một bài viết mới với đủ phần khai báo (frontmatter) trong content/articles/<năm>/, rồi in đường dẫn của tệp.',
  required: ['title', 'unit', 'author'],
  usage: '-- --title "<tiêu đề>" --unit <mã đơn vị> --author <mã tác giả> [--date <ngày giờ>] [--draft]',
  options: {
    title: { type: 'string', value: '"<tiêu đề>"', help: 'tiêu đề bài, đặt trong dấu ngoặc kép; tên tệp được tạo từ tiêu đề' },
    unit: { type: 'string', value: '<mã đơn vị>', help: 'mã đơn vị, có trong content/units.yaml' },
    author: { type: 'string', value: '<mã tác giả>', help: 'mã tác giả, có trong content/authors.yaml' },
    date: { type: 'string', value: '<ngày giờ>', help: 'thời điểm đăng, ví dụ 2020-08-26T10:54:00+07:00 (nếu không ghi: giờ hiện tại)' },
    draft: { type: 'boolean', default: false, help: 'tạo bài ở dạng bản nháp (draft: true)' },
  },
  examples: ['npm run new -- --title "Hội nghị tổng kết công tác năm 2024" --unit van-phong-chinh-phu --author nhat-thy'],
} satisfies Command;
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = readArgs(NEW);
const { timeZone } = await siteConfigOrExit();
if (!slugify(values.title!)) fail(`--title "${values.title}" không có chữ cái hay chữ số nào để đặt tên tệp`);

const content = contentDir();
const registry = await readRegistryFiles(content, (path) => relative(process.cwd(), path));
if (registry.diagnostics.length) fail(registry.diagnostics.map(formatDiagnostic).join('\n'));
const units = registry.units.entries;
const authors = registry.authors.entries;
if (!units.some((u) => u.id === values.unit)) {
  fail(`Mã đơn vị "${values.unit}" chưa có trong content/units.yaml. Các mã đơn vị hợp lệ:\n${units.map((u) => `  ${u.id}  (${u.name})`).join('\n')}`);
}
if (!authors.some((a) => a.id === values.author)) {
  fail(
    `Mã tác giả "${values.author}" chưa có trong content/authors.yaml. Các mã tác giả hợp lệ:\n${authors.map((a) => `  ${a.id}  (${a.name})`).join('\n')}\n` +
      'Nếu là tác giả mới, hãy thêm vào content/authors.yaml trước.',
  );
}

let date = new Date();
if (values.date) {
  const parsed = parseInstant(values.date);
  if (!parsed.ok) fail(`--date ${parsed.reason}`);
  else date = parsed.date;
}

const file = newArticleFile({ title: values.title!, unit: values.unit!, author: values.author!, date, draft: values.draft ?? false, timeZone });
const target = join(content, 'articles', file.relativePath);
if (existsSync(target)) fail(`Tệp ${relative(process.cwd(), target)} đã có: hãy đặt cho bài mới một tiêu đề khác.`);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, file.content);
console.log(relative(process.cwd(), target));
