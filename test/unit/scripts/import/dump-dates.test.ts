import { describe, expect, it } from 'vitest';
import { readDateLine, toVietnamIso } from '../../../../scripts/import/dump-dates.ts';

const iso = (line: string) => {
  const read = readDateLine(line);
  if (!read?.ok) throw new Error(`not read: ${line} ${JSON.stringify(read)}`);
  return toVietnamIso(read.value);
};

describe('portal date lines', () => {
  it('reads the three layouts as Vietnam time', () => {
    expect(iso('26/08/2020 10:54')).toBe('2020-08-26T10:54:00+07:00');
    expect(iso('5:13 PM, 20/07/2021')).toBe('2021-07-20T17:13:00+07:00');
    expect(iso('Cập nhật lúc 17:57, Thứ Năm, 10/06/2021 (GMT+7)')).toBe('2021-06-10T17:57:00+07:00');
  });

  it('converts 12-hour times, midnight and noon included', () => {
    expect(iso('12:05 AM, 01/03/2024')).toBe('2024-03-01T00:05:00+07:00');
    expect(iso('12:30 PM, 01/03/2024')).toBe('2024-03-01T12:30:00+07:00');
    expect(iso('9:00 am, 01/03/2024')).toBe('2024-03-01T09:00:00+07:00');
    expect(iso('11:45 CH, 01/03/2024')).toBe('2024-03-01T23:45:00+07:00');
  });

  it('refuses dates that do not exist and 12-hour times past 12', () => {
    expect(readDateLine('31/02/2020 10:00')).toEqual({ ok: false, reason: '"31/02/2020 10:00" không phải ngày giờ có thật' });
    expect(readDateLine('13:10 PM, 01/03/2024')?.ok).toBe(false);
    expect(readDateLine('26/08/2020 25:00')?.ok).toBe(false);
  });

  it('ignores lines that are not dates', () => {
    expect(readDateLine('Hà Nội')).toBeUndefined();
    expect(readDateLine('Ngày 26/08/2020 Chi bộ họp')).toBeUndefined();
  });
});
