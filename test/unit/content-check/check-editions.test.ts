import { describe, expect, it } from 'vitest';
import { checkEditions, type ArticleState } from '../../../src/content-check/check-editions.ts';
import { articleStates, checkEditionSettings } from '../../../src/content-check/edition-context.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';
import { licenceSchema } from '../../../src/schemas/licence.ts';
import { site } from '../../../src/site.config.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const edition = (number: number, extra = '', date = '2021-07-31') =>
  `---\nnumber: ${number}\ndate: ${date}\nsections:\n  - title: Xây dựng Đảng\n    articles:\n      - 2021/bai-a\n      - 2021/bai-b\nprintRun: 500\nprinter: Xí nghiệp In${extra}\n---\n\nLời tòa soạn.\n`;
const published = (date: string): ArticleState => ({ draft: false, date: new Date(date) });
const ARTICLES = new Map<string, ArticleState | undefined>([
  ['2021/bai-a', published('2021-07-20T17:13:00+07:00')],
  ['2021/bai-b', published('2021-06-10T17:57:00+07:00')],
  ['2021/nhap', { draft: true, date: new Date('2021-07-01T08:00:00+07:00') }],
  ['2021/hen-gio', published('2021-08-15T08:00:00+07:00')],
]);
const licence = licenceSchema.parse({ number: '1/GP-BTTTT', date: '2021-01-15', issuer: 'Bộ Thông tin và Truyền thông', validUntil: '2022-01-14', frequency: '1 tháng/kỳ' });
const NOW = new Date('2021-08-01T00:00:00+07:00');

const check = (files: Record<string, string>, now = NOW) =>
  checkEditions(
    Object.entries(files).map(([relativePath, text]) => ({ file: `content/editions/${relativePath}`, relativePath, bytes: encode(text) })),
    { articles: ARTICLES, licence, now, timeZone: 'Asia/Ho_Chi_Minh', files: new Set(Object.keys(files)) },
  ).map(formatDiagnostic);

describe('checkEditions', () => {
  it('accepts editions numbered in order, of published articles, within the licence', () => {
    expect(check({ '1.md': edition(1), '2.md': edition(2, '', '2021-08-01') })).toEqual([]);
  });

  it('refuses an article that does not exist, with file, line and field', () => {
    expect(check({ '1.md': edition(1).replace('2021/bai-b', '2021/khong-co') })).toEqual([
      'content/editions/1.md:8: sections.0.articles.1: không có bài nào mang mã "2021/khong-co" (tệp content/articles/2021/khong-co.md)',
    ]);
  });

  it('accepts an article by its address, as copied from the site', () => {
    expect(check({ '1.md': edition(1).replace('- 2021/bai-b', '- https://bantin.example.vn/bai-viet/2021/bai-b/') })).toEqual([]);
  });

  it('refuses a draft article and one scheduled after the edition; a draft edition is only warned', () => {
    const withDraft = edition(1).replace('2021/bai-b', '2021/nhap');
    expect(check({ '1.md': withDraft })).toEqual([
      'content/editions/1.md:8: sections.0.articles.1: bài 2021/nhap là bản nháp (draft: true), chưa được đăng; hãy đăng bài hoặc bỏ bài khỏi số này',
    ]);
    expect(check({ '1.md': edition(1).replace('2021/bai-b', '2021/hen-gio') })).toEqual([
      'content/editions/1.md:8: sections.0.articles.1: bài 2021/hen-gio hẹn giờ đăng Chủ Nhật, 15/08/2021 08:00, sau ngày phát hành số này (31/07/2021); số báo chỉ in bài đã đăng',
    ]);
    // An edition dated after the scheduled article is fine: both are out by its day.
    expect(check({ '1.md': edition(1, '', '2021-08-20').replace('2021/bai-b', '2021/hen-gio') })).toEqual([]);
    expect(check({ '1.md': withDraft.replace('printRun', 'draft: true\nprintRun') })).toEqual([
      'content/editions/1.md:8: cảnh báo: sections.0.articles.1: bài 2021/nhap là bản nháp (draft: true), chưa được đăng; hãy đăng bài hoặc bỏ bài khỏi số này',
    ]);
  });

  it('refuses an article printed twice in one edition', () => {
    expect(check({ '1.md': edition(1).replace('2021/bai-b', '2021/bai-a') })).toEqual([
      'content/editions/1.md:8: sections.0.articles.1: bài 2021/bai-a đã có ở chuyên mục "Xây dựng Đảng"; mỗi bài chỉ in một lần trong một số',
    ]);
  });

  it('refuses a number used twice and warns of numbers skipped', () => {
    expect(check({ '1.md': edition(1), 'so-1-ban-khac.md': edition(1) })).toEqual([
      'content/editions/so-1-ban-khac.md:2: number: số 1 đã dùng cho content/editions/1.md; mỗi số bản tin mang một số riêng',
    ]);
    expect(check({ '1.md': edition(1), '4.md': edition(4) })).toEqual(['content/editions/4.md:2: cảnh báo: number: số 4 đi sau số 1 (content/editions/1.md): thiếu các số 2–3']);
  });

  it('refuses a day before the licence or after it expires', () => {
    expect(check({ '1.md': edition(1, '', '2020-12-31') })).toEqual([
      'content/editions/1.md:3: date: 31/12/2020 trước ngày cấp giấy phép xuất bản (15/01/2021, imprint.licence.date trong src/site.config.ts)',
    ]);
    expect(check({ '1.md': edition(1, '', '2022-02-01') }, new Date('2022-03-01T00:00:00Z'))).toEqual([
      'content/editions/1.md:3: date: 01/02/2022 sau ngày giấy phép xuất bản hết hạn (14/01/2022, imprint.licence.validUntil); cần gia hạn hoặc xin giấy phép mới',
    ]);
  });

  it('refuses a missing printer or print run, and a day that does not exist', () => {
    expect(check({ '1.md': edition(1).replace('printer: Xí nghiệp In\n', '') })).toEqual(['content/editions/1.md:2: printer: bắt buộc nhưng đang thiếu']);
    expect(check({ '1.md': edition(1).replace('printRun: 500\n', '') })).toEqual(['content/editions/1.md:2: printRun: bắt buộc nhưng đang thiếu']);
    expect(check({ '1.md': edition(1).replace('printRun: 500', 'printRun: năm trăm') })).toEqual(['content/editions/1.md:9: printRun: phải là một số nguyên dương, ví dụ 12']);
    expect(check({ '1.md': edition(1, '', '2021-02-30') })).toEqual(['content/editions/1.md:3: date: "2021-02-30": ngày 30/02/2021 không có thật (tháng 2/2021 có 28 ngày)']);
  });

  it('refuses a missing cover photo', () => {
    expect(check({ '1.md': edition(1, '\ncover:\n  src: ./bia.jpg\n  alt: Bìa') })).toEqual([
      'content/editions/1.md:12: cover.src: không tìm thấy ảnh "./bia.jpg" (đã tìm ở content/editions/bia.jpg)',
    ]);
  });
});

