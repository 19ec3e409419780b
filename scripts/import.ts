/**
 * npm run import -- [--unit <unit-id>] [--out <dir>] [--dry-run] [--force] <file>...
 * Turns raw article dumps (chinhphu.vn, Báo Đồng Nai) into bantin articles.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { contentDir } from '../src/node/project-dirs.ts';
import { readRegistryFiles } from '../src/content-check/registry-files.ts';
import { checkArticle } from '../src/content-check/check-articles.ts';
import { formatDiagnostic } from '../src/content-files/diagnostic.ts';
import { decodeSource } from '../src/content-files/source-text.ts';
import { readArgs, usageError, type Command } from './cli/args.ts';
import { planImport } from './import/plan-import.ts';
import type { NamedAuthor } from './import/resolve-refs.ts';

const IMPORT = {
  name: 'npm run import',
  summary: 'chuyển các tệp văn bản chép từ cổng thông tin (chinhphu.vn, Báo Đồng Nai) thành bài viết.',
  usage: '-- [--unit <mã đơn vị>] [--out <thư mục>] [--dry-run] [--force] <tệp>...',
  positionals: { value: '<tệp>...', help: 'các tệp văn bản cần nhập (một bài mỗi tệp)' },
  options: {
    unit: { type: 'string', value: '<mã đơn vị>', help: 'mã đơn vị của các bài (nếu không ghi: đơn vị được nhắc tên trong bài)' },
    out: { type: 'string', value: '<thư mục>', help: 'thư mục ghi bài (nếu không ghi: content/articles/)' },
    'dry-run': { type: 'boolean', default: false, help: 'chạy thử: chỉ in ra những gì sẽ làm, không ghi tệp nào' },
    force: { type: 'boolean', default: false, help: 'ghi đè những bài đã nhập trước đó' },
  },
  examples: ['npm run import -- --dry-run ~/luu-tru/*.txt', 'npm run import -- --unit van-phong-chinh-phu ~/luu-tru/*.txt'],
} satisfies Command;

const { values, positionals } = readArgs(IMPORT);
if (positionals.length === 0) usageError(IMPORT, 'Chưa có tệp nào để nhập.');

const cwd = process.env.INIT_CWD ?? process.cwd();
const content = contentDir();
const outDir = values.out ? resolve(cwd, values.out) : join(content, 'articles');
const show = (path: string) => relative(process.cwd(), path) || '.';
const dryRun = values['dry-run'] ?? false;

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
