/**
 * Dates as editors type and read them in the web editor: `31/12/2024 20:30` (an instant, in the site's time zone)
 * and `31/12/2024` (a day), whatever the language of their browser. Files keep `2024-12-31T20:30:00+07:00` and
 * `2024-12-31`.
 */
import { daysInMonth, parseInstant, twoDigits, wallTimeIso, zonedParts, zoneOffsetMinutes } from './dates.ts';

export type DateEntry = { ok: true; value: string } | { ok: false; reason: string };

/** `31/12/2024`, `31-12-2024`, `31.12.2024`, leading zeros optional; then ` 20:30` or ` 20h30` for an instant. */
const TYPED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:hH](\d{2}))?$/;

export const DAY_EXAMPLE = '30/05/2019';
export const INSTANT_EXAMPLE = '26/08/2020 10:54';
/** What an empty field shows: the form, not an example that could be taken for a value. */
export const DAY_PLACEHOLDER = 'ngày/tháng/năm';
export const INSTANT_PLACEHOLDER = 'ngày/tháng/năm giờ:phút';

/** `2024-12-31T20:30:00+07:00` → `31/12/2024 20:30` in `timeZone`; text that is no instant is returned as it is. */
export function showInstant(stored: string, timeZone: string): string {
  const parsed = parseInstant(stored);
  if (!parsed.ok) return stored;
  const p = zonedParts(parsed.date, timeZone);
  return `${twoDigits(p.day)}/${twoDigits(p.month)}/${p.year} ${twoDigits(p.hour)}:${twoDigits(p.minute)}`;
}

/** `2019-05-30` → `30/05/2019`; other text as it is. */
export function showDay(stored: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : stored;
}

function typedDay(m: RegExpExecArray, typed: string): { year: number; month: number; day: number } | string {
  const day = Number(m[1]), month = Number(m[2]), year = Number(m[3]);
  if (month < 1 || month > 12) return `"${typed}": không có tháng ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `"${typed}": ngày ${day}/${month}/${year} không có thật (tháng ${month}/${year} có ${daysInMonth(year, month)} ngày)`;
  return { year, month, day };
}

/** A day typed as `30/5/2019` → `2019-05-30`. */
export function readDay(typed: string): DateEntry {
  const m = TYPED.exec(typed.trim());
  if (!m || m[4] !== undefined) return { ok: false, reason: `"${typed}" chưa đúng dạng ngày; hãy gõ ngày/tháng/năm, ví dụ ${DAY_EXAMPLE}` };
  const day = typedDay(m, typed);
  if (typeof day === 'string') return { ok: false, reason: day };
  return { ok: true, value: `${day.year}-${twoDigits(day.month)}-${twoDigits(day.day)}` };
}

/** An instant typed as `31/12/2024 20:30`, read as the wall clock of `timeZone` → `2024-12-31T20:30:00+07:00`. */
export function readInstant(typed: string, timeZone: string): DateEntry {
  const m = TYPED.exec(typed.trim());
  if (!m || m[4] === undefined) return { ok: false, reason: `"${typed}" chưa đúng dạng ngày giờ; hãy gõ ngày/tháng/năm giờ:phút, ví dụ ${INSTANT_EXAMPLE}` };
  const day = typedDay(m, typed);
  if (typeof day === 'string') return { ok: false, reason: day };
  const hour = Number(m[4]), minute = Number(m[5]);
  if (hour > 23 || minute > 59) return { ok: false, reason: `"${typed}": giờ ${m[4]}:${m[5]} không có thật` };
  const wall = { ...day, hour, minute, second: 0 };
  const asUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  // The zone's offset at that wall time: guessed from the instant it would be in UTC, then checked once more.
  let offset = zoneOffsetMinutes(new Date(asUtc), timeZone);
  offset = zoneOffsetMinutes(new Date(asUtc - offset * 60000), timeZone);
  return { ok: true, value: wallTimeIso(wall, offset) };
}
