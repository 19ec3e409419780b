import { describe, expect, it } from 'vitest';
import { readDay, readInstant, showDay, showInstant } from '../../../src/lib/date-entry.ts';

const VN = 'Asia/Ho_Chi_Minh';

describe('dates as editors type and read them in the web editor', () => {
  it('shows instants in the site’s zone as dd/mm/yyyy HH:mm, whatever offset the file has', () => {
    expect(showInstant('2021-06-10T17:57:00+07:00', VN)).toBe('10/06/2021 17:57');
    expect(showInstant('2024-12-31T19:30:00Z', VN)).toBe('01/01/2025 02:30');
    expect(showInstant('hôm qua', VN)).toBe('hôm qua');
    expect(showDay('2019-05-30')).toBe('30/05/2019');
  });

  it('reads what is typed as the site’s wall clock, with or without leading zeros', () => {
    expect(readInstant('1/1/2025 2:30', VN)).toEqual({ ok: true, value: '2025-01-01T02:30:00+07:00' });
    expect(readInstant('31-12-2024 20h30', VN)).toEqual({ ok: true, value: '2024-12-31T20:30:00+07:00' });
    // A zone with summer time: its offset on that day.
    expect(readInstant('01/07/2024 12:00', 'Europe/Paris')).toEqual({ ok: true, value: '2024-07-01T12:00:00+02:00' });
    expect(readInstant('01/01/2024 12:00', 'Europe/Paris')).toEqual({ ok: true, value: '2024-01-01T12:00:00+01:00' });
    expect(readDay('5/3/2021')).toEqual({ ok: true, value: '2021-03-05' });
  });

  it('says in Vietnamese what is wrong with what was typed', () => {
    expect(readDay('30/02/2024')).toEqual({ ok: false, reason: '"30/02/2024": ngày 30/2/2024 không có thật (tháng 2/2024 có 29 ngày)' });
    expect(readDay('2024-02-03')).toEqual({ ok: false, reason: '"2024-02-03" chưa đúng dạng ngày; hãy gõ ngày/tháng/năm, ví dụ 30/05/2019' });
    expect(readInstant('10/06/2021', VN)).toEqual({ ok: false, reason: '"10/06/2021" chưa đúng dạng ngày giờ; hãy gõ ngày/tháng/năm giờ:phút, ví dụ 26/08/2020 10:54' });
    expect(readInstant('10/06/2021 24:00', VN)).toEqual({ ok: false, reason: '"10/06/2021 24:00": giờ 24:00 không có thật' });
    expect(readInstant('10/13/2021 10:00', VN)).toEqual({ ok: false, reason: '"10/13/2021 10:00": không có tháng 13' });
  });

  it('reads back what it shows', () => {
    for (const stored of ['2021-06-10T17:57:00+07:00', '2020-08-26T10:54:00+07:00']) expect(readInstant(showInstant(stored, VN), VN)).toEqual({ ok: true, value: stored });
    expect(readDay(showDay('2019-05-30'))).toEqual({ ok: true, value: '2019-05-30' });
  });
});
