import { describe, expect, it } from 'vitest';
import { checkSiteReferences, linesIn, loadSiteConfig, parseSiteConfig, SiteConfigError } from '../../../src/content-files/site-config.ts';
import { sampleValueWarnings } from '../../../src/content-check/sample-values.ts';
import { formatDiagnostic } from '../../../src/content-files/diagnostic.ts';
import { objectLiteralLine } from '../../../src/lib/object-literal-lines.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

/** A configuration file as editors write it: one property a line, nested objects indented. */
const SOURCE = `import type { SiteConfigInput } from './schemas/site.ts';

/** The identity of this bulletin. */
export const site = {
  name: 'Bản tin',
  organisation: 'Văn phòng',
  // Where the site is published
  url: 'bantin',
  description:
    'Mô tả',
  logo: '/logo.svg',
  navUnits: ['a', 'x'],
  footerPages: [
    'gioi-thieu',
    'lien-he',
  ],
  pageSize: 0,
  imprint: {
    responsible: 'Nguyễn Văn A',
    email: 'khong-phai-thu',
    licence: {
      number: '1/GP',
      date: '15/01/2021',
      issuer: 'Bộ',
    },
  },
} satisfies SiteConfigInput;
`;
const config = {
  name: 'Bản tin',
  organisation: 'Văn phòng',
  url: 'https://bantin.gov.vn/',
  description: 'Mô tả',
  logo: '/logo.svg',
  navUnits: ['a'],
};
const lines = (input: unknown) => {
  const result = parseSiteConfig(input, linesIn(SOURCE));
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
};

describe('objectLiteralLine', () => {
  const at = (path: PropertyKey[]) => objectLiteralLine(SOURCE, path, /export const site\b/);
  it('finds a property by its indentation, nested ones inside their parent', () => {
    expect([at(['url']), at(['pageSize']), at(['imprint', 'email']), at(['imprint', 'licence', 'date'])]).toEqual([8, 17, 20, 23]);
  });
  it('points at a list on one line as a whole, at the item of a list written one item a line', () => {
    expect([at(['navUnits', 1]), at(['footerPages', 1])]).toEqual([12, 15]);
  });
  it('gives the nearest written parent for what is not written, and the opening line for the object itself', () => {
    expect([at(['imprint', 'address']), at(['shortName']), at([])]).toEqual([18, 4, 4]);
    expect(objectLiteralLine('const x = 1;', ['url'], /export const site\b/)).toBeUndefined();
  });
});

describe('the site configuration', () => {
  it('accepts a complete configuration, defaults applied', () => {
    expect(parseSiteConfig(config)).toEqual({ ok: true, site: siteSchema.parse(config) });
  });

  it('names the file, the line and the field of each mistake, in Vietnamese', () => {
    expect(lines({ ...config, url: 'bantin', pageSize: 0 })).toMatchInlineSnapshot(`
      [
        "src/site.config.ts:8: url: phải là địa chỉ web (http:// hoặc https://) nơi trang được đăng, ví dụ https://bantin.example.vn/",
        "src/site.config.ts:17: pageSize: phải là một số nguyên từ 1 đến 200",
      ]
    `);
    const imprint = { responsible: 'Nguyễn Văn A', email: 'khong-phai-thu', licence: { number: '1/GP', date: '15/01/2021', issuer: 'Bộ' } };
    expect(lines({ ...config, imprint, navUnits: [], timeZone: 'Mars/Base', colour: 'đỏ' })).toMatchInlineSnapshot(`
      [
        "src/site.config.ts:4: timeZone: "Mars/Base" không phải tên múi giờ; ở Việt Nam là Asia/Ho_Chi_Minh",
        "src/site.config.ts:4: colour: không có trường nào tên như vậy; hãy kiểm tra chính tả",
        "src/site.config.ts:12: navUnits: cần ít nhất một mã đơn vị",
        "src/site.config.ts:20: imprint.email: phải là một địa chỉ thư điện tử, ví dụ bantin@example.vn",
        "src/site.config.ts:23: imprint.licence.date: "15/01/2021" chưa đúng dạng ngày; hãy viết năm-tháng-ngày, ví dụ 2019-05-30",
      ]
    `);
    const { name: _, ...nameless } = config;
    const noName = parseSiteConfig(nameless, linesIn(SOURCE.replace("  name: 'Bản tin',\n", '')));
    expect(noName.ok ? [] : noName.diagnostics.map(formatDiagnostic)).toEqual(['src/site.config.ts:4: name: bắt buộc nhưng đang thiếu']);
  });

  it('checks that the units and standing pages it names exist, on the line of each', () => {
    const site = siteSchema.parse({ ...config, navUnits: ['a', 'x'], footerPages: ['gioi-thieu', 'lien-he'] });
    const known = { unitIds: new Set(['a']), pageIds: new Set(['gioi-thieu']) };
    expect(checkSiteReferences(site, known, linesIn(SOURCE)).map(formatDiagnostic)).toEqual([
      'src/site.config.ts:12: navUnits: mã đơn vị "x" chưa có trong content/units.yaml; các mã hợp lệ: a',
      'src/site.config.ts:15: footerPages: mã trang "lien-he" không có trong content/pages/ (cần tệp content/pages/lien-he.md); các mã hợp lệ: gioi-thieu',
    ]);
  });

  it('warns once while the address or the imprint hold the sample’s example values', () => {
    const warn = (input: unknown) => sampleValueWarnings(siteSchema.parse(input), linesIn(SOURCE)).map(formatDiagnostic);
    expect(warn(config)).toEqual([]);
    expect(warn({ ...config, imprint: { responsible: 'Nguyễn Văn B, Trưởng ban' } })).toEqual([]);
    const example = 'vẫn là giá trị mẫu của bản tin ví dụ; hãy ghi địa chỉ trang và thông tin của cơ quan mình trước khi đăng trang';
    expect(warn({ ...config, url: 'https://bantin.example.vn/', imprint: { responsible: 'Nguyễn Văn A (ví dụ)' } })).toEqual([
      `src/site.config.ts:8: cảnh báo: url và imprint ${example}`,
    ]);
    expect(warn({ ...config, imprint: { responsible: 'Nguyễn Văn B', email: 'bantin@example.vn' } })).toEqual([`src/site.config.ts:18: cảnh báo: imprint ${example}`]);
    expect(warn({ ...config, url: 'https://example.com/ban-tin/' })).toEqual([`src/site.config.ts:8: cảnh báo: url ${example}`]);
  });

  it('reads the project’s own configuration once, and reports a bad one as an error without a stack', async () => {
    expect(loadSiteConfig()).toBe(loadSiteConfig());
    expect((await loadSiteConfig()).ok).toBe(true);
    const error = new SiteConfigError([{ file: 'src/site.config.ts', line: 17, field: 'pageSize', message: 'sai', severity: 'error' }]);
    expect([error.message, error.stack]).toEqual(['src/site.config.ts:17: pageSize: sai', '']);
  });
});
