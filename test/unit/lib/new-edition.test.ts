import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newEditionFile, periodName, type NewEditionInput } from '../../../src/lib/new-edition.ts';

const at = (iso: string) => new Date(iso);
const INPUT: NewEditionInput = {
  from: '2024-06-01',
  to: '2024-06-30',
  date: '2024-07-01',
  articles: [
    { id: '2024/b', title: 'Bài B', unit: 'chi-bo', date: at('2024-06-20T08:00:00+07:00'), draft: false },
    { id: '2024/a', title: 'Bài A', unit: 'van-phong', date: at('2024-06-02T08:00:00+07:00'), draft: false },
    { id: '2024/c', title: 'Bài C', unit: 'van-phong', date: at('2024-06-01T00:30:00+07:00'), draft: false },
    { id: '2024/nhap', title: 'Nháp', unit: 'van-phong', date: at('2024-06-03T08:00:00+07:00'), draft: true },
    { id: '2024/truoc', title: 'Trước kỳ', unit: 'van-phong', date: at('2024-05-31T23:30:00+07:00'), draft: false },
    { id: '2024/sau', title: 'Sau kỳ', unit: 'van-phong', date: at('2024-07-01T00:10:00+07:00'), draft: false },
  ],
  units: [{ id: 'van-phong', name: 'Văn phòng' }, { id: 'chi-bo', name: 'Chi bộ' }],
  previous: [{ number: 11, printRun: 400, printer: 'In cũ' }, { number: 12, printRun: 500, printer: 'Xí nghiệp In' }],
  timeZone: 'Asia/Ho_Chi_Minh',
  now: at('2024-07-02T00:00:00Z'),
};

describe('newEditionFile (npm run edition)', () => {
  it('drafts the next number from the published articles of the period in Vietnam time, one section per unit in the registry’s order', () => {
    const edition = newEditionFile(INPUT);
    if (!edition.ok) throw new Error(edition.reason);
    expect(edition.relativePath).toBe('13.md');
    const [, yaml] = edition.content.split('---\n');
    expect(parse(yaml!)).toEqual({
      number: 13,
      date: '2024-07-01',
      period: 'Tháng 6/2024',
      sections: [
        { title: 'Văn phòng', articles: ['2024/c', '2024/a'] },
        { title: 'Chi bộ', articles: ['2024/b'] },
      ],
      printRun: 500,
      printer: 'Xí nghiệp In',
      draft: true,
    });
  });

  it('says why when the period has no article or the first edition lacks its printer', () => {
    expect(newEditionFile({ ...INPUT, from: '2023-01-01', to: '2023-01-31' })).toEqual({ ok: false, reason: 'không có bài nào đã đăng từ 01/01/2023 đến 31/01/2023' });
    expect(newEditionFile({ ...INPUT, previous: [] })).toMatchObject({ ok: false, reason: expect.stringContaining('--print-run 500 --printer') });
    expect(newEditionFile({ ...INPUT, previous: [], printRun: 300, printer: 'In' })).toMatchObject({ ok: true, number: 1 });
  });

  it('names the period as printers do', () => {
    expect(periodName('2024-06-01', '2024-06-30')).toBe('Tháng 6/2024');
    expect(periodName('2024-04-01', '2024-06-30')).toBe('Quý II/2024');
    expect(periodName('2024-05-01', '2024-06-30')).toBe('Tháng 5–6/2024');
    expect(periodName('2024-06-01', '2024-06-15')).toBe('01/06/2024 – 15/06/2024');
  });
});
