import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteOrThrow, testFileProject } from '../support/build-site.ts';
import { readPage, text } from '../support/dist.ts';
import { checkContent, contentErrorMessage } from '../../src/content-check/check-content.ts';
import { hasErrors } from '../../src/content-files/diagnostic.ts';
import { site as siteConfig } from '../../src/data/site.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const fixture = join(projectRoot, 'test/fixtures/minimal');
const ARTICLE = 'articles/2021/bai-mau.md';
const root = join(tmpRoot, 'bad-input');

/** Each file's new content, an edit of it, or `null` to delete it. */
type Files = Record<string, string | Uint8Array | ((previous: string) => string) | null>;

/** A copy of the minimal fixture site with some files replaced, edited or added. */
async function siteWith(name: string, files: Files): Promise<string> {
  const dir = join(root, name, 'content');
  await rm(join(root, name), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(fixture, dir, { recursive: true });
  for (const [path, change] of Object.entries(files)) {
    if (change === null) {
      await rm(join(dir, path));
      continue;
    }
    await mkdir(join(dir, path, '..'), { recursive: true });
    const previous = typeof change === 'function' ? await readFile(join(dir, path), 'utf8') : '';
    await writeFile(join(dir, path), typeof change === 'function' ? change(previous) : change);
  }
  return dir;
}

const article = (front: string, body = 'Nội dung.') => `---\n${front}\n---\n\n${body}\n`;
const FRONT = 'title: Bài mới\ndate: 2021-03-02T09:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Tóm tắt.';
const NEW = 'articles/2021/bai-moi.md';
const edit = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return text.replace(from, to);
};
const encode = (s: string) => new TextEncoder().encode(s);
/** A document, with one line of frontmatter replaced or added. */
const doc = (line: string) => {
  const fields = ['number: 35-CT/TW', 'kind: Chỉ thị', 'issuer: Bộ Chính trị', 'issued: 2019-05-30', 'summary: Về đại hội đảng bộ các cấp'];
  const key = line.split(':')[0];
  const replaced = fields.some((field) => field.startsWith(`${key}:`));
  return `---\n${(replaced ? fields.map((field) => (field.startsWith(`${key}:`) ? line : field)) : [...fields.slice(0, 4), ...(line ? [line] : []), fields[4]]).join('\n')}\n---\n`;
};

/** An edition of the minimal site's article, with one line of frontmatter replaced. */
const EDITION_LINES = ['number: 1', 'date: 2021-03-31', 'sections:', '  - title: Hoạt động', '    articles: [2021/bai-mau]', 'printRun: 300', 'printer: Xưởng in Thử'];
const edition = (from: string, to: string) => {
  const lines = EDITION_LINES.map((line) => (line === from ? to : line)).filter((line) => line !== '');
  if (from && !EDITION_LINES.includes(from)) throw new Error(`no edition line ${from}`);
  return `---\n${lines.join('\n')}\n---\n`;
};

