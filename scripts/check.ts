/**
 * npm run check [-- --content-only]: the site configuration, then the content (every problem once, as
 * `file:line: field: message`, warnings included, by file and line), then the code with `astro check`. Exits
 * non-zero on any error.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONTENT_CHECKED } from '../src/integrations/bantin.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatDiagnostic, hasErrors } from '../src/content-files/diagnostic.ts';
import { readArgs, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';
import { untestedVersions, untestedVersionsWarning } from './cli/tested-versions.ts';

const CHECK = {
  name: 'npm run check',
  summary:
    'kiểm tra cấu hình trang (src/site.config.ts) và toàn bộ nội dung, in mỗi lỗi và cảnh báo một lần dạng\n' +
    'tệp:dòng: trường: lời nhắn, theo thứ tự tệp và dòng; rồi kiểm tra mã (astro check). Có lỗi thì thoát với mã 1.',
  usage: '[-- --content-only]',
  options: {
    'content-only': { type: 'boolean', default: false, help: 'chỉ kiểm tra cấu hình và nội dung, bỏ qua phần kiểm tra mã' },
  },
  examples: ['npm run check', 'npm run check -- --content-only'],
} satisfies Command;

const { values } = readArgs(CHECK);
const site = await siteConfigOrExit((message) => {
  console.error(`${message}\nChưa kiểm tra nội dung và mã: hãy sửa cấu hình trang trước.`);
  process.exit(1);
});

const untested = untestedVersionsWarning(untestedVersions(fileURLToPath(new URL('..', import.meta.url))));
if (untested) console.warn(untested);

const diagnostics = await checkContent(process.cwd(), site);
for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
console.log(`nội dung: ${errors} lỗi, ${diagnostics.length - errors} cảnh báo`);

let codeFailed = false;
if (values['content-only']) {
  // only the content, as asked
} else if (errors) {
  // astro check loads the content first, and would stop on the same problems, told again in Astro's English.
  console.log('mã: chưa kiểm tra (astro check cần đọc được nội dung); hãy sửa các lỗi nội dung ở trên rồi chạy lại');
} else {
  console.log('mã: astro check…');
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  // The content has just been checked: the bantin integration need not check (and report) it again.
  const env = { ...process.env, [CONTENT_CHECKED]: '1' };
  codeFailed = spawnSync(process.execPath, [astro, 'check'], { stdio: 'inherit', env }).status !== 0;
}
process.exit(hasErrors(diagnostics) || codeFailed ? 1 : 0);
