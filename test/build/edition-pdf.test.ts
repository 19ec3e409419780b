/**
 * Editions of a small fixture site: photos in the PDF, bleed with crop marks, the PDF cache across rebuilds, and the
 * limits that stop the build (pages, size) with the file, the line and the field, `dist/` left as it was.
 */
import { cp, mkdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, testFileProject } from '../support/build-site.ts';
import { mm, readPdf } from '../support/pdf.ts';
import { readPage } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const root = join(tmpRoot, 'edition-pdf');
const PDF = 'so/1/ban-tin-cong-tac-van-phong-so-1.pdf';
const paragraph = 'Đảng ủy Văn phòng Chính phủ tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị. ';
const article = (title: string, date: string, body: string, cover = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Tóm tắt ${title.toLowerCase()}.\n${cover}---\n\n${body}\n`;
const EDITION = `---
number: 1
date: 2021-03-31
period: Tháng 3/2021
sections:
  - title: Hoạt động
    articles: [2021/hoi-nghi-co-anh, 2021/bai-mau]
printRun: 300
printer: Xưởng in Thử
cover:
  src: ./bia/so-1.png
  alt: Toàn cảnh hội nghị sơ kết
  credit: Gia Huy
---

Lời tòa soạn của số thử.
`;

/** The minimal fixture site with an edition of two articles, one with a cover and a captioned photo. */
async function site(name: string): Promise<string> {
  const content = join(root, name, 'content');
  await rm(join(root, name), { recursive: true, force: true });
  await mkdir(join(content, 'editions'), { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
  await mkdir(join(content, 'articles/2021/anh'), { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/cover.png'), join(content, 'articles/2021/anh/hoi-nghi.png'));
  await writeFile(
    join(content, 'articles/2021/hoi-nghi-co-anh.md'),
    article(
      'Hội nghị có ảnh',
      '2021-03-10T09:00:00+07:00',
      `${paragraph.repeat(6)}\n\n![Toàn cảnh hội nghị](./anh/hoi-nghi.png "Đồng chí Bí thư phát biểu tại hội nghị. Ảnh: Gia Huy")\n\n${paragraph.repeat(30)}`,
      'cover:\n  src: ./anh/hoi-nghi.png\n  alt: Toàn cảnh hội nghị\n  credit: Gia Huy\n',
    ),
  );
  await writeFile(join(content, 'articles/2021/bai-khac.md'), article('Bài không in', '2021-03-12T09:00:00+07:00', 'Nội dung.'));
  await mkdir(join(content, 'editions/bia'), { recursive: true });
  await cp(join(projectRoot, 'test/fixtures/cover.png'), join(content, 'editions/bia/so-1.png'));
  await writeFile(join(content, 'editions/1.md'), EDITION);
  return content;
}

const setConfig = (from: string, to: string) => (config: string) => {
  if (!config.includes(from)) throw new Error(`site.config.ts has no ${from}`);
  return config.replace(from, to);
};

describe('an edition with photos, printed with a bleed and crop marks, and rebuilt', () => {
  const outDir = join(root, 'photos', 'dist');
  const cacheDir = join(root, 'photos', 'cache');
  let content: string;
  let project: string;
  let firstLog: string;
  beforeAll(async () => {
    content = await site('photos');
    project = await copyProject(join(tmpRoot, 'projects', 'build-edition-pdf-bleed'), setConfig('  pageSize: 20,', '  pageSize: 20,\n  print: { bleedMm: 3 },'));
    await rm(cacheDir, { recursive: true, force: true });
    const built = await buildSite({ outDir, content, cacheDir, project, args: ['--verbose'] });
    if (built.code !== 0) throw new Error(built.output);
    firstLog = built.output;
  }, 300_000);

  it('prints the photos with their captions and credits, the edition’s own on its cover', async () => {
    const { pages } = await readPdf(join(outDir, PDF));
    expect(pages[0]!.images).toBe(1);
    expect(pages[0]!.text).toContain('Ảnh: Gia Huy');
    expect(pages.slice(1).reduce((sum, page) => sum + page.images, 0)).toBeGreaterThanOrEqual(2);
    const all = pages.map((page) => page.text).join(' ');
    expect(all).toContain('Đồng chí Bí thư phát biểu tại hội nghị. Ảnh: Gia Huy');
    expect(all).not.toContain('Bài không in');
    // The list of editions shows the cover photo, the edition's page too.
    const list = await readPage(outDir, '/so/');
    expect(list.querySelector('img.edition-card__cover')?.getAttribute('alt')).toBe('Toàn cảnh hội nghị sơ kết');
    expect((await readPage(outDir, '/so/1/')).querySelector('.edition__cover img')?.getAttribute('alt')).toBe('Toàn cảnh hội nghị sơ kết');
    expect(firstLog).toMatch(/\[edition\] số 1: \d+ trang, .+, dựng trong [\d.]+ s \([\d.]+ s\/trang; Chromium in [\d.]+ s\)/);
  });

  it('adds the bleed around the 19 × 27 cm trim, with crop marks outside it', async () => {
    const { doc } = await readPdf(join(outDir, PDF));
    for (const page of doc.getPages()) {
      const trim = page.getTrimBox();
      const bleed = page.getBleedBox();
      const media = page.getMediaBox();
      expect([mm(trim.width), mm(trim.height)].map((n) => Math.round(n * 100) / 100)).toEqual([190, 270]);
      expect([mm(bleed.width), mm(bleed.height)].map((n) => Math.round(n * 100) / 100)).toEqual([196, 276]);
      expect(mm(trim.x - bleed.x)).toBeCloseTo(3, 2);
      expect(mm(media.width)).toBeGreaterThan(196 + 2 * 8);
    }
  });

  it('renders the PDF again only when something it shows changed', async () => {
    const before = await readFile(join(outDir, PDF));
    // An article the edition does not print: the same PDF, from the cache.
    await appendFile(join(content, 'articles/2021/bai-khac.md'), '\nThêm một đoạn.\n');
    const unrelated = await buildSite({ outDir, content, cacheDir, project, args: ['--verbose'] });
    expect(unrelated.output).toMatch(/\[edition\] số 1: \d+ trang, không có gì thay đổi: dùng lại bản PDF đã dựng/);
    expect((await readFile(join(outDir, PDF))).equals(before)).toBe(true);
    await appendFile(join(content, 'articles/2021/bai-mau.md'), '\nMột đoạn mới trong bài được in.\n');
    const changed = await buildSite({ outDir, content, cacheDir, project, args: ['--verbose'] });
    expect(changed.output).toMatch(/\[edition\] số 1: \d+ trang, .+, dựng trong/);
    const { pages } = await readPdf(join(outDir, PDF));
    expect(pages.map((page) => page.text).join(' ')).toContain('Một đoạn mới trong bài được in.');
  }, 300_000);
});

/** Each case stops `npm run build` with the file, line and field, and leaves the previous `dist/` as it was. */
const FAILING: [name: string, config: ((config: string) => string) | undefined, files: Record<string, string>, message: string | RegExp][] = [
  ['more pages than the licence allows', setConfig('maxPages: 64,', 'maxPages: 4,'), {}, /editions\/1\.md:5: sections: số 1 in ra \d+ trang, quá giới hạn 4 trang của giấy phép \(imprint\.licence\.maxPages\)/],
  ['a PDF larger than the size limit', setConfig('  pageSize: 20,', '  pageSize: 20,\n  print: { maxMegabytes: 0.02 },'), {}, /editions\/1\.md:5: sections: bản PDF của số 1 \(\d+ trang\) nặng .+, quá giới hạn 20 KB \(print\.maxMegabytes\)/],
  ['an article that does not exist', undefined, { 'editions/1.md': EDITION.replace('2021/bai-mau]', '2021/khong-co]') }, 'editions/1.md:7: sections.0.articles.1: không có bài nào mang mã "2021/khong-co"'],
  ['a trim larger than the licence', setConfig('  pageSize: 20,', '  pageSize: 20,\n  print: { trimCm: { width: 21, height: 29.7 } },'), {}, /src\/site\.config\.ts:\d+: print\.trimCm: khổ 21 × 29,7 cm lớn hơn khuôn khổ giấy phép cho phép \(19 × 27 cm, imprint\.licence\.format\)/],
];

describe.concurrent('an edition that cannot be published stops the build, and the previous dist/ stays', () => {
  it.each(FAILING)('%s', async (name, config, files, message) => {
    const slug = name.replace(/\W+/g, '-');
    const content = await site(slug);
    for (const [path, text] of Object.entries(files)) await writeFile(join(content, path), text);
    const outDir = join(root, slug, 'dist');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'previous site');
    const project = config ? await copyProject(join(tmpRoot, 'projects', `build-edition-pdf-${slug}`), config) : await testFileProject(slug);
    const result = await buildSite({ outDir, content, cacheDir: join(root, slug, 'cache'), project });
    expect(result.code, result.output).toBe(1);
    if (typeof message === 'string') expect(result.output).toContain(message);
    else expect(result.output).toMatch(message);
    expect(result.output).toContain('vẫn giữ nguyên như trước');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });
});