/** Each case fails the build with a message naming the file (and line and field, where there is one). */
const FAILING: [name: string, files: Files, message: string | RegExp][] = [
  ['missing title', { [ARTICLE]: edit('title: Bài mẫu\n', '') }, 'articles/2021/bai-mau.md:2: title: bắt buộc nhưng đang thiếu'],
  ['impossible ISO date', { [ARTICLE]: edit('2021-03-01T09', '2020-02-31T09') }, 'bai-mau.md:3: date: "2020-02-31T09:00:00+07:00": ngày 31/02/2020 không có thật'],
  ['day/month/year date', { [ARTICLE]: edit('2021-03-01T09:00:00+07:00', '31/02/2020') }, 'bai-mau.md:3: date: "31/02/2020" chưa đúng dạng ngày giờ; hãy viết như 2020-08-26T10:54:00+07:00'],
  ['date without offset', { [ARTICLE]: edit('2021-03-01T09:00:00+07:00', '2021-03-01 09:00') }, 'bai-mau.md:3: date: "2021-03-01 09:00" thiếu múi giờ'],
  ['unknown unit', { [ARTICLE]: edit('unit: van-phong-chinh-phu', 'unit: bo-y-te') }, 'bai-mau.md:5: unit: mã đơn vị "bo-y-te" chưa có trong content/units.yaml; các mã hợp lệ: van-phong-chinh-phu, van-phong-tinh-uy-dong-nai'],
  ['unknown author', { [ARTICLE]: edit('author: nhat-thy', 'author: [nhat-thy, ai-do]') }, 'bai-mau.md:4: author: mã tác giả "ai-do" chưa có trong content/authors.yaml'],
  ['broken YAML', { [ARTICLE]: edit('lede: Tóm tắt bài mẫu.', 'lede: [Tóm tắt bài mẫu.') }, /bai-mau\.md:\d+: YAML viết sai cú pháp, không đọc được/],
  ['frontmatter never closed', { [ARTICLE]: edit('---\n\nNội dung', '\nNội dung') }, 'bai-mau.md:1: phần khai báo (frontmatter) mở ở dòng 1 chưa được đóng bằng một dòng "---"'],
  ['empty file', { [NEW]: '' }, 'articles/2021/bai-moi.md:1: tệp trống, chưa có nội dung'],
  ['invalid UTF-8 bytes', { [NEW]: new Uint8Array([...encode(article(FRONT).slice(0, 30)), 0xc3, 0x28, ...encode(article(FRONT).slice(30))]) }, /bai-moi\.md:\d+: tệp không phải UTF-8 hợp lệ \(byte \d+\)/],
  ['draft that is not a boolean', { [NEW]: article(`${FRONT}\ndraft: "có"`) }, 'bai-moi.md:7: draft: phải là true (bản nháp) hoặc false'],
  ['wrong type', { [NEW]: article(`${FRONT}\ntags: 5`) }, /bai-moi\.md:7: tags: phải là danh sách chủ đề/],
  ['misspelt field', { [NEW]: article(`${FRONT}\ntitel: Bài`) }, 'bai-moi.md:7: titel: không có trường nào tên như vậy; hãy kiểm tra chính tả'],
  ['missing cover image', { [NEW]: article(`${FRONT}\ncover:\n  src: ./khong-co.jpg\n  alt: Ảnh`) }, 'bai-moi.md:8: cover.src: không tìm thấy ảnh "./khong-co.jpg"'],
  ['cover without alt text', { [NEW]: article(`${FRONT}\ncover:\n  src: ./anh.png`), 'articles/2021/anh.png': new Uint8Array([0]) }, 'bai-moi.md:7: cover.alt: bắt buộc nhưng đang thiếu'],
  ['a file named like a photo that is not one', { [NEW]: article(FRONT, 'Ảnh:\n\n![Hội nghị](./anh.jpg)'), 'articles/2021/anh.jpg': 'Tài liệu, không phải ảnh.' }, 'bai-moi.md:11: tệp "./anh.jpg" có đuôi của ảnh nhưng nội dung không phải ảnh'],
  ['image in the body without alt text', { [NEW]: article(FRONT, 'Ảnh:\n\n![](./anh.png)'), 'articles/2021/anh.png': new Uint8Array([0]) }, 'bai-moi.md:11: ảnh "./anh.png" thiếu mô tả (alt)'],
  ['link to an article that does not exist', { [NEW]: article(FRONT, 'Xem [bài cũ](/bai-viet/2019/khong-co/).') }, 'bai-moi.md:9: liên kết /bai-viet/2019/khong-co/ không dẫn tới bài nào'],
  ['duplicate permalink', { 'articles/2021/Bài mẫu.md': article(FRONT) }, /articles\/2021\/(Bài mẫu|bai-mau)\.md: trùng đường dẫn \/bai-viet\/2021\/bai-mau\/ với .+\/articles\/2021\/(Bài mẫu|bai-mau)\.md; hãy đổi tên một trong hai tệp/],
  ['placeholder left by npm run new', { [NEW]: article(FRONT.replace('lede: Tóm tắt.', 'lede: Viết sa pô (đoạn tóm tắt) của bài ở đây.')) }, 'bai-moi.md:6: lede: vẫn còn câu mẫu do npm run new ghi sẵn'],
  ['correction dated before publication', { [NEW]: article(`${FRONT}\nupdated: 2020-01-01T00:00:00+07:00`) }, 'bai-moi.md:7: updated: sớm hơn ngày đăng bài (date)'],
  ['MDX syntax error', { 'articles/2021/bai-mdx.mdx': article(FRONT, 'Đoạn văn <div>không đóng') }, 'articles/2021/bai-mdx.mdx:9: MDX viết sai cú pháp (cột 10): thẻ <div> chưa được đóng'],
  ['JavaScript in an MDX body', { 'articles/2021/bai-mdx.mdx': article(FRONT, 'Chữ {alert(1)} chữ.') }, 'articles/2021/bai-mdx.mdx:9: biểu thức {alert(1)} không được dùng; bài viết không được chứa mã JavaScript'],
  ['MDX importing a module', { 'articles/2021/bai-mdx.mdx': article(FRONT, "import { readFileSync } from 'node:fs'\n\nChữ.") }, 'articles/2021/bai-mdx.mdx:9: không được nhập "node:fs"; chỉ được nhập (import) thành phần của trang từ @/components/'],
  ['script in an MDX body', { 'articles/2021/bai-mdx.mdx': article(FRONT, 'Chữ.\n\n<script>alert(1)</script>') }, 'articles/2021/bai-mdx.mdx:11: thẻ <script> không được phép'],
  ['link running script in an MDX body', { 'articles/2021/bai-mdx.mdx': article(FRONT, 'Xem <a href="javascript:alert(1)" onclick="x()">đây</a>.') }, 'articles/2021/bai-mdx.mdx:9: thẻ <a>: thuộc tính onclick không được phép'],
  ['photo from another site in Markdown', { [NEW]: article(FRONT, 'Ảnh:\n\n<img src="https://example.com/anh.jpg" alt="Hội nghị">') }, 'bai-moi.md:11: ảnh "https://example.com/anh.jpg" nằm ở trang web khác'],
  ['broken units file', { 'units.yaml': edit('name: Văn phòng Chính phủ', 'name: [Văn phòng') }, /units\.yaml:\d+: YAML viết sai cú pháp, không đọc được/],
  ['unit with an unknown parent', { 'units.yaml': (t) => `${t}- id: chi-bo\n  name: Chi bộ\n  parent: khong-co\n` }, 'units.yaml:14: parent: đơn vị "chi-bo" có cấp trên "khong-co", nhưng không có đơn vị nào mang mã này'],
  ['standing page without a title', { 'pages/lien-he.md': '---\ndescription: Liên hệ\n---\n\nĐịa chỉ.\n' }, 'pages/lien-he.md:2: title: bắt buộc nhưng đang thiếu'],
  ['standing page named like a section', { 'pages/tim-kiem.md': '---\ntitle: Tìm\n---\n' }, 'pages/tim-kiem.md:1: tên tệp cho trang địa chỉ /tim-kiem/, trùng với một mục của trang web'],
  ['standing page the configuration links, missing', { 'pages/lien-he.md': null }, /src\/site\.config\.ts:\d+: footerPages: mã trang "lien-he" không có trong content\/pages\//],
  ['document number contradicting its kind', { 'documents/35-ct-tw.md': doc('number: 35-KH/TW') }, 'documents/35-ct-tw.md:2: number: "35-KH/TW": ký hiệu "KH" là của Kế hoạch, không khớp với loại "Chỉ thị" (kind)'],
  ['document issued on a day that does not exist', { 'documents/35-ct-tw.md': doc('issued: 2019-02-29') }, 'documents/35-ct-tw.md:5: issued: "2019-02-29": ngày 29/02/2019 không có thật'],
  ['document in force before it was issued', { 'documents/35-ct-tw.md': doc('effective: 2019-01-01') }, 'documents/35-ct-tw.md:6: effective: 2019-01-01 sớm hơn ngày ban hành 2019-05-30'],
  ['document with a missing attachment', { 'documents/35-ct-tw.md': doc('files: [./toan-van.pdf]') }, 'documents/35-ct-tw.md:6: files: không tìm thấy tệp đính kèm "./toan-van.pdf"'],
  ['document replaced by one that does not exist', { 'documents/35-ct-tw.md': doc('replacedBy: 45-ct-tw') }, 'documents/35-ct-tw.md:6: replacedBy: không có văn bản nào mang mã "45-ct-tw"'],
  ['the same document twice', { 'documents/35-ct-tw.md': doc(''), 'documents/ban-sao.md': doc('') }, 'documents/ban-sao.md:2: number: "35-CT/TW" của Bộ Chính trị đã có ở'],
  ['edition citing an article that does not exist', { 'editions/1.md': edition('    articles: [2021/bai-mau]', '    articles: [2021/khong-co]') }, 'editions/1.md:6: sections.0.articles.0: không có bài nào mang mã "2021/khong-co"'],
  ['edition citing a draft', { 'editions/1.md': edition('    articles: [2021/bai-mau]', '    articles: [2021/bai-moi]'), [NEW]: article(`${FRONT}\ndraft: true`) }, 'editions/1.md:6: sections.0.articles.0: bài 2021/bai-moi là bản nháp (draft: true), chưa được đăng'],
  ['edition citing a scheduled article', { 'editions/1.md': edition('    articles: [2021/bai-mau]', '    articles: [2021/bai-moi]'), [NEW]: article(FRONT.replace('2021-03-02T09:00:00+07:00', '2099-01-01T09:00:00+07:00')) }, 'editions/1.md:6: sections.0.articles.0: bài 2021/bai-moi hẹn giờ đăng Thứ Năm, 01/01/2099 09:00, sau ngày phát hành số này (31/03/2021)'],
  ['the same edition number twice', { 'editions/1.md': edition('', ''), 'editions/so-mot.md': edition('', '') }, 'editions/so-mot.md:2: number: số 1 đã dùng cho'],
  ['edition dated before the licence', { 'editions/1.md': edition('date: 2021-03-31', 'date: 2020-12-31') }, 'editions/1.md:3: date: 31/12/2020 trước ngày cấp giấy phép xuất bản (15/01/2021'],
  ['edition dated after the licence expires', { 'editions/1.md': edition('date: 2021-03-31', 'date: 2022-03-31') }, 'editions/1.md:3: date: 31/03/2022 sau ngày giấy phép xuất bản hết hạn (14/01/2022'],
  ['edition without a printer', { 'editions/1.md': edition('printer: Xưởng in Thử', '') }, 'editions/1.md:2: printer: bắt buộc nhưng đang thiếu'],
  ['edition without a print run', { 'editions/1.md': edition('printRun: 300', '') }, 'editions/1.md:2: printRun: bắt buộc nhưng đang thiếu'],
  ['duplicate author id', { 'authors.yaml': (t) => `${t}- id: nhat-thy\n  name: Nhật Thy khác\n` }, 'authors.yaml:7: id: mã "nhat-thy" đã dùng cho một mục khác'],
];

/**
 * The cases `npm run build` itself is run on, one per place a build can stop: the content check (frontmatter, bytes,
 * a registry, the site configuration, a document, MDX that cannot be read or would run code during the build). They run four at a time, since each
 * mostly waits on its child processes.
 */
const BUILT = new Set(['missing title', 'invalid UTF-8 bytes', 'MDX syntax error', 'JavaScript in an MDX body', 'broken units file', 'standing page the configuration links, missing', 'document number contradicting its kind']);

const slugOf = (name: string) => name.replace(/\W+/g, '-');
const expectMessage = (output: string, message: string | RegExp) => (typeof message === 'string' ? expect(output).toContain(message) : expect(output).toMatch(message));

describe.concurrent('bad input fails the build with the file and the problem, and the previous dist/ stays', () => {
  it.each(FAILING.filter(([name]) => BUILT.has(name)))('%s', async (name, files, message) => {
    const slug = slugOf(name);
    const content = await siteWith(slug, files);
    const outDir = join(root, slug, 'dist');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'previous site');
    // These builds run at once: each in a copy of the project of its own.
    const result = await buildSite({ outDir, content, cacheDir: join(root, slug, 'cache'), project: await testFileProject(slug) });
    expect(result.code, result.output).toBe(1);
    expectMessage(result.output, message);
    expect(result.output).toContain('vẫn giữ nguyên như trước');
    // Told in words, not as a trace
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).not.toMatch(/ReferenceError/);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });
});

