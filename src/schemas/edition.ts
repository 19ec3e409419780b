import { z } from 'astro/zod';
import { COVER_SHAPE, dayField, frontmatterShape, textField, wrongType } from './fields.ts';
import { SLUG_SOURCE } from '../lib/slug.ts';
import { ARTICLES_SEGMENT } from '../lib/paths.ts';

/** A field line of an edition, the example an editor is shown when the frontmatter is not a list of fields. */
export const EDITION_EXAMPLE_FIELD = 'number: 12';
const WHOLE = 'phải là một số nguyên dương, ví dụ 12';
const ARTICLE = 'phải là mã bài viết như trong địa chỉ /bai-viet/<mã>/, ví dụ 2021/hoi-nghi-so-ket';
const SECTION_SHAPE = 'mỗi chuyên mục gồm title (tên chuyên mục) và articles (danh sách mã bài), mỗi trường một dòng thụt lề';
/** An article's id as editions name it: its year's folder, then its file's slug. */
const ARTICLE_ID = new RegExp(`^\\d{4}/${SLUG_SOURCE}$`);
/** What comes before an article's id in its address, base path included: `/ban-tin/bai-viet/`. */
const ARTICLE_PATH = new RegExp(`^(?:/[^/]+)*?/${ARTICLES_SEGMENT}/`);

/**
 * An article named in an edition: its id, `2021/hoi-nghi-so-ket`. Its address (`/bai-viet/2021/hoi-nghi-so-ket/`,
 * or the whole URL) is accepted too, as editors copy it from the site.
 */
export const articleRef = z
  .string({ error: ARTICLE })
  .transform((text) => text.trim().replace(/^https?:\/\/[^/]+/, '').replace(ARTICLE_PATH, '').replace(/^\/+|\/+$/g, ''))
  .refine((id) => ARTICLE_ID.test(id), { error: ARTICLE });

const whole = z.number({ error: WHOLE }).int({ error: WHOLE }).min(1, { error: WHOLE });

/**
 * Frontmatter of an edition (`content/editions/<id>.md`, published at `/so/<id>/` with its PDF); the body, optional,
 * is the editorial (lời tòa soạn). `image` is Astro's `image()` helper in the content config, a path check elsewhere.
 */
export function editionSchema<I extends z.ZodType>(image: I) {
  return z.strictObject(
    {
      /** The edition's number (số). Example: `12` */
      number: whole,
      /** Day of publication (ngày phát hành). Example: `2024-06-30` */
      date: dayField,
      /** The period it covers, as printed beside the number. Example: `Tháng 6/2024` */
      period: textField('period').optional(),
      /** Its sections (chuyên mục) in print order, each with the ids of its articles in print order. */
      sections: z
        .array(
          z.strictObject({ title: textField('sections.title'), articles: z.array(articleRef, { error: 'phải là danh sách mã bài, ví dụ [2021/hoi-nghi-so-ket]' }).min(1, { error: 'cần ít nhất một bài' }) }, { error: wrongType(SECTION_SHAPE) }),
          { error: 'phải là danh sách chuyên mục, mỗi chuyên mục bắt đầu bằng "- title: …"' },
        )
        .min(1, { error: 'cần ít nhất một chuyên mục' }),
      /** Số lượng in: copies printed. Example: `500` */
      printRun: whole,
      /** Nơi in: the print shop, with its address if wanted. Example: `Công ty In Ví Dụ, Hà Nội` */
      printer: textField('printer'),
      /** Cover photo beside the file: a path relative to it, with alt text and an optional credit. */
      cover: z.strictObject({ src: image, alt: textField('cover.alt'), credit: textField('cover.credit').optional() }, { error: wrongType(COVER_SHAPE) }).optional(),
      /** Drafts are left out of the production build (and may still name drafts and scheduled articles). */
      draft: z.boolean({ error: 'phải là true (bản nháp) hoặc false' }).default(false),
    },
    { error: wrongType(frontmatterShape(EDITION_EXAMPLE_FIELD)) },
  );
}

export type EditionData = z.output<ReturnType<typeof editionSchema<z.ZodString>>>;
