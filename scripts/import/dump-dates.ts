/**
 * The publication date lines of the portals we import from, as written there (Vietnam time):
 * - chinhphu.vn, older: `26/08/2020 10:54`
 * - chinhphu.vn, newer: `5:13 PM, 20/07/2021`
 * - Báo Đồng Nai: `Cập nhật lúc 17:57, Thứ Năm, 10/06/2021 (GMT+7)`
 */

import { daysInMonth, wallTimeIso, type ZonedParts } from '../../src/lib/dates.ts';

/** A wall-clock time read from a dump, to the minute. */
export type LocalDateTime = Pick<ZonedParts, 'year' | 'month' | 'day' | 'hour' | 'minute'>;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => LocalDateTime }[] = [
  {
    re: /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})$/,
    read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]!, hour: +m[4]!, minute: +m[5]! }),
  },
  {
    re: /^(\d{1,2}):(\d{2})\s*(AM|PM|SA|CH)\s*,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})$/i,
    read: (m) => ({ day: +m[4]!, month: +m[5]!, year: +m[6]!, hour: to24(+m[1]!, m[3]!), minute: +m[2]! }),
  },
  {
    re: /^(\d{1,2}):(\d{2})\s*,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
    read: (m) => ({ day: +m[3]!, month: +m[4]!, year: +m[5]!, hour: +m[1]!, minute: +m[2]! }),
  },
  {
    re: /^Cập nhật(?: lúc)?\s+(\d{1,2}):(\d{2}),\s*(?:[^,]+,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*\(GMT\+0?7(?::00)?\))?$/i,
    read: (m) => ({ day: +m[3]!, month: +m[4]!, year: +m[5]!, hour: +m[1]!, minute: +m[2]! }),
  },
];

/** 12-hour clock to 24: `12:05 AM` is 00:05, `12:05 PM` is 12:05 (SA/CH are the Vietnamese AM/PM). */
function to24(hour: number, meridiem: string): number {
  const pm = /^(PM|CH)$/i.test(meridiem);
  return (hour % 12) + (pm ? 12 : 0);
}

export type DateLine = { ok: true; value: LocalDateTime } | { ok: false; reason: string } | undefined;

/** Read a date line; `undefined` when the line is not a date line at all. */
export function readDateLine(line: string): DateLine {
  for (const { re, read } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const value = read(m);
    const real =
      value.month >= 1 && value.month <= 12 && value.day >= 1 && value.day <= daysInMonth(value.year, value.month) && value.hour < 24 && value.minute < 60;
    if (/AM|PM|SA|CH/i.test(line) && !/^(0?[1-9]|1[0-2]):/.test(line)) return { ok: false, reason: `"${line}" ghi giờ kiểu 12 giờ (AM/PM, SA/CH) nhưng giờ không nằm trong khoảng 1–12` };
    return real ? { ok: true, value } : { ok: false, reason: `"${line}" không phải ngày giờ có thật` };
  }
  return undefined;
}

/** `2020-08-26T10:54:00+07:00` — portal times are Vietnam time. */
export function toVietnamIso(d: LocalDateTime): string {
  return wallTimeIso({ ...d, second: 0 }, 7 * 60);
}
