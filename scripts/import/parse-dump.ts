import { bodyBlocks, type Block } from './dump-body.ts';
import { readDateLine, toVietnamIso } from './dump-dates.ts';
import { dumpLines } from './dump-lines.ts';

/** An article read from a portal dump, before it is given a unit and an author id. */
export interface ParsedDump {
  title: string;
  /** `2020-08-26T10:54:00+07:00` */
  date: string;
  year: number;
  location: string | undefined;
  source: { name: string; url?: string } | undefined;
  lede: string;
  authorName: string;
  blocks: Block[];
}

export type ParseResult = { ok: true; article: ParsedDump } | { ok: false; reason: string };

/** `(Chinhphu.vn)- …`, `(Chinhphu.vn) - …`, `(ĐN) - …`: the source prefix of the lede. */
const LEDE = /^\(([^()]{1,40})\)\s*[-–—]\s*(.+)$/u;

/** Known source abbreviations in ledes, and their publications. */
const SOURCES: Record<string, { name: string; url: string }> = {
  'Chinhphu.vn': { name: 'Chinhphu.vn', url: 'https://chinhphu.vn' },
  ĐN: { name: 'Báo Đồng Nai', url: 'https://baodongnai.com.vn' },
};

/** How far into the dump the header (location, title, date, lede) may reach. */
const HEADER_LINES = 6;

/** A byline: a few capitalised words, no digits or punctuation (`Nhật Thy`, `Phương Hằng`). */
const AUTHOR = /^(?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,4}$/u;

/** A dateline place: one to four capitalised words (`Hà Nội`, `TP Hồ Chí Minh`). */
const PLACE = AUTHOR;

/**
 * Read a raw article dump from chinhphu.vn (older and newer layouts) or Báo Đồng Nai into an article.
 * Fails with a reason naming what is missing: the title, the date, the author.
 */
export function parseDump(text: string): ParseResult {
  const lines = dumpLines(text);
  if (lines.length === 0) return { ok: false, reason: 'tệp trống, chưa có nội dung' };

  let dateIndex = -1;
  let date: ReturnType<typeof readDateLine>;
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    date = readDateLine(lines[i]!);
    if (date) {
      dateIndex = i;
      break;
    }
  }
  if (!date) return { ok: false, reason: 'không tìm thấy ngày đăng (một dòng như "26/08/2020 10:54" ở gần đầu bài)' };
  if (!date.ok) return { ok: false, reason: `ngày đăng ${date.reason}` };

  const ledeIndex = lines.slice(0, HEADER_LINES).findIndex((line, i) => i !== dateIndex && LEDE.test(line));
  // Location and title come before whichever of the date and the lede comes first.
  const titleLines = lines.slice(0, Math.min(dateIndex, ledeIndex >= 0 ? ledeIndex : Infinity));
  const title = titleLines.at(-1);
  if (!title) return { ok: false, reason: 'không tìm thấy tiêu đề (dòng tiêu đề nằm trước dòng ngày đăng hoặc sa pô)' };
  const place = titleLines.length > 1 ? titleLines.at(-2) : undefined;
  const location = place && PLACE.test(place) ? place : undefined;

  const bodyStart = Math.max(dateIndex, ledeIndex) + 1;
  const rest = lines.slice(bodyStart);
  let lede: string;
  let source: ParsedDump['source'];
  if (ledeIndex >= 0) {
    const m = LEDE.exec(lines[ledeIndex]!)!;
    source = SOURCES[m[1]!] ?? { name: m[1]! };
    lede = m[2]!;
  } else {
    const first = rest.shift();
    if (!first) return { ok: false, reason: 'không tìm thấy sa pô hay nội dung sau tiêu đề và ngày đăng' };
    lede = first;
    source = undefined;
  }

  const authorName = rest.at(-1);
  if (!authorName || !AUTHOR.test(authorName)) {
    return { ok: false, reason: 'không tìm thấy tác giả (tên ở dòng cuối cùng, ví dụ "Nhật Thy")' };
  }
  const blocks = bodyBlocks(rest.slice(0, -1));
  return {
    ok: true,
    article: { title, date: toVietnamIso(date.value), year: date.value.year, location, source, lede, authorName, blocks },
  };
}
