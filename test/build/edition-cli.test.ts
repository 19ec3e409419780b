import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-files/diagnostic.ts';
import { site } from '../../src/data/site.ts';

describe('npm run edition', () => {
  it('drafts the next edition from the articles of a period, which the content check accepts', async () => {
    const root = join(tmpRoot, 'edition-cli');
    const content = join(root, 'content');
    await rm(root, { recursive: true, force: true });
    await cp(join(projectRoot, 'content'), content, { recursive: true });
    await rm(join(content, 'editions'), { recursive: true, force: true });
    const env = { BANTIN_CONTENT: content };

    const usage = await runScript('scripts/edition.ts', [], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Cách dùng: npm run edition -- --from <ngày đầu> --to <ngày cuối>');
    const first = await runScript('scripts/edition.ts', ['--from', '2021-06-01', '--to', '2021-06-30'], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('đây là số đầu tiên: hãy ghi số lượng in và nơi in');

    const made = await runScript('scripts/edition.ts', ['--from', '2021-06-01', '--to', '2021-07-31', '--print-run', '500', '--printer', 'Xí nghiệp In'], env);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim().endsWith('editions/1.md')).toBe(true);
    expect(made.stderr).toContain('Số 1: 2 bài, 2 chuyên mục (bản nháp)');
    const file = await readFile(join(content, 'editions/1.md'), 'utf8');
    expect(file).toContain('period: Tháng 6–7/2021');
    expect(file).toContain('  - title: Đảng ủy Văn phòng Chính phủ\n    articles:\n      - 2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi');

    const next = await runScript('scripts/edition.ts', ['--from', '2020-08-01', '--to', '2020-08-31', '--date', '2021-09-01'], env);
    expect(next.code, next.stderr).toBe(0);
    expect(await readFile(join(content, 'editions/2.md'), 'utf8')).toContain('printer: Xí nghiệp In');
    const problems = (await checkContent(root, site)).filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(problems).toEqual([]);
    const bad = await runScript('scripts/edition.ts', ['--from', '2021-02-30', '--to', '2021-03-31'], env);
    expect(bad.stderr).toContain('--from "2021-02-30": ngày 30/02/2021 không có thật');
  });
});
