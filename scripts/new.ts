/**
 * npm run new -- --title "<tiêu đề>" --unit <unit-id> --author <author-id> [--date <ISO instant>] [--draft]
 * Starts an article with complete frontmatter and prints its path.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/project-dirs.ts';
import { readRegistryFiles } from '../src/integrations/registry-files.ts';
import { formatDiagnostic } from '../src/content-check/diagnostic.ts';
import { parseInstant } from '../src/lib/dates.ts';
import { newArticleFile } from '../src/editing/new-article.ts';
import { slugify } from '../src/lib/slug.ts';
import { siteSchema } from '../src/schemas/site.ts';
import { site } from '../src/site.config.ts';

const USAGE = `Cách dùng: npm run new -- --title "<tiêu đề>" --unit <mã đơn vị> --author <mã tác giả> [--date <ngày giờ>] [--draft]
  --title   tiêu đề bài, đặt trong dấu ngoặc kép; tên tệp được tạo từ tiêu đề
  --unit    mã đơn vị, có trong content/units.yaml
  --author  mã tác giả, có trong content/authors.yaml
  --date    thời điểm đăng, ví dụ 2020-08-26T10:54:00+07:00 (nếu không ghi: giờ hiện tại)
  --draft   tạo bài ở dạng bản nháp (draft: true)`;
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

function readArgs() {
  try {
    return parseArgs({
      options: {
        title: { type: 'string' },
        unit: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        draft: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // Node explains a mistyped command line in English: name the argument and say what to look at.
    const arg = /'(.+?)(?: <value>)?'/.exec(error instanceof Error ? error.message : '')?.[1];
    return fail(`Không hiểu tham số${arg ? ` "${arg}"` : ''}: tên tham số viết sai, thiếu giá trị đi sau, hoặc tiêu đề chưa đặt trong dấu ngoặc kép.\n\n${USAGE}`);
  }
}

const { values } = readArgs();
if (!values.title?.trim() || !values.unit || !values.author) fail(USAGE);
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

const { timeZone } = siteSchema.parse(site);
const file = newArticleFile({ title: values.title!, unit: values.unit!, author: values.author!, date, draft: values.draft, timeZone });
const target = join(content, 'articles', file.relativePath);
if (existsSync(target)) fail(`Tệp ${relative(process.cwd(), target)} đã có: hãy đặt cho bài mới một tiêu đề khác.`);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, file.content);
console.log(relative(process.cwd(), target));
