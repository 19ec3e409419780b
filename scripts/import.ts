/**
 * npm run import -- [--unit <unit-id>] [--out <dir>] [--dry-run] [--force] <file>...
 * Turns raw article dumps (chinhphu.vn, Báo Đồng Nai) into bantin articles.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { contentDir } from '../src/project-dirs.ts';
import { readRegistryFiles } from '../src/integrations/registry-files.ts';
import { checkArticle } from '../src/content-check/check-articles.ts';
import { formatDiagnostic } from '../src/content-check/diagnostic.ts';
import { decodeSource } from '../src/content-check/source-text.ts';
import { planImport } from './import/plan-import.ts';
import type { NamedAuthor } from './import/resolve-refs.ts';

const USAGE = `Cách dùng: npm run import -- [--unit <mã đơn vị>] [--out <thư mục>] [--dry-run] [--force] <tệp>...
Chuyển các tệp văn bản chép từ cổng thông tin (chinhphu.vn, Báo Đồng Nai) thành bài viết.
  --unit     mã đơn vị của các bài (nếu không ghi: đơn vị được nhắc tên trong bài)
  --out      thư mục ghi bài (nếu không ghi: content/articles/)
  --dry-run  chạy thử: chỉ in ra những gì sẽ làm, không ghi tệp nào
  --force    ghi đè những bài đã nhập trước đó
  -h, --help in hướng dẫn này`;

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        unit: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node explains a mistyped command line in English: name the argument and say what to look at.
    const arg = /'(.+?)(?: <value>)?'/.exec(error instanceof Error ? error.message : '')?.[1];
    console.error(`Không hiểu tham số${arg ? ` "${arg}"` : ''}: tên tham số viết sai, hoặc thiếu giá trị đi sau.\n\n${USAGE}`);
    return process.exit(2);
  }
}

const { values, positionals } = readArgs();
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const cwd = process.env.INIT_CWD ?? process.cwd();
const content = contentDir();
const outDir = values.out ? resolve(cwd, values.out) : join(content, 'articles');
const show = (path: string) => relative(process.cwd(), path) || '.';
const dryRun = values['dry-run'];

const { units, authors, authorsText, authorsPath: authorsFile, diagnostics } = await readRegistryFiles(content, show);
for (const d of diagnostics) console.error(formatDiagnostic(d));
if (diagnostics.length) process.exit(1);

const knownAuthors: NamedAuthor[] = [...authors.entries];
const added: NamedAuthor[] = [];
const counts = { imported: 0, skipped: 0, failed: 0 };
const files = positionals.map((file) => resolve(cwd, file));

for (const [index, file] of files.entries()) {
  const progress = `[${index + 1}/${files.length}]`;
  const fail = (reason: string) => {
    counts.failed++;
    console.error(`${progress} ${show(file)}: ${reason}`);
  };
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) {
    fail('không đọc được tệp này');
    continue;
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    fail(`tệp ${decoded.reason}`);
    continue;
  }
  const plan = planImport(decoded.text, { units: units.entries, authors: knownAuthors, unitId: values.unit });
  if (!plan.ok) {
    fail(plan.reason);
    continue;
  }
  const target = join(outDir, plan.relativePath);
  const exists = await readFile(target).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) {
    counts.skipped++;
    console.log(`${progress} ${show(file)}: đã nhập trước đây thành ${show(target)} (dùng --force để ghi đè)`);
    continue;
  }
  // The output must pass the same checks as a hand-written article.
  const registry = {
    unitIds: new Set(units.entries.map((u) => u.id)),
    authorIds: new Set([...knownAuthors, ...(plan.newAuthor ? [plan.newAuthor] : [])].map((a) => a.id)),
  };
  const problems = checkArticle({ file: show(target), relativePath: plan.relativePath, bytes: new TextEncoder().encode(plan.content) }, registry);
  const errors = problems.filter((d) => d.severity === 'error');
  if (errors.length) {
    fail(`bài nhập vào sẽ bị báo lỗi khi dựng trang: ${errors.map(formatDiagnostic).join('; ')}`);
    continue;
  }
  for (const warning of problems.filter((d) => d.severity === 'warning')) console.warn(`${progress} ${formatDiagnostic(warning)}`);
  if (plan.newAuthor) {
    knownAuthors.push(plan.newAuthor);
    added.push(plan.newAuthor);
  }
  if (!dryRun) {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, plan.content);
  }
  counts.imported++;
  console.log(`${progress} ${dryRun ? 'sẽ ghi' : 'đã ghi'} ${show(target)}${exists ? ' (ghi đè bài cũ)' : ''}`);
}

if (added.length) {
  // Appended to the file as written, keeping its comments: `authors:` then the list (src/lib/registry-file.ts).
  const doc = parseDocument(authorsText);
  for (const author of added) {
    const node = doc.createNode(author);
    node.spaceBefore = true;
    doc.addIn(['authors'], node);
  }
  if (!dryRun) await writeFile(authorsFile, doc.toString({ lineWidth: 0, indentSeq: false }));
  console.log(`${dryRun ? 'sẽ thêm' : 'đã thêm'} ${added.length} tác giả vào ${show(authorsFile)}: ${added.map((a) => `${a.id} (${a.name})`).join(', ')}`);
}

console.log(`${dryRun ? 'chạy thử, chưa ghi tệp nào: ' : ''}nhập được ${counts.imported}, bỏ qua ${counts.skipped}, lỗi ${counts.failed}`);
process.exit(counts.failed ? 1 : 0);
