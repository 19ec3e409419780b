/**
 * npm run check: the content checks (every problem as `file:line: field: message`, warnings included), then
 * `astro check` for the code. Exits non-zero on any error.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatDiagnostic, hasErrors } from '../src/content-check/diagnostic.ts';
import { site } from '../src/site.config.ts';

const diagnostics = await checkContent(process.cwd(), site);
for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
console.log(`nội dung: ${errors} lỗi, ${diagnostics.length - errors} cảnh báo`);

const skipCode = process.argv.includes('--content-only');
let codeFailed = false;
if (!skipCode) {
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  codeFailed = spawnSync(process.execPath, [astro, 'check'], { stdio: 'inherit' }).status !== 0;
}
process.exit(hasErrors(diagnostics) || codeFailed ? 1 : 0);
