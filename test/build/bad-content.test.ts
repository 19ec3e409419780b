import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const fixture = join(projectRoot, 'test/fixtures/minimal');
const ARTICLE = 'articles/2021/bai-mau.md';

/** A copy of the minimal fixture site with one file changed. */
async function siteWith(name: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = join(tmpRoot, 'bad-content', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(fixture, dir, { recursive: true });
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), 'utf8')));
  return dir;
}

const CASES: [name: string, file: string, edit: (text: string) => string, message: string][] = [
  ['missing-title', ARTICLE, (t) => t.replace('title: Bài mẫu\n', ''), 'articles/2021/bai-mau.md:2: title: is required but missing'],
  [
    'impossible-date',
    ARTICLE,
    (t) => t.replace('2021-03-01T09:00:00+07:00', '2021-02-31T09:00:00+07:00'),
    'articles/2021/bai-mau.md:3: date: "2021-02-31T09:00:00+07:00": 02/2021 has no day 31',
  ],
  ['unknown-unit', ARTICLE, (t) => t.replace('unit: van-phong-chinh-phu', 'unit: bo-y-te'), 'articles/2021/bai-mau.md:5: unit: "bo-y-te" is not a unit'],
  ['unknown-author', ARTICLE, (t) => t.replace('author: nhat-thy', 'author: ai-do'), 'articles/2021/bai-mau.md:4: author: "ai-do" is not an author'],
  ['wrong-type', ARTICLE, (t) => t.replace('lede: Tóm tắt bài mẫu.', 'lede: Tóm tắt bài mẫu.\ntags: 5'), 'articles/2021/bai-mau.md:7: tags:'],
  ['broken-units', 'units.yaml', (t) => t.replace('name: Văn phòng Chính phủ', 'name: [Văn phòng'), 'units.yaml:'],
];

describe('a mistake in the content fails the build, naming the file and the field', () => {
  it.each(CASES)('%s', async (name, file, edit, message) => {
    const content = await siteWith(name, file, edit);
    const outDir = join(tmpRoot, 'bad-content', `${name}-dist`);
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'previous site');
    const result = await buildSite({ outDir, content, cacheDir: join(tmpRoot, 'bad-content', `${name}-cache`) });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(message);
    expect(result.output).toContain('nothing was built');
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('the unchanged fixture builds', async () => {
    const outDir = join(tmpRoot, 'bad-content', 'valid-dist');
    const result = await buildSite({ outDir, content: fixture, cacheDir: join(tmpRoot, 'bad-content', 'valid-cache') });
    expect(result.code, result.output).toBe(0);
  });
});
