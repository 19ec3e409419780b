import { z } from 'astro/zod';
import { parseDay, parseInstant } from '../lib/dates.ts';
import { nfc } from '../lib/text.ts';
import { SLUG } from '../lib/slug.ts';

/**
 * The message for a value of the wrong kind (text where a list is wanted…), leaving the schema's other checks
 * their own messages: for objects, whose unknown fields the content check names itself.
 */
export const wrongType = (message: string) => (issue: { code?: string | undefined }) => (issue.code === 'invalid_type' ? message : undefined);

/** What a frontmatter that is not a list of fields is told, with a field line of its own kind as the example. */
export const frontmatterShape = (example: string) => `phần khai báo (frontmatter) phải gồm các dòng dạng "trường: giá trị", ví dụ "${example}"`;

/** What a cover that is not a photo's fields is told (articles and editions). */
export const COVER_SHAPE = 'phải gồm src (đường dẫn ảnh), alt (mô tả ảnh) và credit nếu có, mỗi trường một dòng thụt lề dưới cover:';

/** An id of a unit or an author as written in frontmatter: lowercase ASCII with hyphens. */
export const idField = z
  .string({ error: 'phải là một mã, ví dụ van-phong-chinh-phu' })
  .regex(SLUG, { error: 'chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ nhat-thy)' });

/**
 * A publication instant. Raw text is checked for a real calendar day and an explicit offset; a YAML
 * timestamp already turned into a Date by Astro's frontmatter parser is accepted as the instant it is
 * (the build's pre-check has read the raw text by then).
 */
export const instantField = z.union([z.date(), z.string()], { error: 'phải là ngày giờ viết như 2020-08-26T10:54:00+07:00' }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'không phải ngày giờ có thật' });
      return z.NEVER;
    }
    return value;
  }
  const parsed = parseInstant(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return parsed.date;
});

/** Text shown to readers: NFC-normalised, trimmed, never empty. `what` names it in the message. */
export const textField = (what: string) =>
  z
    .string({ error: `${what} phải là một đoạn chữ` })
    .trim()
    .min(1, { error: `${what} không được để trống` })
    .transform(nfc);

/**
 * A calendar day, `YYYY-MM-DD`, kept as that text. Raw text is checked for a day that exists; a YAML date Astro's
 * frontmatter parser has already turned into a Date (midnight UTC) is read back as its day.
 */
export const dayField = z.union([z.date(), z.string()], { error: 'phải là một ngày viết như 2019-05-30 (năm-tháng-ngày)' }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    ctx.addIssue({ code: 'custom', message: 'không phải ngày có thật' });
    return z.NEVER;
  }
  const parsed = parseDay(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return parsed.day;
});
