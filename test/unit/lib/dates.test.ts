import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, parseInstant, toZonedIso, zonedParts } from '../../../src/lib/dates.ts';

const VN = 'Asia/Ho_Chi_Minh';

describe('Vietnamese dates', () => {
  const instant = new Date('2020-08-26T03:54:00Z');

  it('formats the dateline in Vietnam time', () => {
    expect(formatDateTimeVi(instant, VN)).toBe('Thứ Tư, 26/08/2020 10:54');
  });

  it('names every weekday', () => {
    const days = Array.from({ length: 7 }, (_, i) => formatDateTimeVi(new Date(Date.UTC(2021, 5, 6 + i, 3)), VN).split(',')[0]);
    expect(days).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });

  it('moves the day across midnight by the zone, not the machine', () => {
    const lateUtc = new Date('2021-06-09T20:30:00Z');
    expect(zonedParts(lateUtc, VN)).toMatchObject({ year: 2021, month: 6, day: 10, hour: 3, minute: 30 });
    expect(formatDateTimeVi(lateUtc, VN)).toBe('Thứ Năm, 10/06/2021 03:30');
  });

  it('writes ISO instants with the +07:00 offset', () => {
    expect(toZonedIso(instant, VN)).toBe('2020-08-26T10:54:00+07:00');
    expect(toZonedIso(instant, 'UTC')).toBe('2020-08-26T03:54:00+00:00');
  });
});

describe('parseInstant', () => {
  it('reads an instant with its offset', () => {
    const parsed = parseInstant('2020-08-26T10:54:00+07:00');
    expect(parsed).toEqual({ ok: true, date: new Date('2020-08-26T03:54:00Z') });
    expect(parseInstant('2021-07-20T17:13+07:00')).toEqual({ ok: true, date: new Date('2021-07-20T10:13:00Z') });
    expect(parseInstant('2021-07-20T10:13:00Z')).toEqual({ ok: true, date: new Date('2021-07-20T10:13:00Z') });
  });

  it.each([
    ['2020-02-31T10:00:00+07:00', 'ngày 31/02/2020 không có thật (tháng 2/2020 có 29 ngày)'],
    ['2021-02-29T10:00:00+07:00', 'ngày 29/02/2021 không có thật (tháng 2/2021 có 28 ngày)'],
    ['2020-13-01T10:00:00+07:00', 'không có tháng 13'],
    ['2020-08-26T25:00:00+07:00', 'giờ 25:00:00 không có thật'],
    ['2020-08-26T10:60+07:00', 'giờ 10:60 không có thật'],
    ['2020-08-26T10:54:00+15:00', 'múi giờ +15:00 không có thật'],
    ['2020-08-26T10:54:00', 'thiếu múi giờ'],
    ['2020-08-26', 'thiếu múi giờ'],
    ['26/08/2020 10:54', 'chưa đúng dạng ngày giờ'],
    ['hôm qua', 'chưa đúng dạng ngày giờ'],
  ])('refuses %s', (raw, reason) => {
    const parsed = parseInstant(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseInstant('2020-02-29T10:00:00+07:00').ok).toBe(true);
  });
});
