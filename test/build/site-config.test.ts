import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, copyProject } from '../support/build-site.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

/** A mistake in src/site.config.ts: the line it replaces, and the field it concerns. */
interface Mistake {
  name: string;
  from: string;
  to: string;
  field: string;
  message: string;
  /** `npm run new` reads the configuration for its time zone; it does not read the content it names */
  commands: ('build' | 'check' | 'new')[];
}

const MISTAKES: Mistake[] = [
  { name: 'pageSize 0', from: '  pageSize: 20,', to: '  pageSize: 0,', field: 'pageSize', message: 'phải là một số nguyên từ 1 đến 200', commands: ['build', 'check', 'new'] },
  {
    name: 'url without https://',
    from: "|| 'https://bantin.example.vn/'",
    to: "|| 'bantin.example.vn'",
    field: 'url',
    message: 'phải là địa chỉ web (http:// hoặc https://) nơi trang được đăng, ví dụ https://bantin.example.vn/',
    commands: ['build', 'check', 'new'],
  },
  {
    name: 'unknown unit in navUnits',
    from: "navUnits: ['van-phong-chinh-phu',",
    to: "navUnits: ['bo-y-te',",
    field: 'navUnits',
    message: 'mã đơn vị "bo-y-te" chưa có trong content/units.yaml; các mã hợp lệ: van-phong-chinh-phu,',
    commands: ['build', 'check'],
  },
];

const slugOf = (name: string) => name.replace(/\W+/g, '-');

/** Run one command in the project copy, as an editor would type it. */
async function run(command: Mistake['commands'][number], project: string): Promise<ScriptResult> {
  if (command === 'build') {
    const outDir = join(project, 'dist');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'previous site');
    const built = await buildSite({ outDir, project });
    return { code: built.code, stdout: built.output, stderr: '' };
  }
  if (command === 'check') return runScript('scripts/check.ts', [], {}, project);
  return runScript('scripts/new.ts', ['--title', 'Bài thử', '--unit', 'van-phong-chinh-phu', '--author', 'nhat-thy'], {}, project);
}

describe.concurrent('a mistake in the site configuration is one Vietnamese line naming the file, line and field', () => {
  for (const mistake of MISTAKES) {
    it.for(mistake.commands)(`${mistake.name}: npm run %s`, async (command, { expect }) => {
      const project = await copyProject(join(tmpRoot, 'projects', `site-config-${slugOf(mistake.name)}-${command}`), (config) => {
        if (!config.includes(mistake.from)) throw new Error(`src/site.config.ts has no ${mistake.from}`);
        return config.replace(mistake.from, mistake.to);
      });
      const config = await readFile(join(project, 'src/site.config.ts'), 'utf8');
      const line = config.split('\n').findIndex((text) => text.includes(mistake.to)) + 1;
      const result = await run(command, project);
      const output = result.stdout + result.stderr;
      expect(result.code, output).toBe(1);
      const named = output.split('\n').filter((text) => text.includes('src/site.config.ts') && text.includes(`${mistake.field}:`));
      expect(named).toEqual([expect.stringContaining(`src/site.config.ts:${line}: ${mistake.field}: ${mistake.message}`)]);
      expect(output).not.toMatch(/^\s+at |ZodError|"code":/m);
      if (command === 'build') expect(await readFile(join(project, 'dist/index.html'), 'utf8')).toBe('previous site');
      if (command === 'new') expect(output).not.toMatch(/articles\/\d{4}\/bai-thu\.md/);
    });
  }

  it.for(['build', 'new'] as const)('a file that does not load (a missing comma): npm run %s', async (command, { expect }) => {
    const name = "  name: 'Bản tin Công tác Văn phòng',";
    const project = await copyProject(join(tmpRoot, 'projects', `site-config-comma-${command}`), (config) => config.replace(name, name.slice(0, -1)));
    const line = (await readFile(join(project, 'src/site.config.ts'), 'utf8')).split('\n').indexOf(name.slice(0, -1)) + 1;
    const result = await run(command, project);
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(1);
    expect(output.split('\n').filter((text) => text.includes('src/site.config.ts'))).toEqual([
      `src/site.config.ts:${line}: tệp cấu hình viết sai cú pháp: thiếu dấu phẩy "," ở cuối dòng này`,
    ]);
    expect(output).not.toMatch(/^\s+at |SyntaxError|ERR_/m);
  });

  it('help still answers while the configuration is wrong', async ({ expect }) => {
    const project = await copyProject(join(tmpRoot, 'projects', 'site-config-help'), (config) => config.replace('  pageSize: 20,', '  pageSize: 0,'));
    const help = await runScript('scripts/new.ts', ['--help'], {}, project);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: npm run new');
  });
});

describe('a fresh clone', () => {
  it('builds with one warning, in Vietnamese: the site address and imprint are still the example values', async () => {
    const warnings = inject('sampleBuildLog')
      .split('\n')
      .filter((text) => /cảnh báo|warn/i.test(text));
    const url = (await readFile(join(projectRoot, 'src/site.config.ts'), 'utf8')).split('\n').findIndex((text) => text.startsWith('  url:')) + 1;
    expect(warnings).toEqual([
      expect.stringMatching(/^✓ kiểm tra nội dung: không có lỗi, 1 cảnh báo \(/),
      `  src/site.config.ts:${url}: cảnh báo: url và imprint vẫn là giá trị mẫu của bản tin ví dụ; hãy ghi địa chỉ trang và thông tin của cơ quan mình trước khi đăng trang`,
    ]);
  });
});
