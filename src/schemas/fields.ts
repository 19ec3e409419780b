import { z } from 'astro/zod';
import { parseInstant } from '../lib/dates.ts';
import { nfc } from '../lib/text.ts';

/** An id of a unit or an author as written in frontmatter: lowercase ASCII with hyphens. */
export const idField = z
  .string({ error: 'must be an id such as van-phong-chinh-phu' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase ASCII letters, digits and hyphens (e.g. nhat-thy)' });

/**
 * A publication instant. Raw text is checked for a real calendar day and an explicit offset; a YAML
 * timestamp already turned into a Date by Astro's frontmatter parser is accepted as the instant it is
 * (the build's pre-check has read the raw text by then).
 */
export const instantField = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date' });
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

/** Text shown to readers: NFC-normalised, trimmed, never empty. */
export const textField = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .transform(nfc);