// The other cases stop at the same content check: it is run here as the build runs it, and its report is the one
// the build prints (contentErrorMessage), without starting a build for each.
describe.concurrent('bad input fails the content check the build runs, with the file and the problem', () => {
  it.each(FAILING.filter(([name]) => !BUILT.has(name)))('%s', async (name, files, message) => {
    const slug = slugOf(name);
    await siteWith(slug, files);
    const diagnostics = await checkContent(join(root, slug), siteConfig);
    expect(hasErrors(diagnostics)).toBe(true);
    expectMessage(contentErrorMessage(diagnostics), message);
  });
});

describe('input that looks odd but is fine builds correctly', () => {
  const dist = join(root, 'fine', 'dist');
  const bigParagraph = 'Đảng bộ Văn phòng Chính phủ tổ chức hội nghị. '.repeat(60);
  const fiveMegabytes = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (bigParagraph.length * 1.2)) }, () => bigParagraph).join('\n\n');

  beforeAll(async () => {
    const content = await siteWith('fine', {
      'articles/2021/co-bom.md': `\ufeff${article(FRONT.replace('Bài mới', 'Bài có BOM'))}`,
      'articles/2021/xuong-dong-crlf.md': article(FRONT.replace('Bài mới', 'Bài xuống dòng CRLF'), 'Đoạn một.\n\nĐoạn hai.').replace(/\n/g, '\r\n'),
      'articles/2021/to-hop-nfd.md': article(FRONT.replace('Bài mới', 'Thủy lợi hòa bình Đức'), 'Nội dung thủy lợi.').normalize('NFD'),
      'articles/2021/bai-rat-dai.md': article(FRONT.replace('Bài mới', 'Bài rất dài'), fiveMegabytes),
      'articles/2021/html-nguy-hiem.md': article(
        FRONT.replace('title: Bài mới', 'title: "<script>alert(1)</script> Tiêu đề <b>đậm</b>"'),
        'Chữ <script>alert(1)</script> <img src="x.png" onerror="alert(1)" alt="ảnh"> <a href="javascript:alert(1)" onclick="x()">liên kết</a> [ngoài](https://chinhphu.vn) <iframe src="https://example.com"></iframe>',
      ),
      'articles/2021/x.png': await readFile(join(projectRoot, 'test/fixtures/cover.png')),
    });
    await buildSiteOrThrow({ outDir: dist, content, cacheDir: join(root, 'fine', 'cache') });
  }, 300_000);

  it('a BOM and CRLF line endings are read as usual', async () => {
    expect(text((await readPage(dist, '/bai-viet/2021/co-bom/')).querySelector('h1'))).toBe('Bài có BOM');
    const crlf = await readPage(dist, '/bai-viet/2021/xuong-dong-crlf/');
    expect(crlf.querySelectorAll('.prose p').map(text)).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('decomposed (NFD) text is shown composed', async () => {
    const page = await readPage(dist, '/bai-viet/2021/to-hop-nfd/');
    expect(text(page.querySelector('h1'))).toBe('Thủy lợi hòa bình Đức');
    expect(text(page.querySelector('.prose'))).toBe('Nội dung thủy lợi.');
    expect(page.toString().normalize('NFC')).toBe(page.toString());
  });

  it('a 5 MB article builds', async () => {
    const page = await readPage(dist, '/bai-viet/2021/bai-rat-dai/');
    expect(page.querySelectorAll('.prose p').length).toBeGreaterThan(1000);
  });

  it('HTML in frontmatter shows as text; scripts, handlers and javascript: links are removed from the body', async () => {
    const page = await readPage(dist, '/bai-viet/2021/html-nguy-hiem/');
    expect(text(page.querySelector('h1'))).toBe('<script>alert(1)</script> Tiêu đề <b>đậm</b>');
    const prose = page.querySelector('.prose')!;
    expect(prose.querySelectorAll('script, iframe')).toHaveLength(0);
    expect(prose.toString()).not.toMatch(/onerror|onclick|javascript:/i);
    expect(prose.querySelector('img')!.getAttribute('alt')).toBe('ảnh');
    expect(prose.querySelector('a[href="https://chinhphu.vn"]')!.getAttribute('rel')).toBe('noopener noreferrer');
    const scripts = page.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(scripts.map(() => expect.stringMatching(/^\/_astro\//)));
    expect(scripts.map((s) => s.textContent.trim()).join('')).toBe('');
  });
});
