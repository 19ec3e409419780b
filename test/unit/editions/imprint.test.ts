import { describe, expect, it } from 'vitest';
import { colophon, masthead, trimSize } from '../../../src/editions/imprint.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { site as siteInput } from '../../../src/site.config.ts';

const site = siteSchema.parse(siteInput);
const EDITION = { number: 12, date: '2024-06-30', period: 'Tháng 6/2024', printRun: 1500, printer: 'Công ty In Ví Dụ' };

describe('masthead and colophon', () => {
  it('heads the first page as the law asks', () => {
    expect(masthead(site, EDITION)).toEqual({
      kind: 'BẢN TIN',
      name: 'Công tác Văn phòng',
      organisation: site.organisation,
      governingBody: site.imprint!.governingBody,
      issue: 'Số 12 – Tháng 6/2024',
      published: 'Phát hành ngày 30/06/2024',
    });
  });

  it('lists the licence, period, format, pages, print run and printer at the foot of the last page', () => {
    const lines = colophon(site, EDITION, trimSize(site), 16);
    const text = lines.map((line) => `${line.label}: ${line.value}`);
    expect(text).toContain('Giấy phép xuất bản: số 00/GP-BTTTT (ví dụ) do Bộ Thông tin và Truyền thông cấp ngày 15/01/2021, có giá trị đến ngày 14/01/2022');
    expect(text).toContain('Kỳ hạn xuất bản: 1 tháng/kỳ (ví dụ)');
    expect(text).toContain('Khuôn khổ: 19 × 27 cm');
    expect(text).toContain('Số trang: 16');
    expect(text).toContain('Số lượng: 1.500 bản');
    expect(text).toContain('In tại: Công ty In Ví Dụ');
    expect(text).toContain(`Chịu trách nhiệm xuất bản: ${site.imprint!.responsible}`);
    expect(lines.find((line) => line.key === 'pages')?.value).toBe('16');
    expect(colophon(site, EDITION, { width: 14.8, height: 21 }).map((line) => line.value)).toContain('14,8 × 21 cm');
  });
});
