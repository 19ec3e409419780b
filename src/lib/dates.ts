/**
 * Dates for readers: every instant is shown in the site's time zone (Asia/Ho_Chi_Minh), whatever the time
 * zone of the machine that builds the site. Formatters are created once per zone and reused.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields already computed, per zone and instant: a build formats each article's date many times. */
const partsCache = new Map<string, Map<number, ZonedParts>>();

/** The wall-clock fields of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let cache = partsCache.get(timeZone);
  if (!cache) partsCache.set(timeZone, (cache = new Map()));
  const time = date.getTime();
  const cached = cache.get(time);
  if (cached) return cached;
  const computed = computeZonedParts(date, timeZone);
  cache.set(time, computed);
  return computed;
}

function computeZonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return Object.freeze({
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAY_INDEX[parts.weekday!] ?? 0,
  });
}

/** `7` → `07`: a month, a day, an hour as dates write them. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `2020-08`: a month as the archive's groups and the search index's ranges name it. */
export const monthKey = (year: number, month: number) => `${year}-${twoDigits(month)}`;

/** `Thứ Tư, 26/08/2020 10:54` — the dateline of an article. */
export function formatDateTimeVi(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${WEEKDAYS_VI[p.weekday]}, ${twoDigits(p.day)}/${twoDigits(p.month)}/${p.year} ${twoDigits(p.hour)}:${twoDigits(p.minute)}`;
}

/** The offset of `timeZone` at `date`, in minutes east of UTC. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** A wall-clock time with its offset east of UTC, as ISO 8601: `2020-08-26T10:54:00+07:00`. */
export function wallTimeIso(p: Omit<ZonedParts, 'weekday'>, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${p.year}-${twoDigits(p.month)}-${twoDigits(p.day)}T${twoDigits(p.hour)}:${twoDigits(p.minute)}:${twoDigits(p.second)}` +
    `${sign}${twoDigits(Math.floor(abs / 60))}:${twoDigits(abs % 60)}`
  );
}

/** ISO 8601 with the zone's offset: `2020-08-26T10:54:00+07:00` (what JSON-LD and OpenGraph carry). */
export function toZonedIso(date: Date, timeZone: string): string {
  return wallTimeIso(zonedParts(date, timeZone), zoneOffsetMinutes(date, timeZone));
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export type ParsedInstant = { ok: true; date: Date } | { ok: false; reason: string };

/** 28 to 31; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse a publication instant written by an editor. It must carry its offset (`+07:00`) and name a day
 * that exists: `2020-02-31T10:00:00+07:00` is refused, not rolled over into March.
 */
export function parseInstant(raw: string): ParsedInstant {
  const m = ISO_INSTANT.exec(raw.trim());
  if (!m) {
    return /^\d{4}-\d{2}-\d{2}/.test(raw.trim())
      ? { ok: false, reason: `"${raw}" thiếu múi giờ; hãy viết như 2020-08-26T10:54:00+07:00 (có +07:00 ở cuối)` }
      : { ok: false, reason: `"${raw}" chưa đúng dạng ngày giờ; hãy viết như 2020-08-26T10:54:00+07:00 (năm-tháng-ngày, chữ T, giờ:phút:giây, múi giờ)` };
  }
  const [, y, mo, d, h, mi, s, , zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s ?? 0);
  if (month < 1 || month > 12) return { ok: false, reason: `"${raw}": không có tháng ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${raw}": ngày ${d}/${mo}/${y} không có thật (tháng ${month}/${year} có ${daysInMonth(year, month)} ngày)` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${raw}": giờ ${h}:${mi}${s === undefined ? '' : `:${s}`} không có thật` };
  }
  let offset = 0;
  if (zone !== 'Z') {
    const digits = zone!.replace(':', '');
    offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
    if (Math.abs(offset) > 14 * 60) return { ok: false, reason: `"${raw}": múi giờ ${zone} không có thật (giờ Việt Nam là +07:00)` };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60000;
  return { ok: true, date: new Date(utc) };
}

export type ParsedDay = { ok: true; day: string } | { ok: false; reason: string };

/**
 * Parse a calendar day written `YYYY-MM-DD` (a document's day of issue): it must exist, `2019-02-30` is refused.
 * Returns the day as written, the form documents keep their days in.
 */
export function parseDay(raw: string): ParsedDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return { ok: false, reason: `"${raw}" chưa đúng dạng ngày; hãy viết năm-tháng-ngày, ví dụ 2019-05-30` };
  const [, y, mo, d] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `"${raw}": không có tháng ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${raw}": ngày ${d}/${mo}/${y} không có thật (tháng ${month}/${year} có ${daysInMonth(year, month)} ngày)` };
  }
  return { ok: true, day: `${y}-${mo}-${d}` };
}

/** `2019-05-30` → `30/05/2019`, as Vietnamese documents print their days. */
export function formatDayVi(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The first instant of a calendar day in `timeZone`: a document issued on `2019-05-30` as an instant, for feeds. */
export function startOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noonUtc = new Date(Date.UTC(y, m - 1, d, 12));
  return new Date(Date.UTC(y, m - 1, d) - zoneOffsetMinutes(noonUtc, timeZone) * 60000);
}
