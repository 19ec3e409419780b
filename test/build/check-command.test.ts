import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const root = join(tmpRoot, 'check-command');
const FRONT = 'title: Bài mới\ndate: 2021-03-02T09:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Tóm tắt.';

/** The minimal fixture's content, with `files` added. */
async function contentWith(name: string, files: Record<string, string>): Promise<string> {
  const content = join(root, name);
  await rm(content, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(content, path), text);
  return content;
}

/** The sample-values warning, on the line of `url` in the configuration. */
async function sampleWarning(): Promise<string> {
  const url = (await readFile(join(projectRoot, 'src/site.config.ts'), 'utf8')).split('\n').findIndex((line) => line.startsWith('  url:')) + 1;
  return `src/site.config.ts:${url}: cảnh báo: url và imprint vẫn là giá trị mẫu của bản tin ví dụ; hãy ghi địa chỉ trang và thông tin của cơ quan mình trước khi đăng trang`;
}

describe('npm run check', () => {
  it('tells each content problem once, by file and line, MDX and YAML in Vietnamese, and leaves the code check for later', async () => {
    const content = await contentWith('broken', {
      'articles/2021/z-yaml.md': `---\ntitle: [Bài mới\ndate: 2021-03-02T09:00:00+07:00\n---\n\nNội dung.\n`,
      'articles/2021/a-mdx.mdx': `---\n${FRONT}\n---\n\nĐoạn văn <div>không đóng\n`,
    });
    const project = await copyProject(join(tmpRoot, 'projects', 'check-command-broken'));
    const result = await runScript('scripts/check.ts', [], { BANTIN_CONTENT: content }, project);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^\.\.\/.*articles\/2021\/a-mdx\.mdx:9: MDX viết sai cú pháp \(cột 10\): thẻ <div> chưa được đóng/),
      expect.stringMatching(/^\.\.\/.*articles\/2021\/z-yaml\.md:3: YAML viết sai cú pháp, không đọc được: thiếu dấu "\]"/),
      await sampleWarning(),
    ]);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'nội dung: 2 lỗi, 1 cảnh báo',
      'mã: chưa kiểm tra (astro check cần đọc được nội dung); hãy sửa các lỗi nội dung ở trên rồi chạy lại',
    ]);
  });

  it('then checks the code, without telling the content’s warnings a second time', { timeout: 600_000 }, async () => {
    const content = await contentWith('fine', {});
    const project = await copyProject(join(tmpRoot, 'projects', 'check-command-fine'));
    const result = await runScript('scripts/check.ts', [], { BANTIN_CONTENT: content }, project);
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toEqual([await sampleWarning()]);
    expect(result.stdout).toMatch(/^nội dung: 0 lỗi, 1 cảnh báo\nmã: astro check…\n[\s\S]*Result \(\d+ files\)/);
    expect(output.split('giá trị mẫu').length).toBe(2);
  });
});
