import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

/** Every command of package.json that bantin writes itself (`build` has its own test of its output). */
const COMMANDS = ['check', 'new', 'import', 'cms', 'bench', 'edition', 'dev', 'preview'];

const NO_TRACE = /^\s+at |Error:|ERR_/m;

// Concurrent tests take `expect` from their context: snapshots are then named by their own test.
describe.concurrent('every command answers --help in Vietnamese, and refuses an option it does not know', () => {
  it.for(COMMANDS)('npm run %s -- --help', async (command, { expect }) => {
    const help = await runScript(`scripts/${command}.ts`, ['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatchSnapshot();
    expect(help.stdout).toMatch(new RegExp(`^npm run ${command}: [\\s\\S]*\\nCách dùng: npm run ${command}[\\s\\S]*\\nTùy chọn:\\n[\\s\\S]*-h, --help +in hướng dẫn này\\n[\\s\\S]*\\nVí dụ:\\n  npm run ${command}`));
    const short = await runScript(`scripts/${command}.ts`, ['-h']);
    expect([short.code, short.stdout]).toEqual([0, help.stdout]);
  });

  it.for(COMMANDS)('npm run %s -- --khong-co', async (command, { expect }) => {
    const result = await runScript(`scripts/${command}.ts`, ['--khong-co']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lệnh này không có tùy chọn "--khong-co"\.\n\nnpm run /);
    expect(result.stderr).toContain(`Cách dùng: npm run ${command}`);
    expect(result.stderr).not.toMatch(NO_TRACE);
  });
});

describe('what a mistyped command line is told', () => {
  it('a misspelt option is named with the one meant, a missing value and a missing option are named', async () => {
    const misspelt = await runScript('scripts/new.ts', ['--titel', 'Bài', '--unit', 'a', '--author', 'b']);
    expect([misspelt.code, misspelt.stderr.split('\n')[0]]).toEqual([2, 'Lệnh này không có tùy chọn "--titel". Có phải ý bạn là --title?']);
    const noValue = await runScript('scripts/new.ts', ['--unit']);
    expect([noValue.code, noValue.stderr.split('\n')[0]]).toEqual([2, 'Tùy chọn --unit cần một giá trị đi sau, ví dụ --unit <mã đơn vị>.']);
    const missing = await runScript('scripts/new.ts', ['--title', 'Bài']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'Thiếu --unit, --author.']);
    const unquoted = await runScript('scripts/new.ts', ['--title', 'Hội', 'nghị', '--unit', 'a', '--author', 'b']);
    expect(unquoted.stderr.split('\n')[0]).toBe('Không hiểu "nghị": lệnh này chỉ nhận các tùy chọn bắt đầu bằng --; một giá trị có dấu cách phải đặt trong dấu ngoặc kép.');
    const flagValue = await runScript('scripts/check.ts', ['--content-only=1']);
    expect([flagValue.code, flagValue.stderr.split('\n')[0]]).toEqual([2, 'Tùy chọn --content-only không nhận giá trị đi sau.']);
    for (const result of [misspelt, noValue, missing, unquoted, flagValue]) expect(result.stderr).not.toMatch(NO_TRACE);
  });

  it('check --help checks nothing', async () => {
    const started = performance.now();
    const help = await runScript('scripts/check.ts', ['--help']);
    expect(help.stdout).not.toMatch(/nội dung: \d+ lỗi/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