describe('what the editions need of the site configuration', () => {
  const withLicence = (licence: Record<string, unknown> | undefined, print: Record<string, unknown> = {}) => ({
    ...site,
    imprint: { ...site.imprint, licence },
    print,
  });
  const check = (config: unknown, hasEditions = true) => checkEditionSettings(siteSchema.parse(config), hasEditions).diagnostics.map(formatDiagnostic);

  it('asks for a licence with its period once there are editions', () => {
    expect(check(site)).toEqual([]);
    expect(check(withLicence(undefined))).toEqual([
      'src/site.config.ts: imprint.licence: có số bản tin trong content/editions/ nhưng chưa khai báo giấy phép xuất bản (imprint.licence: number, date, issuer, frequency); bản in phải ghi giấy phép ở cuối trang cuối',
    ]);
    expect(check(withLicence(undefined), false)).toEqual([]);
    const { frequency: _, ...noPeriod } = site.imprint.licence;
    expect(check(withLicence(noPeriod))).toEqual(['src/site.config.ts: imprint.licence.frequency: bắt buộc khi có số bản tin: kỳ hạn xuất bản ghi ở cuối trang cuối, ví dụ "1 tháng/kỳ"']);
  });

  it('refuses a trim larger than the licence allows, and a licence ending before it starts', () => {
    expect(check(withLicence(site.imprint.licence, { trimCm: { width: 21, height: 29.7 } }))).toEqual([
      'src/site.config.ts: print.trimCm: khổ 21 × 29,7 cm lớn hơn khuôn khổ giấy phép cho phép (19 × 27 cm, imprint.licence.format)',
    ]);
    expect(check(withLicence({ ...site.imprint.licence, validUntil: '2020-01-01' }))).toEqual([
      'src/site.config.ts: imprint.licence.validUntil: 2020-01-01 trước ngày cấp giấy phép 2021-01-15 (imprint.licence.date)',
    ]);
  });
});

describe('articleStates', () => {
  it('reads again only the articles the editions name', () => {
    const article = (date: string, draft = false) => ({ bytes: encode(`---\ntitle: A\ndate: ${date}\n${draft ? 'draft: true\n' : ''}---\n`) });
    const states = articleStates(
      [
        { file: 'a', relativePath: '2021/bai-a.md', ...article('2021-07-20T17:13:00+07:00') },
        { file: 'b', relativePath: '2021/nhap.md', ...article('2021-07-01T08:00:00+07:00', true) },
        { file: 'c', relativePath: '2021/khac.md', ...article('2021-07-02T08:00:00+07:00') },
      ],
      [{ file: 'e', relativePath: '1.md', bytes: encode(edition(1).replace('2021/bai-b', '2021/nhap')) }],
    );
    expect(states.get('2021/bai-a')).toEqual({ draft: false, date: new Date('2021-07-20T10:13:00Z') });
    expect(states.get('2021/nhap')?.draft).toBe(true);
    expect(states.has('2021/khac')).toBe(true);
    expect(states.get('2021/khac')).toBeUndefined();
  });
});
