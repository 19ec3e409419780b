import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAuthors, checkUnits } from '../../src/content-check/check-registry.ts';
import { LONG_LEDE } from '../../src/content-check/check-articles.ts';
import { planImport } from '../../scripts/import/plan-import.ts';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { readPage, text } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

const seeds = join(projectRoot, 'test/fixtures/seeds');
const unseen = join(projectRoot, 'test/fixtures/import');
const SEEDS = [
  ['000_6254884e9d0a7530.txt', 'chi-bo-vu-khoa-giao-van-xa', '2020/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19.md'],
  ['001_801f08e72b9265fd.txt', 'dang-uy-van-phong-chinh-phu', '2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi.md'],
  ['003_0ffc3e976e897212.txt', 'van-phong-tinh-uy-dong-nai', '2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy.md'],
] as const;

/**
 * The documented hand edits to imported sample articles, each marked by a comment: a `tags:` line, and a long lede
 * shortened (its line is compared apart).
 */
const withoutHandEdits = (file: string) => file.replace(/^# .*\(hand edit after import\):\n/gm, '').replace(/^tags: .*\n/m, '');
const ledeOf = (file: string) => /^lede: (.*)$/m.exec(file)?.[1] ?? '';
const withoutLede = (file: string) => file.replace(/^lede: .*\n/m, '');

const runImport = (args: string[], content: string) => runScript('scripts/import.ts', args, { BANTIN_CONTENT: content });

describe('the sample articles are the importer’s output', () => {
  it.each(SEEDS)('%s', async (seed, unit, path) => {
    const content = join(projectRoot, 'content');
    const units = checkUnits('units.yaml', await readFile(join(content, 'units.yaml'))).entries;
    const authors = checkAuthors('authors.yaml', await readFile(join(content, 'authors.yaml'))).entries;
    const plan = planImport(await readFile(join(seeds, seed), 'utf8'), { units, authors, unitId: unit });
    expect(plan.ok && plan.relativePath).toBe(path);
    const committed = await readFile(join(content, 'articles', path), 'utf8');
    const imported = plan.ok ? plan.content : '';
    if (committed.includes('# Sa pô rút gọn bằng tay')) {
      expect(withoutLede(imported)).toBe(withoutLede(withoutHandEdits(committed)));
      expect(ledeOf(committed).length).toBeLessThanOrEqual(LONG_LEDE);
      expect(ledeOf(imported).length).toBeGreaterThan(LONG_LEDE);
    } else {
      expect(imported).toBe(withoutHandEdits(committed));
    }
  });
});

describe('npm run import', () => {
  const root = join(tmpRoot, 'import-site');
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  let first: Awaited<ReturnType<typeof runImport>>;
  const inputs = async () => [
    ...(await readdir(unseen)).sort().map((f) => join(unseen, f)),
    join(seeds, '001_801f08e72b9265fd.txt'),
  ];

  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(join(content, 'articles'), { recursive: true });
    await cp(join(projectRoot, 'content/units.yaml'), join(content, 'units.yaml'));
    // The sample's documents too, which its articles' citations link to.
    await cp(join(projectRoot, 'content/documents'), join(content, 'documents'), { recursive: true });
    await cp(join(projectRoot, 'test/fixtures/minimal/authors.yaml'), join(content, 'authors.yaml'));
    await cp(join(projectRoot, 'test/fixtures/minimal/pages'), join(content, 'pages'), { recursive: true });
    first = await runImport(['--unit', 'van-phong-chinh-phu', ...(await inputs())], content);
  });

  it('imports a batch with progress and a summary, failing only the bad files, each with one clear line', () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^\[1\/8\] đã ghi .+2024\/van-phong-tinh-uy-so-ket-quy-i-nam-2024\.md$/m);
    expect(first.stdout).toContain('nhập được 4, bỏ qua 0, lỗi 4');
    const errors = first.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/\[4\/8\] .*loi-khong-co-ngay\.txt: không tìm thấy ngày đăng/),
      expect.stringMatching(/\[5\/8\] .*loi-khong-co-tieu-de\.txt: không tìm thấy tiêu đề/),
      expect.stringMatching(/\[6\/8\] .*loi-khong-phai-utf8\.txt: tệp không phải UTF-8 hợp lệ/),
      expect.stringMatching(/\[7\/8\] .*loi-rong\.txt: tệp trống/),
    ]);
  });

  it('adds new authors with ASCII ids and keeps the existing ones', async () => {
    const authors = await readFile(join(content, 'authors.yaml'), 'utf8');
    expect(authors).toContain('- id: nhat-thy\n  name: Nhật Thy');
    for (const [id, name] of [
      ['minh-khoi', 'Minh Khôi'],
      ['duc-anh', 'Đức Anh'],
      ['thanh-hai', 'Thanh Hải'],
      ['gia-huy', 'Gia Huy'],
    ]) {
      expect(authors).toContain(`- id: ${id}\n  name: ${name}`);
    }
  });

  it('re-importing is a no-op that reports the existing file, unless --force', async () => {
    const file = join(seeds, '001_801f08e72b9265fd.txt');
    const again = await runImport(['--unit', 'van-phong-chinh-phu', file], content);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/đã nhập trước đây thành .+xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi\.md/);
    expect(again.stdout).toContain('nhập được 0, bỏ qua 1, lỗi 0');
    const forced = await runImport(['--force', '--unit', 'dang-uy-van-phong-chinh-phu', file], content);
    expect(forced.stdout).toContain('(ghi đè bài cũ)');
    expect(await readFile(join(content, 'articles/2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi.md'), 'utf8')).toContain(
      'unit: dang-uy-van-phong-chinh-phu',
    );
  });

  it('--dry-run writes nothing; without --unit an ambiguous text stops with the candidates', async () => {
    const dry = await runImport(['--dry-run', '--unit', 'van-phong-chinh-phu', join(seeds, '000_6254884e9d0a7530.txt')], content);
    expect(dry.stdout).toMatch(/sẽ ghi .+tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19\.md/);
    await expect(readFile(join(content, 'articles/2020/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19.md'))).rejects.toThrow();
    const ambiguous = await runImport([join(seeds, '000_6254884e9d0a7530.txt')], content);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/nhắc tên 2 đơn vị; hãy chọn một đơn vị bằng --unit: van-phong-chinh-phu \(Văn phòng Chính phủ\), chi-bo-vu-khoa-giao-van-xa/);
    const single = await runImport(['--dry-run', join(seeds, '003_0ffc3e976e897212.txt')], content);
    expect(single.code).toBe(0);
  });

  describe('the imported articles build', () => {
    beforeAll(async () => {
      await buildSiteOrThrow({ outDir: dist, content, cacheDir: join(root, 'cache') });
    }, 300_000);

    it('with title, date, author, captions and headings, special characters as text', async () => {
      const page = await readPage(dist, '/bai-viet/2024/hoi-nghi-tong-ket-cong-tac-nam-2023-cua-van-phong-chinh-phu/');
      expect(text(page.querySelector('h1'))).toBe('Hội nghị <tổng kết> công tác {năm 2023} của Văn phòng Chính phủ');
      expect(text(page.querySelector('.byline time'))).toBe('Thứ Hai, 15/01/2024 09:30');
      expect(text(page.querySelector('.byline a[rel=author]'))).toBe('Minh Khôi');
      expect(page.querySelectorAll('.prose figcaption').map(text)).toEqual(['Quang cảnh hội nghị Ảnh: Minh Khôi']);
      expect(page.querySelectorAll('.prose h2').map(text)).toEqual(['Kết quả nổi bật trong năm']);
      const prose = page.querySelector('.prose')!;
      expect(prose.querySelectorAll('script, ol, ul, a, em, strong, h1')).toEqual([]);
      const paragraphs = prose.querySelectorAll('p').map(text);
      expect(paragraphs).toEqual([
        '# Không phải tiêu đề: dòng bắt đầu bằng dấu thăng và chứa [ngoặc vuông](không phải liên kết).',
        'Các đơn vị báo cáo <script>alert("x")</script> kết quả; chỉ tiêu đạt 100% * 2 = 200%_ và {{biến}} không phải mã.',
        '1. Đây là đoạn văn bắt đầu bằng số, không phải danh sách.',
        '- Đây cũng không phải danh sách, & ký tự > < được giữ nguyên.',
      ]);
    });

    it('decomposed text and a 12-hour time come out composed and in 24 hours', async () => {
      const page = await readPage(dist, '/bai-viet/2024/day-manh-chuyen-doi-so-trong-cong-tac-van-phong/');
      expect(text(page.querySelector('h1'))).toBe('Đẩy mạnh chuyển đổi số trong công tác văn phòng');
      expect(page.toString().normalize('NFC')).toBe(page.toString());
      expect(text(page.querySelector('.byline time'))).toBe('Thứ Sáu, 01/03/2024 00:05');
      expect(page.querySelectorAll('.prose h2').map(text)).toEqual(['Những việc cần làm ngay']);
      expect(page.querySelectorAll('.prose figcaption').map(text)).toEqual(['Ảnh: Đức Anh']);
    });

    it('a seed imported on its own gives the same article page as the sample site', async () => {
      const path = '/bai-viet/2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi/';
      const [imported, sample] = await Promise.all([readPage(dist, path), readPage(inject('sampleDist'), path)]);
      for (const selector of ['h1', '.article__lede', '.byline', '.prose', '.article__source']) {
        expect(imported.querySelector(selector)!.innerHTML, selector).toBe(sample.querySelector(selector)!.innerHTML);
      }
    });
  });
});
